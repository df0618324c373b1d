import Foundation
import SparkleTree

/// What a registry schema says about one value, at any depth: its JSON type and, for objects and
/// arrays, what they may hold.
///
/// Only what lint can judge is kept (see `Scripts/generate_schemas.py`): the property-combination
/// keywords are those whose meaning is "these keys must (not) appear together".
public struct PropertyShape: Sendable {
    /// `string`, `integer`, `number`, `boolean`, `array`, `object`, or empty when several are allowed.
    public var type = ""
    /// The schema definition this shape stands for, looked up with ``ResourceSchema/resolved(_:)``.
    public var definition: String?
    /// The named properties of an object.
    public var properties: [String: PropertyShape] = [:]
    /// Whether an object may hold keys beyond ``properties``.
    public var isOpen = true
    /// Each element of an array; kept in an array because a struct cannot hold itself.
    var itemShapes: [PropertyShape] = []
    public var required: [String] = []
    /// Allowed values of a string.
    public var allowedValues: [String]?
    /// A regular expression a scalar must contain a match of (JSON Schema `pattern` is unanchored).
    public var pattern: String?
    /// Exactly one of these keys (`requiredXor`).
    public var exactlyOne: [String] = []
    /// At least one of these keys (`requiredOr`).
    public var atLeastOne: [String] = []
    /// `oneOf` whose branches only require keys: exactly one of these sets is wholly present.
    public var exactlyOneSet: [[String]] = []
    /// `anyOf` whose branches only require keys: at least one of these sets is wholly present.
    public var atLeastOneSet: [[String]] = []
    /// A key that is present needs these keys too (`dependentRequired`).
    public var dependentRequired: [String: [String]] = [:]
    /// A key that is present forbids these keys (`dependentExcluded`).
    public var dependentExcluded: [String: [String]] = [:]

    /// The shape of each element of an array.
    public var items: PropertyShape? { itemShapes.first }

    /// Reads the generator's compact form: a bare type name, or an object of one-letter keys.
    init(compact: Any) {
        if let type = compact as? String {
            self.type = type
            return
        }
        guard let entry = compact as? [String: Any] else { return }
        type = entry["t"] as? String ?? ""
        definition = entry["$"] as? String
        properties = (entry["p"] as? [String: Any] ?? [:]).mapValues(PropertyShape.init(compact:))
        // A schema that lists no properties says nothing about keys: any may appear.
        isOpen = entry["o"] != nil || entry["p"] == nil
        itemShapes = entry["i"].map { [PropertyShape(compact: $0)] } ?? []
        required = entry["r"] as? [String] ?? []
        allowedValues = entry["e"] as? [String]
        pattern = entry["x"] as? String
        exactlyOne = entry["X"] as? [String] ?? []
        atLeastOne = entry["R"] as? [String] ?? []
        exactlyOneSet = entry["O"] as? [[String]] ?? []
        atLeastOneSet = entry["A"] as? [[String]] ?? []
        dependentRequired = entry["D"] as? [String: [String]] ?? [:]
        dependentExcluded = entry["E"] as? [String: [String]] ?? [:]
    }
}

/// What the CloudFormation registry schema says about one resource type.
public struct ResourceSchema: Sendable {
    /// The `Properties` object: its writable properties, required ones and combination rules.
    public let root: PropertyShape
    /// The schema's definitions that writable properties refer to, by name.
    public let definitions: [String: PropertyShape]
    /// The read-only properties, dotted: attributes `Fn::GetAtt` reads beside the writable properties.
    public let attributes: Set<String>

    /// Properties (slash-separated, such as `Code/S3`) that may hold a local path instead of their
    /// object, for `aws cloudformation package` to upload and replace.
    public let packagedProperties: Set<String>

    /// The writable properties of the type.
    public var properties: [String: PropertyShape] { root.properties }

    /// `shape` with its definition reference followed (through chains of references).
    public func resolved(_ shape: PropertyShape) -> PropertyShape {
        var shape = shape
        var hops = 0
        while let name = shape.definition, let target = definitions[name], hops < 16 {
            shape = target
            hops += 1
        }
        return shape
    }
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
        var source = "none"
        bytes.withUnsafeBufferPointer { buffer in
            var position = 0
            while position < buffer.count {
                // Only the type name is read; the JSON after the tab is skipped to the line's end.
                guard let newline = buffer[position...].firstIndex(of: UInt8(ascii: "\n")) else { break }
                if lineStart == 0 {
                    source = String(decoding: buffer[0..<newline], as: UTF8.self)
                } else if let tab = buffer[lineStart..<newline].firstIndex(of: UInt8(ascii: "\t")) {
                    index[String(decoding: buffer[lineStart..<tab], as: UTF8.self)] = (tab + 1)..<newline
                }
                position = newline + 1
                lineStart = position
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
            root: PropertyShape(compact: entry), definitions: (entry["d"] as? [String: Any] ?? [:]).mapValues(PropertyShape.init(compact:)),
            attributes: Set(entry["a"] as? [String] ?? []), packagedProperties: Set(entry["k"] as? [String] ?? []))
        parsed[type] = schema
        return schema
    }
}
