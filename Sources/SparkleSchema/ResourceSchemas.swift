import Foundation
internal import SparkleSchemaData
import SparkleTree

/// What a registry schema says about one value, at any depth: its JSON type and, for objects and
/// arrays, what they may hold.
///
/// Only what lint can judge is kept (see `Scripts/generate_schemas.py`): the property-combination
/// keywords are those whose meaning is "these keys must (not) appear together". A class, because
/// shapes nest and are handed around while a template is checked: passing one costs a retain.
public final class PropertyShape: Sendable {
    /// `string`, `integer`, `number`, `boolean`, `array`, `object`, or empty when several are allowed.
    public let type: String
    /// The schema definition this shape stands for, looked up with ``ResourceSchema/resolved(_:)``.
    public let definition: String?
    /// The named properties of an object.
    public let properties: [String: PropertyShape]
    /// Whether an object may hold keys beyond ``properties``; so it may when the schema lists none.
    public let isOpen: Bool
    /// The shape of each element of an array.
    public let items: PropertyShape?
    public let required: [String]
    /// Allowed values of a string.
    public let allowedValues: [String]?
    /// A regular expression a scalar must contain a match of (JSON Schema `pattern` is unanchored).
    public let pattern: String?
    /// Exactly one of these keys (`requiredXor`).
    public let exactlyOne: [String]
    /// At least one of these keys (`requiredOr`).
    public let atLeastOne: [String]
    /// `oneOf` whose branches only require keys: exactly one of these sets is wholly present.
    public let exactlyOneSet: [[String]]
    /// `anyOf` whose branches only require keys: at least one of these sets is wholly present.
    public let atLeastOneSet: [[String]]
    /// A key that is present needs these keys too (`dependentRequired`).
    public let dependentRequired: [String: [String]]
    /// A key that is present forbids these keys (`dependentExcluded`).
    public let dependentExcluded: [String: [String]]
    /// The range a number must lie in (`minimum`, `maximum`).
    public let minimum: Double?
    public let maximum: Double?
    /// How many characters a string may have (`minLength`, `maxLength`).
    public let minLength: Int?
    public let maxLength: Int?
    /// How many elements an array may have (`minItems`, `maxItems`).
    public let minItems: Int?
    public let maxItems: Int?
    /// Whether an array's elements must differ (`uniqueItems`).
    public let uniqueItems: Bool
    /// A named format a string must have, such as `AWS::EC2::VPC.Id` (see ``StringFormat``).
    public let format: String?

    /// Whether the shape says anything about which keys an object must or must not hold.
    var constrainsKeys: Bool {
        !required.isEmpty || !exactlyOne.isEmpty || !atLeastOne.isEmpty || !exactlyOneSet.isEmpty || !atLeastOneSet.isEmpty
            || !dependentRequired.isEmpty || !dependentExcluded.isEmpty
    }

    /// Reads the generator's compact form: a bare type name, or an object of one-letter keys,
    /// in one pass over its keys.
    init(compact: CompactJSON) {
        var type = compact.stringValue ?? "", definition: String?, properties: [String: PropertyShape] = [:]
        var hasProperties = false, isOpen = false, items: PropertyShape?, required: [String] = []
        var allowedValues: [String]?, pattern: String?, exactlyOne: [String] = [], atLeastOne: [String] = []
        var exactlyOneSet: [[String]] = [], atLeastOneSet: [[String]] = []
        var dependentRequired: [String: [String]] = [:], dependentExcluded: [String: [String]] = [:]
        var minimum: Double?, maximum: Double?, minLength: Int?, maxLength: Int?, minItems: Int?, maxItems: Int?
        var uniqueItems = false, format: String?
        for (key, value) in compact.entries {
            switch key {
            case "t": type = value.stringValue ?? ""
            case "$": definition = value.stringValue
            case "p":
                hasProperties = true
                properties = Self.shapes(value)
            case "o": isOpen = true
            case "i": items = PropertyShape(compact: value)
            case "r": required = value.stringValues ?? []
            case "e": allowedValues = value.stringValues
            case "x": pattern = value.stringValue
            case "X": exactlyOne = value.stringValues ?? []
            case "R": atLeastOne = value.stringValues ?? []
            case "O": exactlyOneSet = Self.stringSets(value)
            case "A": atLeastOneSet = Self.stringSets(value)
            case "D": dependentRequired = Self.stringLists(value)
            case "E": dependentExcluded = Self.stringLists(value)
            case "m": minimum = value.numberValue
            case "M": maximum = value.numberValue
            case "l": minLength = value.numberValue.map { Int($0) }
            case "L": maxLength = value.numberValue.map { Int($0) }
            case "j": minItems = value.numberValue.map { Int($0) }
            case "J": maxItems = value.numberValue.map { Int($0) }
            case "u": uniqueItems = true
            case "F": format = value.stringValue
            default: break  // "d", "a", "k": the resource's own keys, read by ResourceSchemas
            }
        }
        self.type = type
        self.definition = definition
        self.properties = properties
        self.isOpen = isOpen || !hasProperties
        self.items = items
        self.required = required
        self.allowedValues = allowedValues
        self.pattern = pattern
        self.exactlyOne = exactlyOne
        self.atLeastOne = atLeastOne
        self.exactlyOneSet = exactlyOneSet
        self.atLeastOneSet = atLeastOneSet
        self.dependentRequired = dependentRequired
        self.dependentExcluded = dependentExcluded
        self.minimum = minimum
        self.maximum = maximum
        self.minLength = minLength
        self.maxLength = maxLength
        self.minItems = minItems
        self.maxItems = maxItems
        self.uniqueItems = uniqueItems
        self.format = format
    }

    /// A name → shape map in compact form (properties, definitions).
    static func shapes(_ compact: CompactJSON?) -> [String: PropertyShape] {
        var shapes: [String: PropertyShape] = [:]
        for (name, shape) in compact?.entries ?? zip([], []) { shapes[name] = PropertyShape(compact: shape) }
        return shapes
    }

    private static func stringSets(_ compact: CompactJSON) -> [[String]] {
        guard case .array(let sets) = compact else { return [] }
        return sets.compactMap(\.stringValues)
    }

    private static func stringLists(_ compact: CompactJSON) -> [String: [String]] {
        var lists: [String: [String]] = [:]
        for (key, value) in compact.entries { lists[key] = value.stringValues ?? [] }
        return lists
    }
}

/// What the CloudFormation registry schema says about one resource type.
public struct ResourceSchema: Sendable {
    /// The `Properties` object: its writable properties, required ones and combination rules.
    public let root: PropertyShape
    /// The schema's definitions that writable properties refer to, by name.
    let definitions: Definitions
    /// The read-only properties, dotted: attributes `Fn::GetAtt` reads beside the writable properties.
    public let attributes: Set<String>

    /// Properties (slash-separated, such as `Code/S3`) that may hold a local path instead of their
    /// object, for `aws cloudformation package` to upload and replace.
    public let packagedProperties: Set<String>

    /// The writable properties of the type.
    public var properties: [String: PropertyShape] { root.properties }

    /// The writable properties' names in the schema's own order (which is alphabetical for all
    /// but a few types): the order built-in dynamics write them in.
    public let propertyOrder: [String]

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

/// A schema's definitions, each made a shape the first time a property refers to it: a template
/// touches a few of a type's definitions, and some types have hundreds.
final class Definitions: @unchecked Sendable {
    private var compact: [String: CompactJSON] = [:]
    private var shapes: [String: PropertyShape] = [:]
    private let lock = NSLock()

    init(_ definitions: CompactJSON?) {
        for (name, definition) in definitions?.entries ?? zip([], []) { compact[name] = definition }
    }

    subscript(name: String) -> PropertyShape? {
        lock.lock()
        defer { lock.unlock() }
        if let shape = shapes[name] { return shape }
        guard let definition = compact[name] else { return nil }
        let shape = PropertyShape(compact: definition)
        shapes[name] = shape
        return shape
    }
}

/// The resource schemas bundled with Sparkle (see `Scripts/generate_schemas.py`), linked into the binary.
///
/// The file holds one type per line; the names are indexed up front and a type's schema is parsed
/// the first time it is asked for, so a compile pays only for the types it uses.
public final class ResourceSchemas: @unchecked Sendable {
    /// Where the data came from, for example `cfn-lint 1.51.0 (us-east-1)`.
    public let source: String
    /// Every resource type name, sorted.
    public let typeNames: [String]
    /// The data, linked into the binary: only the lines of types a template uses are ever paged in.
    private let data: Data
    private let lines: [String: Range<Int>]
    /// The `@NAME` lines: data sets other than schemas, such as the Lambda runtimes' dates.
    private let dataSets: [String: Range<Int>]
    private let lock = NSLock()
    private var parsed: [String: ResourceSchema] = [:]
    private var parsedDataSets: [String: Any] = [:]

    /// The bundled schemas, indexed once. They are part of the binary (see `SparkleSchemaData`), so
    /// there is no file to lose when the binary is copied.
    public static let bundled: ResourceSchemas = {
        var count = 0
        let bytes = sparkle_schemas(&count)!
        let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: bytes), count: count, deallocator: .none)
        precondition(count > 0 && data.first != UInt8(ascii: "{"), "the schema data linked into Sparkle is missing")
        return ResourceSchemas(data: data)
    }()

    /// Where the linked-in data came from (its first line), read without indexing it.
    public static var bundledSource: String {
        var count = 0
        guard let bytes = sparkle_schemas(&count), count > 0 else { return "none" }
        let buffer = UnsafeBufferPointer(start: bytes, count: count)
        return String(decoding: buffer.prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
    }

    /// Indexes the file by scanning bytes: the first line is the source, then `TYPE<tab>JSON` lines
    /// and `@NAME<tab>JSON` data sets.
    init(data: Data) {
        self.data = data
        var index: [String: Range<Int>] = [:]
        index.reserveCapacity(2048)
        var source = "none"
        var dataSets: [String: Range<Int>] = [:]
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let buffer = raw.bindMemory(to: UInt8.self)
            guard let base = buffer.baseAddress else { return }
            var lineStart = 0
            while lineStart < buffer.count {
                // Only the type name is read; memchr skips the JSON after the tab to the line's end.
                guard let found = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), buffer.count - lineStart) else { break }
                let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if lineStart == 0 {
                    source = String(decoding: buffer[0..<newline], as: UTF8.self)
                } else if let tab = buffer[lineStart..<newline].firstIndex(of: UInt8(ascii: "\t")) {
                    let name = String(decoding: buffer[lineStart..<tab], as: UTF8.self)
                    if name.hasPrefix("@") {
                        dataSets[String(name.dropFirst())] = (tab + 1)..<newline
                    } else {
                        index[name] = (tab + 1)..<newline
                    }
                }
                lineStart = newline + 1
            }
        }
        self.source = source
        lines = index
        self.dataSets = dataSets
        typeNames = index.keys.sorted()
    }

    /// The schema of `type`, or nil when the registry has no such type.
    public func schema(for type: String) -> ResourceSchema? {
        // Parsed outside the lock, so that files linted in parallel do not wait for each other;
        // two threads that want the same new type may both parse it, and the first one's is kept.
        lock.lock()
        let cached = parsed[type]
        lock.unlock()
        if let cached { return cached }
        guard let range = lines[type],
            let entry = data.withUnsafeBytes({ raw in CompactJSON.parse(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[range])) })
        else { return nil }
        let schema = ResourceSchema(
            root: PropertyShape(compact: entry), definitions: Definitions(entry["d"]),
            attributes: Set(entry["a"]?.stringValues ?? []), packagedProperties: Set(entry["k"]?.stringValues ?? []),
            propertyOrder: entry["n"]?.stringValues ?? entry["p"]?.entries.map(\.0).sorted() ?? [])
        lock.lock()
        defer { lock.unlock() }
        if let first = parsed[type] { return first }
        parsed[type] = schema
        return schema
    }

    /// Every type's built-in dynamic name (`ec2_instance`) and the type it names
    /// (`AWS::EC2::Instance`), as Scripts/generate_schemas.py derives them.
    public var builtinNames: [String: String] { dataSet("builtins") as? [String: String] ?? [:] }

    /// The data set `name` (an `@name` line of the data), parsed the first time it is asked for;
    /// nil when the data has none.
    public func dataSet(_ name: String) -> Any? {
        lock.lock()
        defer { lock.unlock() }
        if let parsed = parsedDataSets[name] { return parsed }
        guard let range = dataSets[name], let parsed = try? JSONSerialization.jsonObject(with: data.subdata(in: range)) else { return nil }
        parsedDataSets[name] = parsed
        return parsed
    }
}
