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
    public static let structure = Rule("E1001", "Template structure: known sections, each of the right shape", cfnLint: ["E1001", "E2001", "E3001", "E6002"])
    public static let duplicate = Rule("E1002", "A logical ID is declared twice in one layer (two dynamics, two declarations)")
    public static let dynamicHandle = Rule("E1003", "A dynamic's handle names a resource the dynamic did not create")
    public static let nesting = Rule(
        "E1004", "Nested stacks: overrides name parameters of the nested template, wiring by name is unambiguous, Outputs.X names an output the nested template has, no template nests itself")
    public static let logicalID = Rule("E1010", "Logical IDs are alphanumeric and at most 255 characters", cfnLint: ["E3001"])
    public static let intrinsicShape = Rule("E2001", "Intrinsic functions have the arguments CloudFormation expects", cfnLint: ["E1010", "E1011", "E1015", "E1016", "E1017", "E1018", "E1019", "E1020", "E1021", "E1022", "E1024", "E1028", "E6101", "E8003", "E8004", "E8005", "E8006"])
    public static let intrinsicPlacement = Rule("E2002", "Intrinsic functions appear only where CloudFormation allows them", cfnLint: ["E1031", "E2001", "E3012"])
    public static let number = Rule("E2003", "Numbers are finite")
    public static let refTarget = Rule("E3001", "Ref names a parameter, resource or pseudo parameter of the template", cfnLint: ["E1020", "E6101"])
    public static let getAttTarget = Rule("E3002", "Fn::GetAtt names a resource of the template", cfnLint: ["E1010", "E6101"])
    public static let subVariable = Rule("E3003", "Every ${Name} of Fn::Sub names a parameter, resource, attribute or variable", cfnLint: ["E1019"])
    public static let dependsOn = Rule("E3004", "DependsOn names other resources of the template", cfnLint: ["E3001", "E3005"])
    public static let conditionTarget = Rule("E3005", "Condition attributes, Fn::If and Condition name declared conditions", cfnLint: ["E1028", "E3015", "E8002", "E8004"])
    public static let findInMap = Rule("E3006", "Fn::FindInMap names a declared mapping and, when literal, its keys", cfnLint: ["E1011"])
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
    public static let conditionalReference = Rule("W3011", "Unconditional resources and outputs need conditional resources only through Fn::If", cfnLint: ["E3005", "W1001"])
    public static let cycle = Rule("E3010", "Resources do not depend on themselves through Ref, GetAtt, Sub or DependsOn", cfnLint: ["E3004"])
    public static let parameterDefault = Rule("E2015", "A parameter's Default is among its AllowedValues and matches its AllowedPattern", cfnLint: ["E2015"])
    public static let exportName = Rule("E6001", "An output's Export name does not depend on a resource of the template", cfnLint: ["E1019"])
    public static let unusedParameter = Rule("W2001", "Every parameter is used", cfnLint: ["W2001"])
    public static let unusedMapping = Rule("W7001", "Every mapping is used", cfnLint: ["W7001"])
    public static let unusedCondition = Rule("W8001", "Every condition is used", cfnLint: ["W8001"])
    public static let count = Rule("E4001", "At most 500 resources, 200 parameters, 200 outputs and 200 mappings", cfnLint: ["E2010", "E3010", "E6010", "E7010"])
    public static let descriptionLength = Rule("E4002", "The template description is at most 1,024 bytes", cfnLint: ["E1003"])
    public static let bodySize = Rule("E4003", "The template body is at most 1,000,000 bytes (the S3 limit)", cfnLint: ["E1002"])
    public static let inlineBodySize = Rule("W4004", "Bodies over 51,200 bytes must be deployed from S3, not inline")

    /// Every rule, in ID order.
    public static let all: [Rule] = [
        .parse, .looseJSON, .input, .structure, .duplicate, .dynamicHandle, .nesting, .logicalID, .intrinsicShape, .intrinsicPlacement, .number,
        .refTarget, .getAttTarget, .subVariable, .dependsOn, .conditionTarget, .findInMap, .resourceType,
        .unknownProperty, .requiredProperty, .propertyType, .propertyEnum, .getAttAttribute, .propertyPattern, .propertyCombination, .cycle, .conditionalReference,
        .parameterDefault, .exportName, .unusedParameter, .unusedMapping, .unusedCondition, .count,
        .descriptionLength, .bodySize, .inlineBodySize,
    ]
}
