import Foundation
import SparkleTree

/// The one intrinsic-aware view of values that every check uses: what a value may be once
/// CloudFormation has resolved its functions.
///
/// A rule never sees `Fn::If`, `Ref` or `Fn::Sub` where it expects a structure or a literal. It asks
/// for a value's ``Alternative``s instead:
/// - `Fn::If` gives each branch as an alternative of its own (nested ones flattened), and a branch
///   that is `Ref AWS::NoValue` gives none: the element or key is then absent;
/// - a function whose result is known only at deploy time (`Ref`, `Fn::GetAtt`, `Fn::Join`,
///   `Fn::ImportValue`, a dynamic reference, …) is an ``Alternative/Form/unknown(_:)`` value of the
///   type that function returns, which no rule judges by its shape;
/// - `Fn::FindInMap` counts among those: a value read from a mapping is not judged as an error,
///   as cfn-lint reports such values only as warnings;
/// - where a property takes a document as JSON text (a policy), ``document(in:)`` reads the
///   document that text, a `Fn::Sub` or a `Fn::Join` spells.
///
/// cfn-lint does the same with its function filter and resolvers (`jsonschema/_filter.py`,
/// `jsonschema/_resolvers_cfn.py`); see `../shared/notes/lint-semantics.md`.
public struct ValueView: Sendable {
    /// The template's parameters, which say what type a `Ref` to one returns.
    let parameters: Object

    /// A view of the values of `template`, which should already have its `Fn::ForEach` loops expanded.
    public init(template: Object) {
        parameters = template["Parameters"]?.objectValue ?? Object()
    }

    /// One form a value may take once deployed, and how it was reached.
    public struct Alternative: Sendable {
        /// What the value is in this alternative.
        public enum Form: Sendable, Hashable {
            /// A value whose shape is known: a scalar, or an object or list whose members are
            /// seen through the view in turn. Never an intrinsic function itself.
            case known(Value)
            /// A value only deployment tells, of the type its function returns.
            case unknown(ValueType)
        }

        public let form: Form
        /// The value this form comes from: the `Fn::If` branch, or the value itself.
        public let source: Value
        /// The path steps from the value to this form: `["Fn::If", "1"]` for an `If`'s first
        /// branch, empty for the value itself.
        public let branch: [String]

        /// An alternative of `form`, from `source`, reached through the `Fn::If` branches `branch`.
        public init(form: Form, source: Value, branch: [String]) {
            self.form = form
            self.source = source
            self.branch = branch
        }

        /// The value, when its shape is known.
        public var known: Value? {
            if case .known(let value) = form { return value }
            return nil
        }
    }

    /// Whether a key or element exists once conditions are settled.
    public enum Presence: Sendable {
        /// Never there: missing, `Ref AWS::NoValue`, or an `If` both of whose branches are.
        case absent
        /// There under some conditions only: an `If` with one `AWS::NoValue` branch.
        case conditional
        /// Always there.
        case present
    }

    /// The forms `value` may take; empty when it is absent in every case.
    public func alternatives(of value: Value) -> [Alternative] {
        var found: [Alternative] = []
        collect(value, branch: [], into: &found, depth: 0)
        return found
    }

    private func collect(_ value: Value, branch: [String], into found: inout [Alternative], depth: Int) {
        guard let (name, argument) = value.intrinsic else {
            if case .string(let text) = value, Self.isDynamicReference(text) {
                found.append(Alternative(form: .unknown(.string), source: value, branch: branch))
            } else {
                found.append(Alternative(form: .known(value), source: value, branch: branch))
            }
            return
        }
        switch name {
        case "Fn::If":
            guard let parts = argument.arrayValue, parts.count == 3, depth < 32 else {
                found.append(Alternative(form: .unknown(.any), source: value, branch: branch))
                return
            }
            for index in 1...2 {
                collect(parts[index], branch: branch + [name, String(index)], into: &found, depth: depth + 1)
            }
        case "Ref" where argument.stringValue == "AWS::NoValue":
            return
        default:
            found.append(Alternative(form: .unknown(resultType(of: name, argument)), source: value, branch: branch))
        }
    }

    /// Whether the value under a key (nil when the key is missing) exists once deployed.
    public func presence(of value: Value?) -> Presence {
        guard let value, value != .null else { return .absent }
        guard let (name, argument) = value.intrinsic else { return .present }
        if name == "Ref", argument.stringValue == "AWS::NoValue" { return .absent }
        guard name == "Fn::If", let parts = argument.arrayValue, parts.count == 3 else { return .present }
        switch (presence(of: parts[1]), presence(of: parts[2])) {
        case (.absent, .absent): return .absent
        case (.present, .present): return .present
        default: return .conditional
        }
    }

    /// The elements of a list as they may be deployed: each element's alternatives, with its index,
    /// and how many elements there are at least and at most.
    public func elements(of list: [Value]) -> (alternatives: [(index: Int, alternative: Alternative)], fewest: Int, most: Int) {
        var alternatives: [(Int, Alternative)] = []
        var fewest = 0, most = 0
        for (index, element) in list.enumerated() {
            let forms = self.alternatives(of: element)
            alternatives += forms.map { (index, $0) }
            switch presence(of: element) {
            case .present: fewest += 1; most += 1
            case .conditional: most += 1
            case .absent: break
            }
        }
        return (alternatives, fewest, most)
    }

    /// The values along a path of keys below `value` (which sits at `path`), where `*` stands for
    /// every element of a list, as they may be deployed: each `Fn::If` branch on the way is
    /// followed, and `AWS::NoValue` or a value known only at deploy time ends the way.
    public func values(along place: some Collection<String>, in value: Value, at path: [String]) -> [(path: [String], value: Value)] {
        guard let step = place.first else { return [(path, value)] }
        return alternatives(of: value).flatMap { alternative -> [(path: [String], value: Value)] in
            let here = path + alternative.branch
            switch alternative.known {
            case .array(let list)? where step == "*":
                return elements(of: list).alternatives.flatMap { index, element in
                    element.known.map { values(along: place.dropFirst(), in: $0, at: here + [String(index)] + element.branch) } ?? []
                }
            case .object(let object)? where step != "*":
                return object[step].map { values(along: place.dropFirst(), in: $0, at: here + [step]) } ?? []
            default:
                return []
            }
        }
    }

    /// The type a function returns.
    public func resultType(of name: String, _ argument: Value) -> ValueType {
        switch name {
        case "Ref":
            guard let target = argument.stringValue else { return .any }
            if target == "AWS::NotificationARNs" { return .list }
            if let type = parameters[target]?.objectValue?["Type"]?.stringValue { return ValueType(parameterType: type) }
            return .string
        case "Fn::Sub", "Fn::Join", "Fn::Base64", "Fn::ImportValue", "Fn::ToJsonString": return .string
        case "Fn::Split", "Fn::GetAZs", "Fn::Cidr": return .list
        case "Fn::Length": return .integer
        case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition": return .boolean
        default: return .any  // Fn::GetAtt (some attributes are lists), Fn::Select, Fn::FindInMap, Fn::Transform, a macro's own
        }
    }

    /// The JSON object that `value` spells as text: a string, or a `Fn::Sub` or `Fn::Join` whose
    /// references stand inside the document's strings (which then read as `Fn::Sub`s, known only at
    /// deploy time). Nil when the text is no JSON object, or a reference stands where JSON needs a
    /// value of its own.
    public func document(in value: Value) -> Value? {
        if case .string(let text) = value { return Self.jsonDocument(text) }
        guard let (name, argument) = value.intrinsic, let text = template(name, argument) else { return nil }
        return Self.jsonDocument(text)
    }

    /// The text a `Fn::Sub` or `Fn::Join` spells, with every `${Variable}` of a Sub and every
    /// function inside a Join replaced by ``placeholder``, so that a JSON document whose strings
    /// hold references still reads as one. Nil when the function is malformed.
    private func template(_ name: String, _ argument: Value) -> String? {
        switch name {
        case "Fn::Sub":
            guard let text = argument.stringValue ?? argument.arrayValue?.first?.stringValue else { return nil }
            return Self.replacingVariables(text)
        case "Fn::Join":
            guard let parts = argument.arrayValue, parts.count == 2, let separator = parts[0].stringValue,
                let elements = parts[1].arrayValue
            else { return nil }
            return elements.map { $0.scalarText ?? Self.placeholder }.joined(separator: separator)
        default:
            return nil
        }
    }

    /// What stands for a reference while a document's shape is read. A string of the document that
    /// holds one becomes a `Fn::Sub` again, so the view sees it as text known only at deploy time.
    /// It is JSON's escape of U+001F, a character no template text holds.
    static let placeholder = #"\u001F"#

    static func replacingVariables(_ text: String) -> String {
        guard text.contains("${") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "${") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let name = rest[open.upperBound..<close]
            // `${!Literal}` is the text `${Literal}`.
            result += name.hasPrefix("!") ? "${" + name.dropFirst() + "}" : placeholder
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The JSON object `text` spells (a policy written as text), or nil when it spells none.
    /// Strings of the document that hold a reference (see ``placeholder``) are `Fn::Sub`s.
    static func jsonDocument(_ text: String) -> Value? {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.first == "{", let data = trimmed.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        return Value(json: object)
    }

    /// Whether text is or holds a dynamic reference (`{{resolve:ssm:Name}}`), resolved at deploy time.
    public static func isDynamicReference(_ text: String) -> Bool {
        text.contains("{{resolve:")
    }
}

/// The JSON type of a value whose content is unknown until deployment.
public enum ValueType: String, Sendable, Hashable {
    case string, number, integer, boolean, list, object
    /// Any type: a function whose result depends on what it reads (`Fn::GetAtt`, `Fn::Select`).
    case any

    /// The type a parameter of a CloudFormation type gives to `Ref`.
    public init(parameterType type: String) {
        if type.hasPrefix("List<") || type == "CommaDelimitedList" || type.hasPrefix("AWS::SSM::Parameter::Value<List<")
            || type.hasPrefix("AWS::SSM::Parameter::Value<CommaDelimitedList")
        {
            self = .list
        } else if type == "Number" {
            self = .number
        } else {
            self = .string
        }
    }
}

extension Value {
    /// A value from what `JSONSerialization` reads.
    init?(json: Any) {
        switch json {
        case let text as String:
            // A reference inside the text (ValueView.placeholder): known only at deploy time.
            self = text.unicodeScalars.contains("\u{1F}") ? ["Fn::Sub": .string(text)] : .string(text)
        case let number as NSNumber:
            let kind = String(cString: number.objCType)
            if kind == "c" {
                self = .bool(number.boolValue)
            } else if kind != "d" && kind != "f", let int = Int(exactly: number.doubleValue) {
                self = .int(int)
            } else {
                self = .double(number.doubleValue)
            }
        case let list as [Any]: self = .array(list.compactMap { Value(json: $0) })
        case let object as [String: Any]:
            self = .object(Object(pairs: object.sorted { $0.key < $1.key }.compactMap { key, value in Value(json: value).map { (key, $0) } }))
        case is NSNull: self = .null
        default: return nil
        }
    }
}
