import SparkleTree

// DynamoDB tables: the attributes defined are exactly those the keys of the table and its indexes use.

extension Rule {
    public static let dynamoDBAttributes = Rule(
        "E3039", "DynamoDB tables define exactly the attributes their key schemas and indexes use", cfnLint: ["E3039"])
}

extension Validator {
    mutating func checkDynamoDBAttributes() {
        tables: for (name, resource) in root["Resources"]?.objectValue ?? Object() {
            let type = resource.objectValue?["Type"]?.stringValue
            guard type == "AWS::DynamoDB::Table" || type == "AWS::DynamoDB::GlobalTable",
                let properties = resource.objectValue?["Properties"]?.objectValue,
                let definitions = Self.literalNames(properties["AttributeDefinitions"])
            else { continue }
            var used: [String] = []
            var keySchemas = [properties["KeySchema"]]
            for indexes in ["GlobalSecondaryIndexes", "LocalSecondaryIndexes"] {
                guard let list = properties[indexes] else { continue }
                guard let elements = list.arrayValue else { keySchemas.append(nil); continue }
                keySchemas += elements.map { $0.objectValue?["KeySchema"] }
            }
            for schema in keySchemas {
                // A key schema made by a function (or an index list under Fn::If) cannot be judged.
                guard let names = Self.literalNames(schema) else { continue tables }
                used += names.filter { !used.contains($0) }
            }
            let path = ["Resources", name, "Properties", "AttributeDefinitions"]
            for missing in used where !definitions.contains(missing) {
                report(.dynamoDBAttributes, "table '\(name)': key attribute '\(missing)' is not in AttributeDefinitions", at: path)
            }
            for unused in definitions where !used.contains(unused) {
                report(.dynamoDBAttributes, "table '\(name)': AttributeDefinitions has '\(unused)', which no key schema uses; DynamoDB accepts only key attributes there", at: path)
            }
        }
    }

    /// The `AttributeName`s of a literal list of `{AttributeName: …}`; nil when anything is a function.
    static func literalNames(_ value: Value?) -> [String]? {
        guard let elements = value?.arrayValue else { return nil }
        var names: [String] = []
        for element in elements {
            guard let name = element.objectValue?["AttributeName"]?.stringValue else { return nil }
            names.append(name)
        }
        return names
    }
}
