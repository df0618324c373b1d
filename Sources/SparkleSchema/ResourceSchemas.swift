import Foundation
import SparkleTree

/// What the CloudFormation registry schema says about one resource type.
public struct ResourceSchema: Sendable {
    /// Writable properties and their JSON types (`string`, `integer`, `number`, `boolean`, `array`,
    /// `object`, or empty when the schema allows several).
    public let properties: [String: String]
    public let required: [String]
    /// The read-only properties, dotted: attributes `Fn::GetAtt` reads beside the writable properties.
    public let attributes: Set<String>
    /// Allowed values of string properties that have a fixed set.
    public let enums: [String: [String]]
}

/// The resource schemas bundled with Sparkle (see `Scripts/generate_schemas.py`).
public struct ResourceSchemas: Sendable {
    public let types: [String: ResourceSchema]
    /// Where the data came from, for example `cfn-lint 1.51.0 (us-east-1)`.
    public let source: String

    /// The bundled schemas, read once.
    public static let bundled: ResourceSchemas = {
        guard let url = Bundle.module.url(forResource: "schemas", withExtension: "json"),
            let data = try? Data(contentsOf: url),
            let schemas = ResourceSchemas(json: data)
        else { return ResourceSchemas(types: [:], source: "none") }
        return schemas
    }()

    init(types: [String: ResourceSchema], source: String) {
        self.types = types
        self.source = source
    }

    init?(json data: Data) {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let entries = root["types"] as? [String: [String: Any]]
        else { return nil }
        var types: [String: ResourceSchema] = [:]
        types.reserveCapacity(entries.count)
        for (name, entry) in entries {
            types[name] = ResourceSchema(
                properties: entry["p"] as? [String: String] ?? [:], required: entry["r"] as? [String] ?? [],
                attributes: Set(entry["a"] as? [String] ?? []), enums: entry["e"] as? [String: [String]] ?? [:])
        }
        self.init(types: types, source: root["source"] as? String ?? "unknown")
    }
}
