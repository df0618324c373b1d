/// The checks a compiled template goes through, each with a stable ID and a one-line summary.
public struct Rule: Sendable, Hashable {
    public let id: String
    public let summary: String

    public init(_ id: String, _ summary: String) {
        self.id = id
        self.summary = summary
    }
}

extension Rule {
    public static let input = Rule("E0001", "A compile-time input is missing, malformed or not allowed")
    public static let structure = Rule("E1001", "Template structure: known sections, each of the right shape")
    public static let duplicate = Rule("E1002", "A logical ID is declared twice in one layer (two dynamics, two declarations)")
    public static let dynamicHandle = Rule("E1003", "A dynamic's handle names a resource the dynamic did not create")
    public static let logicalID = Rule("E1010", "Logical IDs are alphanumeric and at most 255 characters")
    public static let intrinsicShape = Rule("E2001", "Intrinsic functions have the arguments CloudFormation expects")
    public static let intrinsicPlacement = Rule("E2002", "Intrinsic functions appear only where CloudFormation allows them")
    public static let number = Rule("E2003", "Numbers are finite")
    public static let refTarget = Rule("E3001", "Ref names a parameter, resource or pseudo parameter of the template")
    public static let getAttTarget = Rule("E3002", "Fn::GetAtt names a resource of the template")
    public static let subVariable = Rule("E3003", "Every ${Name} of Fn::Sub names a parameter, resource, attribute or variable")
    public static let dependsOn = Rule("E3004", "DependsOn names other resources of the template")
    public static let conditionTarget = Rule("E3005", "Condition attributes, Fn::If and Condition name declared conditions")
    public static let findInMap = Rule("E3006", "Fn::FindInMap names a declared mapping and, when literal, its keys")
    public static let resourceType = Rule("E3020", "Resource types exist in the CloudFormation registry")
    public static let unknownProperty = Rule("E3021", "Resource properties exist in the resource type's schema")
    public static let requiredProperty = Rule("E3022", "Required properties of the resource type are present")
    public static let propertyType = Rule("E3023", "Literal property values have the schema's JSON type")
    public static let propertyEnum = Rule("E3024", "Literal property values are among the schema's allowed values")
    public static let getAttAttribute = Rule("E3025", "Fn::GetAtt and ${Resource.Attribute} name an attribute the resource type has")
    public static let cycle = Rule("E3010", "Resources do not depend on themselves through Ref, GetAtt, Sub or DependsOn")
    public static let parameterDefault = Rule("E2015", "A parameter's Default is among its AllowedValues and matches its AllowedPattern")
    public static let exportName = Rule("E6001", "An output's Export name does not depend on a resource of the template")
    public static let unusedParameter = Rule("W2001", "Every parameter is used")
    public static let unusedMapping = Rule("W7001", "Every mapping is used")
    public static let unusedCondition = Rule("W8001", "Every condition is used")
    public static let count = Rule("E4001", "At most 500 resources, 200 parameters, 200 outputs and 200 mappings")
    public static let descriptionLength = Rule("E4002", "The template description is at most 1,024 bytes")
    public static let bodySize = Rule("E4003", "The template body is at most 1,000,000 bytes (the S3 limit)")
    public static let inlineBodySize = Rule("W4004", "Bodies over 51,200 bytes must be deployed from S3, not inline")

    /// Every rule, in ID order.
    public static let all: [Rule] = [
        .input, .structure, .duplicate, .dynamicHandle, .logicalID, .intrinsicShape, .intrinsicPlacement, .number,
        .refTarget, .getAttTarget, .subVariable, .dependsOn, .conditionTarget, .findInMap, .resourceType,
        .unknownProperty, .requiredProperty, .propertyType, .propertyEnum, .getAttAttribute, .cycle,
        .parameterDefault, .exportName, .unusedParameter, .unusedMapping, .unusedCondition, .count,
        .descriptionLength, .bodySize, .inlineBodySize,
    ]
}
