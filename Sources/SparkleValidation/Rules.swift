/// The checks a compiled template goes through, each with a stable ID and a one-line summary.
public struct Rule: Sendable, Hashable {
    public let id: String
    public let summary: String
    /// The cfn-lint rules that report the same faults, measured on the agreement fixtures. A
    /// template's `Metadata: {cfn-lint: {config: {ignore_checks: [...]}}}` names cfn-lint rules,
    /// so Sparkle skips a rule when any of these is ignored there.
    public let cfnLint: [String]

    public init(_ id: String, _ summary: String, cfnLint: [String] = []) {
        self.id = id
        self.summary = summary
        self.cfnLint = cfnLint
    }

    /// Whether a cfn-lint `ignore_checks` entry (a rule ID or a prefix such as `E30`) covers this rule.
    public func isIgnored(byCfnLintCheck check: String) -> Bool {
        cfnLint.contains { $0.hasPrefix(check) }
    }
}

extension Rule {
    public static let parse = Rule("E0000", "The file is valid UTF-8 JSON or YAML, without duplicate keys, anchors, aliases or unknown tags", cfnLint: ["E0000"])
    public static let looseJSON = Rule("W0002", "A .json file is strict JSON (text that only YAML accepts is read as YAML)")
    public static let input = Rule("E0001", "A compile-time input is missing, malformed or not allowed")
    public static let duplicate = Rule("E1002", "A logical ID is declared twice in one layer (two dynamics, two declarations)")
    public static let dynamicHandle = Rule("E1003", "A dynamic's handle names a resource the dynamic did not create")
    public static let nesting = Rule(
        "E1004", "Nested stacks: overrides name parameters of the nested template, wiring by name is unambiguous, Outputs.X names an output the nested template has, no template nests itself")
    public static let resourceType = Rule("E3020", "Resource types exist in the CloudFormation registry", cfnLint: ["E3006"])
    public static let unknownProperty = Rule("E3021", "Resource properties, at any depth, exist in the resource type's schema", cfnLint: ["E3002"])
    public static let requiredProperty = Rule("E3022", "Required properties, at any depth, are present", cfnLint: ["E3003"])
    public static let propertyType = Rule("E3023", "Literal property values, at any depth, have the schema's JSON type", cfnLint: ["E3012"])
    public static let propertyEnum = Rule("E3024", "Literal property values, at any depth, are among the schema's allowed values", cfnLint: ["E3030"])
    public static let propertyPattern = Rule("E3026", "Literal property values, at any depth, match the schema's pattern", cfnLint: ["E3031"])
    public static let propertyCombination = Rule(
        "E3027", "Properties that exclude or need each other (exactly one of, at least one of, needs, cannot be used with) are combined as the schema says",
        cfnLint: ["E3014", "E3017", "E3018", "E3020", "E3021", "E3058"])
    public static let getAttAttribute = Rule("E3025", "Fn::GetAtt and ${Resource.Attribute} name an attribute the resource type has", cfnLint: ["E1010", "E1019", "E6101"])

    /// Every rule, in ID order.
    public static let all: [Rule] = [
        .parse, .looseJSON, .input, .structure, .duplicate, .dynamicHandle, .nesting, .logicalID, .intrinsicShape, .intrinsicPlacement, .number,
        .refTarget, .getAttTarget, .subVariable, .dependsOn, .conditionTarget, .findInMap, .resourceType,
        .unknownProperty, .requiredProperty, .propertyType, .propertyEnum, .getAttAttribute, .propertyPattern, .propertyCombination, .cycle, .conditionalReference,
        .parameterDefault, .exportName, .unusedParameter, .unusedMapping, .unusedCondition, .count,
        .descriptionLength, .bodySize, .inlineBodySize,
    ]
}
