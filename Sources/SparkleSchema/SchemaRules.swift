import SparkleTree

// The rules the schemas decide: resource types, properties at every depth, attributes.

extension Rule {
    public static let resourceType = Rule("E3006", "Resource types exist in the CloudFormation registry", cfnLint: ["E3006"])
    public static let unknownProperty = Rule("E3002", "Resource properties, at any depth, exist in the resource type's schema", cfnLint: ["E3002"])
    public static let requiredProperty = Rule("E3003", "Required properties, at any depth, are present", cfnLint: ["E3003"])
    public static let propertyType = Rule("E3012", "Literal property values, at any depth, have the schema's JSON type", cfnLint: ["E3012"])
    public static let propertyEnum = Rule("E3030", "Literal property values, at any depth, are among the schema's allowed values", cfnLint: ["E3030"])
    public static let propertyPattern = Rule("E3031", "Literal property values, at any depth, match the schema's pattern", cfnLint: ["E3031"])
    public static let propertyCombination = Rule(
        "E9327", "Properties that exclude or need each other (exactly one of, at least one of, needs, cannot be used with) are combined as the schema says",
        cfnLint: ["E3014", "E3017", "E3018", "E3020", "E3021", "E3058"])
    public static let getAttAttribute = Rule("E9325", "Fn::GetAtt and ${Resource.Attribute} name an attribute the resource type has", cfnLint: ["E1010", "E1019", "E6101"])
}
