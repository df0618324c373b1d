import Foundation
import SparkleTree
import SparkleValidation
import SparkleValues

// cfn-lint's per-resource rules that are a JSON schema alone (its data/schemas/extensions: allowed
// instance types, "when X, Y is required", engine and version pairs, …), read as data with their
// cfn-lint rule IDs. Scripts/generate_schemas.py writes them, one data set per resource type, so a
// cfn-lint update brings new checks without code.

/// One extension: the rule it reports, the place below a resource's Properties it checks (`*` for
/// each element of a list), and the schema that place must satisfy.
struct ResourceExtension {
    let rule: Rule
    let path: [String]
    let schema: Value

    /// The extensions of `type`, read the first time a template declares it.
    static func extensions(of type: String, in schemas: ResourceSchemas) -> [ResourceExtension] {
        schemas.derived(from: "extensions/" + type) { data in
            guard case .array(let entries)? = data else { return [] }
            return entries.compactMap { entry in
                guard let id = entry["id"]?.stringValue, let path = entry["path"]?.stringValues, let schema = entry["schema"] else { return nil }
                return ResourceExtension(rule: Rule(id, entry["summary"]?.stringValue ?? "", cfnLint: [id]), path: path, schema: Value(schema))
            }
        }
    }

    /// Every extension rule of the data, for the rule list and `--ignore`.
    static func rules(in schemas: ResourceSchemas) -> [Rule] {
        (schemas.dataSet("extension-rules") as? [[String: String]] ?? []).compactMap { entry in
            entry["id"].map { Rule($0, (entry["summary"] ?? "") + " (cfn-lint's schema extension)", cfnLint: [$0]) }
        }
    }
}

extension SchemaValidator {
    mutating func checkExtensions() {
        let evaluator = SchemaEvaluation(view: view)
        for (name, resource) in template["Resources"]?.objectValue ?? Object() {
            guard let type = resource.objectValue?["Type"]?.stringValue, type.hasPrefix("AWS::"),
                let properties = resource.objectValue?["Properties"]
            else { continue }
            // Read once per process (ResourceSchemas keeps them), so no cache of our own.
            for ext in ResourceExtension.extensions(of: type, in: schemas) {
                for (path, value) in view.values(along: ext.path, in: properties, at: ["Resources", name, "Properties"]) {
                    if case .fails(let why, let at) = evaluator.evaluate(ext.schema, value, at: path) {
                        report(ext.rule, "resource '\(name)' (\(type)): \(ext.rule.summary): \(why)", at: at, severity: ext.rule.severity)
                    }
                }
            }
        }
    }
}

/// Whether a value satisfies a JSON schema, told in three ways: a value known only at deploy time
/// (a function, an `Fn::If` whose branches differ, a key present under a condition) can neither
/// hold nor fail, so that only a certain fault is reported. Types are compared as cfn-lint's
/// non-strict `type` compares them: `"3"` is an integer, `true` a string.
struct SchemaEvaluation {
    let view: ValueView

    enum Verdict {
        case holds
        case fails(String, at: [String])
        case unknown
    }

    /// The value's one known form: nil when it has several (the branches of an `Fn::If`) or is
    /// known only at deploy time.
    private func settled(_ value: Value) -> Value? {
        let forms = view.alternatives(of: value)
        guard forms.count == 1, let known = forms[0].known, forms[0].branch.isEmpty else { return nil }
        return known
    }

    func evaluate(_ schema: Value, _ raw: Value, at path: [String]) -> Verdict {
        switch schema {
        case .bool(true): return .holds
        case .bool(false): return .fails("no value is allowed here", at: path)
        case .object(let keywords):
            guard let value = settled(raw) else {
                // Only the keywords that say nothing of the value itself can be told.
                return keywords.isEmpty ? .holds : .unknown
            }
            return all(keywords.map { keyword, argument in { check(keyword, argument, value, keywords, at: path) } })
        default:
            return .holds
        }
    }

    /// The verdicts in order: the first fault, else unknown when any is, else holds.
    private func all(_ verdicts: [() -> Verdict]) -> Verdict {
        var sawUnknown = false
        for verdict in verdicts {
            switch verdict() {
            case .fails(let why, let at): return .fails(why, at: at)
            case .unknown: sawUnknown = true
            case .holds: break
            }
        }
        return sawUnknown ? .unknown : .holds
    }

    private func check(_ keyword: String, _ argument: Value, _ value: Value, _ schema: Object, at path: [String]) -> Verdict {
        switch keyword {
        case "type":
            let types = argument.arrayValue?.compactMap(\.stringValue) ?? argument.stringValue.map { [$0] } ?? []
            return types.isEmpty || types.contains(where: { Self.isType(value, $0) })
                ? .holds : .fails("\(Self.describe(value)) is not of type \(types.joined(separator: " or "))", at: path)
        case "const":
            return Self.equal(value, argument) ? .holds : .fails("\(Self.describe(value)) is not \(Self.describe(argument))", at: path)
        case "enum":
            let allowed = argument.arrayValue ?? []
            return allowed.contains { Self.equal(value, $0) } ? .holds : .fails("\(Self.describe(value)) is not one of \(Self.list(allowed))", at: path)
        case "pattern":
            guard let pattern = argument.stringValue else { return .holds }
            switch value {
            case .string(let text):
                guard let expression = Patterns.shared.expression(pattern) else { return .unknown }
                return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
                    ? .holds : .fails("\(Self.describe(value)) does not match \(pattern)", at: path)
            case .object, .array, .null: return .holds
            default: return .unknown  // a number read as text may or may not match
            }
        case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf":
            guard let limit = Self.number(argument) else { return .holds }
            guard let number = Self.number(value) else { return value.stringValue == nil ? .holds : .unknown }
            let holds: Bool
            switch keyword {
            case "minimum": holds = number >= limit
            case "maximum": holds = number <= limit
            case "exclusiveMinimum": holds = number > limit
            case "exclusiveMaximum": holds = number < limit
            default: holds = limit == 0 || (number / limit).rounded() == number / limit
            }
            return holds ? .holds : .fails("\(Self.describe(value)) is out of range (\(keyword) \(Self.describe(argument)))", at: path)
        case "minLength", "maxLength":
            guard case .string(let text) = value, let limit = Self.number(argument) else { return .holds }
            let length = Double(text.unicodeScalars.count)
            return (keyword == "minLength" ? length >= limit : length <= limit)
                ? .holds : .fails("\(Self.describe(value)) is too \(keyword == "minLength" ? "short" : "long")", at: path)
        case "required":
            guard case .object(let object) = value else { return .holds }
            return all((argument.arrayValue ?? []).compactMap(\.stringValue).map { key in
                {
                    switch view.presence(of: object[key]) {
                    case .present: .holds
                    case .conditional: .unknown
                    case .absent: .fails("'\(key)' is a required property", at: path)
                    }
                }
            })
        case "properties", "additionalProperties":
            guard case .object(let object) = value else { return .holds }
            let declared = schema["properties"]?.objectValue ?? Object()
            return all(object.map { key, child in
                {
                    let sub: Value? = keyword == "properties" ? declared[key] : (declared[key] == nil ? argument : nil)
                    guard let sub else { return .holds }
                    switch view.presence(of: child) {
                    case .absent: return .holds
                    case .conditional: return sub == .bool(false) ? .unknown : evaluate(sub, child, at: path + [key])
                    case .present:
                        if sub == .bool(false) { return .fails("'\(key)' is not allowed here", at: path + [key]) }
                        return evaluate(sub, child, at: path + [key])
                    }
                }
            })
        case "propertyNames":
            guard case .object(let object) = value else { return .holds }
            return all(object.keys.map { key in { evaluate(argument, .string(key), at: path + [key]) } })
        case "items", "contains", "minItems", "maxItems", "uniqueItems":
            guard case .array(let list) = value else { return .holds }
            return checkList(keyword, argument, list, at: path)
        case "allOf":
            return all((argument.arrayValue ?? []).map { sub in { evaluate(sub, value, at: path) } })
        case "anyOf", "oneOf":
            let verdicts = (argument.arrayValue ?? []).map { evaluate($0, value, at: path) }
            let holding = verdicts.filter { if case .holds = $0 { true } else { false } }.count
            let unknown = verdicts.contains { if case .unknown = $0 { true } else { false } }
            if keyword == "anyOf" {
                return holding > 0 ? .holds : unknown ? .unknown : .fails("\(Self.describe(value)) matches none of the allowed forms", at: path)
            }
            if unknown { return .unknown }
            return holding == 1 ? .holds : .fails("\(Self.describe(value)) must match exactly one of the allowed forms, not \(holding)", at: path)
        case "not":
            switch evaluate(argument, value, at: path) {
            case .holds: return .fails(Self.negation(argument, value), at: path)
            case .fails: return .holds
            case .unknown: return .unknown
            }
        case "if":
            switch evaluate(argument, value, at: path) {
            case .holds: return schema["then"].map { evaluate($0, value, at: path) } ?? .holds
            case .fails: return schema["else"].map { evaluate($0, value, at: path) } ?? .holds
            case .unknown: return schema["then"] == nil && schema["else"] == nil ? .holds : .unknown
            }
        default:
            return .holds  // then, else (read with if), description
        }
    }

    private func checkList(_ keyword: String, _ argument: Value, _ list: [Value], at path: [String]) -> Verdict {
        let (_, fewest, most) = view.elements(of: list)
        switch keyword {
        case "items":
            return all(list.enumerated().map { index, element in
                { view.presence(of: element) == .absent ? .holds : evaluate(argument, element, at: path + [String(index)]) }
            })
        case "contains":
            let verdicts = list.enumerated().map { evaluate(argument, $1, at: path + [String($0)]) }
            if verdicts.contains(where: { if case .holds = $0 { true } else { false } }) { return .holds }
            if verdicts.contains(where: { if case .unknown = $0 { true } else { false } }) || fewest != most { return .unknown }
            return .fails("no element is of the kind required here", at: path)
        case "minItems":
            guard let limit = Self.number(argument) else { return .holds }
            return Double(most) < limit ? .fails("has \(most) elements, fewer than \(Int(limit))", at: path) : Double(fewest) < limit ? .unknown : .holds
        case "maxItems":
            guard let limit = Self.number(argument) else { return .holds }
            return Double(fewest) > limit ? .fails("has \(fewest) elements, more than \(Int(limit))", at: path) : Double(most) > limit ? .unknown : .holds
        default:
            return .holds  // uniqueItems: left to the registry schema's own check
        }
    }

    // MARK: Values

    /// Whether a value has a JSON type, as cfn-lint's non-strict `type` reads scalars.
    static func isType(_ value: Value, _ type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("null", .null): return true
        case ("string", .string), ("string", .int), ("string", .double), ("string", .number), ("string", .bool): return true
        case ("boolean", .bool): return true
        case ("boolean", .string(let text)): return ["true", "false"].contains(text.lowercased())
        case ("integer", .int): return true
        case ("integer", .double(let number)): return number == number.rounded()
        case ("integer", .string(let text)): return Int(text) != nil
        case ("number", .int), ("number", .double), ("number", .number): return true
        case ("number", .string(let text)): return Double(text) != nil
        default: return false
        }
    }

    /// Equality as cfn-lint compares a template's scalars with a schema's: by their text, booleans
    /// in any case.
    static func equal(_ value: Value, _ other: Value) -> Bool {
        if let left = value.scalarText, let right = other.scalarText {
            if case .bool = value { return left == right.lowercased() }
            if case .bool = other { return left.lowercased() == right }
            return left == right
        }
        return value == other
    }

    static func number(_ value: Value) -> Double? {
        switch value {
        case .int(let int): Double(int)
        case .double(let double): double
        case .string(let text): Double(text)
        case .number(let number): Double(number.text)
        default: nil
        }
    }

    static func describe(_ value: Value) -> String {
        if let text = value.scalarText { return "'\(text)'" }
        switch value {
        case .object: return "the object"
        case .array: return "the list"
        default: return "null"
        }
    }

    /// At most a dozen allowed values, then how many more there are.
    static func list(_ values: [Value]) -> String {
        let shown = values.prefix(12).map { $0.scalarText ?? "…" }.joined(separator: ", ")
        return values.count > 12 ? "\(shown) (and \(values.count - 12) more)" : shown
    }

    /// Why a value that matches a `not` schema fails: the keys it must not have, where that is all
    /// the schema asks.
    static func negation(_ schema: Value, _ value: Value) -> String {
        let keys = (schema.objectValue?["anyOf"]?.arrayValue ?? [schema]).flatMap { $0.objectValue?["required"]?.arrayValue ?? [] }
            .compactMap(\.stringValue).filter { value.objectValue?[$0] != nil }
        return keys.isEmpty ? "this combination is not allowed" : "\(keys.map { "'\($0)'" }.joined(separator: ", ")) cannot be used here"
    }
}

extension Value {
    /// A value from the schema data's compact reading; whole numbers are integers.
    init(_ compact: CompactJSON) {
        switch compact {
        case .string(let text): self = .string(text)
        case .number(let number): self = number == number.rounded() && abs(number) < 9e15 ? .int(Int(number)) : .double(number)
        case .bool(let flag): self = .bool(flag)
        case .null: self = .null
        case .array(let elements): self = .array(elements.map(Value.init))
        case .object: self = .object(Object(pairs: compact.entries.map { ($0, Value($1)) }))
        }
    }
}
