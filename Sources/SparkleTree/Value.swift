import OrderedCollections

/// One node of a CloudFormation document: the single concrete type for everything a template holds.
///
/// Intrinsic functions are ordinary one-key objects (`{"Ref": "X"}`), exactly as CloudFormation's
/// JSON spells them, so every emitter, parser and check sees one representation.
public enum Value: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    /// A number that neither `int` nor `double` holds exactly (`1e400`, `99999999999999999999`,
    /// `3.14159265358979323846`), kept as written so that no conversion changes it.
    case number(NumberLiteral)
    case bool(Bool)
    case null
    case array([Value])
    case object(Object)
}

extension Value {
    /// The string, when this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The elements, when this is an array.
    public var arrayValue: [Value]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The object, when this is an object.
    public var objectValue: Object? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The value at `path`: object keys, and array indices as decimal text. Nil when the path
    /// leads nowhere.
    public func value(at path: some Sequence<String>) -> Value? {
        var current = self
        for step in path {
            switch current {
            case .object(let object): guard let next = object[step] else { return nil }; current = next
            case .array(let elements): guard let index = Int(step), elements.indices.contains(index) else { return nil }; current = elements[index]
            default: return nil
            }
        }
        return current
    }

    /// The key and argument of an intrinsic function call: a one-key object whose key is `Ref`,
    /// `Condition` or starts with `Fn::`.
    public var intrinsic: (name: String, argument: Value)? {
        guard case .object(let object) = self, object.count == 1, let (key, argument) = object.first else { return nil }
        guard key == "Ref" || key == "Condition" || key.hasPrefix("Fn::") else { return nil }
        return (key, argument)
    }

    /// Deep merge: where both sides are objects their keys merge recursively (`other` wins on
    /// conflicts and its new keys come last); otherwise `other` replaces this value.
    public mutating func merge(_ other: Value) {
        if case .object(let incoming) = other, case .object(var existing) = self {
            self = .null  // release our reference so `existing` is uniquely owned and merges in place
            existing.merge(incoming)
            self = .object(existing)
        } else {
            self = other
        }
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
    ExpressibleByNilLiteral
{
    /// A string: `"t3.micro"`.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integer: `80`.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A number with a fraction: `0.5`.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// A Boolean: `true`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// A list: `["a", Ref("B")]`.
    public init(arrayLiteral elements: Value...) { self = .array(elements) }
    /// JSON's `null`.
    public init(nilLiteral: ()) { self = .null }
    /// An object, its keys in the order written: `["Key": "env", "Value": "prod"]`.
    public init(dictionaryLiteral elements: (String, Value)...) {
        self = .object(Object(pairs: elements))
    }
}

extension Value: ExpressibleByStringInterpolation {}

extension Value {
    /// A scalar as the text CloudFormation uses for parameter values (nil for objects, arrays, null).
    public var scalarText: String? {
        switch self {
        case .string(let text): text
        case .int(let int): String(int)
        case .double(let double): String(double)
        case .number(let number): number.text
        case .bool(let bool): bool ? "true" : "false"
        default: nil
        }
    }
}
