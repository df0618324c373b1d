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
    /// A named format a string must have, such as `AWS::EC2::VPC.Id` (see `StringFormat`).
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

    /// Where the type's service stands when it is going away: `shutdown` or `sunset`, and since
    /// or until when.
    public let lifecycle: (status: String, date: String)?

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
/// The file holds its data sets, then one type per line, sorted by name. A type is found by binary
/// search over the lines and its schema parsed the first time it is asked for, so a compile pays
/// (and pages in) only for the types it uses.
public final class ResourceSchemas: @unchecked Sendable {
    /// Where the data came from, for example `cfn-lint 1.51.0 (us-east-1)`.
    public let source: String
    /// The data, linked into the binary: only the lines of types a template uses are ever paged in.
    private let data: Data
    /// Where the type lines are.
    private let types: Range<Int>
    /// The `@NAME` lines: data sets other than schemas, such as the Lambda runtimes' dates.
    private let dataSets: [String: Range<Int>]
    private let lock = NSLock()
    private var parsed: [String: ResourceSchema] = [:]
    private var parsedDataSets: [String: Any] = [:]
    private var derivedDataSets: [String: Any] = [:]
    private var allTypeNames: [String]?

    /// The bundled schemas. They are part of the binary (see `SparkleSchemaData`), so there is no
    /// file to lose when the binary is copied.
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

    /// Reads the first line (the source) and the `@NAME<tab>JSON` data sets after it; the
    /// `TYPE<tab>JSON` lines that follow are left unread until a type is looked up. Reading all of
    /// them up front was an eighth of a small compile's start-up.
    init(data: Data) {
        self.data = data
        var source = "none"
        var dataSets: [String: Range<Int>] = [:]
        var typesStart = data.count
        Self.lines(of: data, from: 0) { start, tab, end in
            if start == 0 {
                source = String(decoding: data[0..<end], as: UTF8.self)
                return true
            }
            guard data[start] == UInt8(ascii: "@") else {
                typesStart = start
                return false
            }
            if let tab { dataSets[String(decoding: data[(start + 1)..<tab], as: UTF8.self)] = (tab + 1)..<end }
            return true
        }
        self.source = source
        self.dataSets = dataSets
        types = typesStart..<data.count
    }

    /// Whether the data holds no resource type.
    public var isEmpty: Bool { types.isEmpty }

    /// Every resource type name, sorted; read from the data the first time it is asked for.
    public var typeNames: [String] {
        lock.lock()
        defer { lock.unlock() }
        if let allTypeNames { return allTypeNames }
        var names: [String] = []
        Self.lines(of: data, from: types.lowerBound) { start, tab, _ in
            if let tab { names.append(String(decoding: data[start..<tab], as: UTF8.self)) }
            return true
        }
        allTypeNames = names
        return names
    }

    /// Calls `body` with each line from `offset` on (its start, its first tab, its end before the
    /// newline) until `body` answers false or the data ends. memchr skips each line's JSON.
    private static func lines(of data: Data, from offset: Int, _ body: (Int, Int?, Int) -> Bool) {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let buffer = raw.bindMemory(to: UInt8.self)
            guard let base = buffer.baseAddress else { return }
            var start = offset
            while start < buffer.count {
                let end = find(UInt8(ascii: "\n"), in: base, from: start, to: buffer.count) ?? buffer.count
                guard body(start, find(UInt8(ascii: "\t"), in: base, from: start, to: end), end) else { return }
                start = end + 1
            }
        }
    }

    /// The offset of the first `byte` in `start..<end` of the data at `base`, found with memchr.
    private static func find(_ byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int? {
        memchr(base + start, Int32(byte), end - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
    }

    /// The JSON of `type`'s line, found by binary search over the sorted type lines: each probe
    /// reads the first line that starts at or after the middle of the range left.
    private func line(of type: String) -> Range<Int>? {
        let name = Array(type.utf8)
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Range<Int>? in
            let buffer = raw.bindMemory(to: UInt8.self)
            guard let base = buffer.baseAddress else { return nil }
            func find(_ byte: UInt8, from start: Int, to end: Int) -> Int? { Self.find(byte, in: base, from: start, to: end) }
            // The line sought, if there is one, starts in low..<high; low is always a line's start.
            var (low, high) = (types.lowerBound, types.upperBound)
            while low < high {
                let middle = (low + high) / 2
                let start = middle == low || buffer[middle - 1] == UInt8(ascii: "\n") ? middle : find(UInt8(ascii: "\n"), from: middle, to: high).map { $0 + 1 } ?? high
                guard start < high else {
                    high = middle
                    continue
                }
                let end = find(UInt8(ascii: "\n"), from: start, to: buffer.count) ?? buffer.count
                guard let tab = find(UInt8(ascii: "\t"), from: start, to: end) else { return nil }
                let key = UnsafeBufferPointer(rebasing: buffer[start..<tab])
                if key.elementsEqual(name) { return (tab + 1)..<end }
                if key.lexicographicallyPrecedes(name) {
                    low = end + 1
                } else {
                    high = start
                }
            }
            return nil
        }
    }

    /// The schema of `type`, or nil when the registry has no such type.
    public func schema(for type: String) -> ResourceSchema? {
        // Parsed outside the lock, so that files linted in parallel do not wait for each other;
        // two threads that want the same new type may both parse it, and the first one's is kept.
        lock.lock()
        let cached = parsed[type]
        lock.unlock()
        if let cached { return cached }
        guard let range = line(of: type),
            let entry = data.withUnsafeBytes({ raw in CompactJSON.parse(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[range])) })
        else { return nil }
        let schema = ResourceSchema(
            root: PropertyShape(compact: entry), definitions: Definitions(entry["d"]),
            attributes: Set(entry["a"]?.stringValues ?? []), packagedProperties: Set(entry["k"]?.stringValues ?? []),
            propertyOrder: entry["n"]?.stringValues ?? entry["p"]?.entries.map(\.0).sorted() ?? [],
            lifecycle: entry["z"]?.stringValues.flatMap { $0.count == 2 ? ($0[0], $0[1]) : nil })
        lock.lock()
        defer { lock.unlock() }
        if let first = parsed[type] { return first }
        parsed[type] = schema
        return schema
    }

    /// Every type's built-in dynamic name (`ec2_instance`) and the type it names
    /// (`AWS::EC2::Instance`), as Scripts/generate_schemas.py derives them.
    public var builtinNames: [String: String] { dataSet("builtins") as? [String: String] ?? [:] }

    /// What `make` derives from the data set `name` (nil when the data has none), read with
    /// ``CompactJSON`` and made the first time it is asked for: files linted in parallel share one copy.
    func derived<T>(from name: String, _ make: (CompactJSON?) -> T) -> T {
        lock.lock()
        let cached = derivedDataSets[name] as? T
        lock.unlock()
        if let cached { return cached }
        let compact = dataSets[name].flatMap { range in
            data.withUnsafeBytes { raw in CompactJSON.parse(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[range])) }
        }
        let made = make(compact)
        lock.lock()
        defer { lock.unlock() }
        if let first = derivedDataSets[name] as? T { return first }
        derivedDataSets[name] = made
        return made
    }

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
