import Sparkle

/// The tag set every taggable example resource carries: a Name derived from the stack, and the stack.
let standardTags = Registry<String>(
    "standard_tags", description: "Name and Stack tags for a resource, given a short role such as \"web\""
) { role in
    [
        ["Key": "Name", "Value": Fn.sub("${AWS::StackName}-\(role)")],
        ["Key": "Stack", "Value": AWS.stackName],
    ]
}
