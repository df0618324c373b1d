/// The names CloudFormation gives its intrinsic functions, in one place for every part that
/// recognises them: validation, the YAML emitter (short-form tags) and the parsers.
public enum IntrinsicFunctions {
    /// Functions that produce a value: allowed in resource properties, metadata and outputs.
    public static let valueFunctions: Set<String> = [
        "Ref", "Fn::GetAtt", "Fn::Join", "Fn::Sub", "Fn::Select", "Fn::Split", "Fn::FindInMap", "Fn::Base64",
        "Fn::Cidr", "Fn::GetAZs", "Fn::ImportValue", "Fn::GetStackOutput", "Fn::Transform", "Fn::If",
        "Fn::Length", "Fn::ToJsonString",
    ]

    /// Condition functions: the Conditions section, Fn::If's siblings and rules.
    public static let conditionFunctions: Set<String> = ["Fn::And", "Fn::Equals", "Fn::Not", "Fn::Or", "Condition"]

    /// Functions of the Rules section only.
    public static let ruleFunctions: Set<String> = [
        "Fn::Contains", "Fn::EachMemberEquals", "Fn::EachMemberIn", "Fn::RefAll", "Fn::ValueOf", "Fn::ValueOfAll",
    ]

    /// Functions CloudFormation spells only in long form: `Fn::Length`, `Fn::ToJsonString` and
    /// `Fn::ForEach::*` (the language extensions).
    private static let longFormOnly: Set<String> = ["Fn::Length", "Fn::ToJsonString"]

    /// Every function CloudFormation knows, in any section.
    public static let known: Set<String> = valueFunctions.union(conditionFunctions).union(ruleFunctions)

    /// The YAML short-form tag (without `!`) of a function key: `Ref` and `Condition` as they are,
    /// `Fn::X` as `X`. Nil for the language extensions, which have none, and for keys that are no
    /// function. A function this list does not know (a macro's, or a tool's such as
    /// `Fn::Rain::Embed`) keeps the tag it was read from, as cfn-flip and cfn-lint read it.
    public static func shortFormTag(of function: String) -> String? {
        if function == "Ref" || function == "Condition" { return function }
        guard function.hasPrefix("Fn::"), !longFormOnly.contains(function), !function.hasPrefix("Fn::ForEach::") else {
            return nil
        }
        // Only a tag that reads back as this function: `Fn::Ref` is not `!Ref`, and `Fn::A?` has no tag.
        let tag = String(function.dropFirst(4))
        return self.function(forTag: tag) == function ? tag : nil
    }

    /// The function key a short-form tag (without `!`) stands for: ``shortFormTag(of:)`` inverted.
    /// Nil for text that cannot be a tag name (`Fn::` followed by letters, digits, `:` `.` `_` `-`).
    public static func function(forTag tag: String) -> String? {
        if tag == "Ref" || tag == "Condition" { return tag }
        guard let first = tag.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
            tag.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ":._-".unicodeScalars.contains($0)) })
        else { return nil }
        return "Fn::" + tag
    }

    /// `Bucket.Arn` split at its first dot into resource and attribute, as `Fn::GetAtt`'s string form
    /// and Fn::Sub's `${Bucket.Arn}` write them (attributes may hold dots themselves: `Outputs.Url`).
    /// Nil when there is no dot: the text names a parameter, resource or variable instead.
    public static func resourceAndAttribute(_ dotted: some StringProtocol) -> (resource: String, attribute: String)? {
        guard let dot = dotted.firstIndex(of: ".") else { return nil }
        return (String(dotted[..<dot]), String(dotted[dotted.index(after: dot)...]))
    }
}
