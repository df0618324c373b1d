import OrderedCollections

/// An ordered string-keyed map: keys keep insertion order, and each key may remember the
/// ``SourceLocation`` that last set it.
///
/// Equality and hashing look at keys and values only, never at origins, so a parsed document
/// equals the tree it was emitted from.
public struct Object: Sendable, Hashable, Sequence {
    public private(set) var entries: OrderedDictionary<String, Value>
    /// Where each key was last set, for keys set by DSL elements (sparse).
    public private(set) var origins: [String: SourceLocation]

    /// An empty object.
    public init() {
        entries = [:]
        origins = [:]
    }

    /// An object of `entries`, in their order.
    public init(_ entries: OrderedDictionary<String, Value>) {
        self.entries = entries
        origins = [:]
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: OrderedSet<String> { entries.keys }
    public var first: (key: String, value: Value)? { entries.elements.first }

    /// The entries, in order.
    public func makeIterator() -> OrderedDictionary<String, Value>.Iterator { entries.makeIterator() }

    public subscript(key: String) -> Value? {
        get { entries[key] }
        _modify { yield &entries[key] }
        set { entries[key] = newValue }
    }

    /// Sets `key`, merging into an existing value (see ``Value/merge(_:)``), and records `origin`.
    public mutating func set(_ key: String, _ value: Value, origin: SourceLocation?) {
        if let index = entries.index(forKey: key) {
            entries.values[index].merge(value)
        } else {
            entries[key] = value
        }
        if let origin { origins[key] = origin }
    }

    /// Appends `key` as a reader found it at `origin`, with one hash of the key for a new one.
    /// When the object already has `key`, answers where the first one was: the reader reports the
    /// duplicate, and the object is not to be used after that.
    public mutating func appendRead(_ key: String, _ value: Value, origin: SourceLocation) -> SourceLocation? {
        if entries.updateValue(value, forKey: key) != nil { return origins[key] ?? origin }
        origins[key] = origin
        return nil
    }

    /// The location that set `key`, if a DSL element did.
    public func origin(of key: String) -> SourceLocation? { origins[key] }

    /// Whether this template's `Transform` (one name or a list) names `transform`.
    public func declaresTransform(_ transform: String) -> Bool {
        let declared = self["Transform"].map { $0.arrayValue ?? [$0] } ?? []
        return declared.contains { $0.stringValue == transform }
    }

    /// Deep merge of `other` into this object; `other` wins on conflicts, including origins.
    public mutating func merge(_ other: Object) {
        for (key, value) in other.entries {
            set(key, value, origin: other.origins[key])
        }
    }

    /// Removes `key` and its origin.
    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        origins[key] = nil
        return entries.removeValue(forKey: key)
    }

    /// Rewrites every origin in this object and below it.
    public mutating func mapOrigins(_ transform: (SourceLocation) -> SourceLocation) {
        for key in origins.keys { origins[key] = transform(origins[key]!) }
        for index in entries.values.indices {
            entries.values[index].mapOrigins(transform)
        }
    }

    /// Reorders keys: those in `order` first, in that order, then the rest as they were.
    public mutating func reorder(first order: [String]) {
        var reordered = OrderedDictionary<String, Value>()
        reordered.reserveCapacity(entries.count)
        for key in order { if let value = entries[key] { reordered[key] = value } }
        for (key, value) in entries where reordered[key] == nil { reordered[key] = value }
        entries = reordered
    }

    public static func == (lhs: Object, rhs: Object) -> Bool { lhs.entries == rhs.entries }
    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }
}

extension Value {
    /// Rewrites every origin in this value and below it.
    public mutating func mapOrigins(_ transform: (SourceLocation) -> SourceLocation) {
        switch self {
        case .object(var object):
            self = .null
            object.mapOrigins(transform)
            self = .object(object)
        case .array(var elements):
            self = .null
            for index in elements.indices { elements[index].mapOrigins(transform) }
            self = .array(elements)
        default:
            break
        }
    }

    /// The origin of the deepest node along `path` that has one: the best Swift location to
    /// blame for whatever sits at `path`.
    public func nearestOrigin(along path: [String]) -> SourceLocation? {
        var node = self
        var found: SourceLocation?
        for component in path {
            switch node {
            case .object(let object):
                guard let child = object[component] else { return found }
                if let origin = object.origin(of: component) { found = origin }
                node = child
            case .array(let elements):
                guard let index = Int(component), elements.indices.contains(index) else { return found }
                node = elements[index]
            default:
                return found
            }
        }
        return found
    }
}

extension Object: ExpressibleByDictionaryLiteral {
    /// An object of these keys and values, in order; a repeated key keeps its last value.
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(pairs: elements)
    }

    /// An object of these keys and values, in order; a repeated key keeps its last value.
    public init(pairs: some Sequence<(String, Value)>) {
        self.init()
        for (key, value) in pairs { self[key] = value }
    }
}
