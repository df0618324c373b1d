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
///
/// The file holds one type per line; the names are indexed up front and a type's schema is parsed
/// the first time it is asked for, so a compile pays only for the types it uses.
public final class ResourceSchemas: @unchecked Sendable {
    /// Where the data came from, for example `cfn-lint 1.51.0 (us-east-1)`.
    public let source: String
    /// Every resource type name, sorted.
    public let typeNames: [String]
    private let bytes: [UInt8]
    private let lines: [String: Range<Int>]
    private let lock = NSLock()
    private var parsed: [String: ResourceSchema] = [:]

    /// The bundled schemas, indexed once.
    public static let bundled: ResourceSchemas = {
        guard let url = Bundle.module.url(forResource: "schemas", withExtension: "jsonl"),
            let data = try? Data(contentsOf: url)
        else { return ResourceSchemas(bytes: Array("none\n".utf8)) }
        return ResourceSchemas(bytes: Array(data))
    }()

    /// Indexes the file by scanning bytes: the first line is the source, then `TYPE<tab>JSON` lines.
    init(bytes: [UInt8]) {
        self.bytes = bytes
        var index: [String: Range<Int>] = [:]
        index.reserveCapacity(2048)
        var lineStart = 0
        var tab: Int?
        var source = "none"
        for position in bytes.indices {
            switch bytes[position] {
            case UInt8(ascii: "\t") where tab == nil:
                tab = position
            case UInt8(ascii: "\n"):
                if lineStart == 0 {
                    source = String(decoding: bytes[0..<position], as: UTF8.self)
                } else if let tab {
                    index[String(decoding: bytes[lineStart..<tab], as: UTF8.self)] = (tab + 1)..<position
                }
                lineStart = position + 1
                tab = nil
            default:
                break
            }
        }
        self.source = source
        lines = index
        typeNames = index.keys.sorted()
    }

    /// The schema of `type`, or nil when the registry has no such type.
    public func schema(for type: String) -> ResourceSchema? {
        lock.lock()
        defer { lock.unlock() }
        if let schema = parsed[type] { return schema }
        guard let range = lines[type],
            let entry = try? JSONSerialization.jsonObject(with: Data(bytes[range])) as? [String: Any]
        else { return nil }
        let schema = ResourceSchema(
            properties: entry["p"] as? [String: String] ?? [:], required: entry["r"] as? [String] ?? [],
            attributes: Set(entry["a"] as? [String] ?? []), enums: entry["e"] as? [String: [String]] ?? [:])
        parsed[type] = schema
        return schema
    }
}
