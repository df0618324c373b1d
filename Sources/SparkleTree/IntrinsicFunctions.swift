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

    /// YAML short-form tag (without `!`) for each function that has one. `Fn::Length`,
    /// `Fn::ToJsonString`, `Fn::ForEach::*` and the rule functions have none.
    public static let shortFormTags: [String: String] = [
        "Ref": "Ref", "Condition": "Condition", "Fn::GetAtt": "GetAtt", "Fn::Join": "Join", "Fn::Sub": "Sub",
        "Fn::Select": "Select", "Fn::Split": "Split", "Fn::FindInMap": "FindInMap", "Fn::Base64": "Base64",
        "Fn::Cidr": "Cidr", "Fn::GetAZs": "GetAZs", "Fn::ImportValue": "ImportValue",
        "Fn::GetStackOutput": "GetStackOutput", "Fn::Transform": "Transform", "Fn::If": "If",
        "Fn::Equals": "Equals", "Fn::And": "And", "Fn::Or": "Or", "Fn::Not": "Not",
    ]

    /// The function key for each short-form tag (without `!`): the inverse of ``shortFormTags``.
    public static let functionForTag: [String: String] = Dictionary(
        uniqueKeysWithValues: shortFormTags.map { ($1, $0) })

    /// `Bucket.Arn` split at its first dot into resource and attribute, as `Fn::GetAtt`'s string form
    /// and Fn::Sub's `${Bucket.Arn}` write them (attributes may hold dots themselves: `Outputs.Url`).
    /// Nil when there is no dot: the text names a parameter, resource or variable instead.
    public static func resourceAndAttribute(_ dotted: some StringProtocol) -> (resource: String, attribute: String)? {
        guard let dot = dotted.firstIndex(of: ".") else { return nil }
        return (String(dotted[..<dot]), String(dotted[dotted.index(after: dot)...]))
    }
}
