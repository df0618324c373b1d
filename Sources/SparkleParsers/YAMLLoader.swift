import SparkleTree
import Yams

/// Loads CloudFormation YAML with Yams (libyaml) and turns it into the long-form tree.
///
/// Plain scalars resolve as YAML 1.1 loaders (PyYAML, and so cfn-lint) read them: booleans
/// (`yes`, `on`, `true`, …), null, integers in every notation, floats. Dates stay strings, as
/// CloudFormation keeps them.
struct YAMLLoader {
    let file: String

    static func load(_ text: String, file: String) throws(ParseError) -> Value {
        let loader = YAMLLoader(file: file)
        do {
            // The parser must outlive the conversion: node anchors are weak references it owns.
            let parser = try Parser(yaml: text, resolver: .basic)
            guard let root = try parser.singleRoot() else {
                throw ParseError(file: file, line: 1, column: 1, message: "the document is empty")
            }
            return try withExtendedLifetime(parser) { () throws(ParseError) -> Value in try loader.convert(root) }
        } catch let error as ParseError {
            throw error
        } catch let error as YamlError {
            throw loader.translate(error)
        } catch {
            throw ParseError(file: file, line: 1, column: 1, message: "\(error)")
        }
    }

    private func error(_ message: String, at mark: Mark?) -> ParseError {
        ParseError(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
    }

    /// Yams' errors as one-line messages at the problem's line and column.
    private func translate(_ error: YamlError) -> ParseError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = problem
            if let context, !context.text.isEmpty {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            return self.error(message, at: mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return self.error("duplicate key \(names) in a mapping; CloudFormation keeps only one", at: context.mark)
        case .reader(let problem, let offset, _, _):
            return self.error("\(problem)\(offset.map { " at byte \($0)" } ?? "")", at: nil)
        default:
            return self.error("\(error)", at: nil)
        }
    }

    private func rejectAnchor(_ node: Node) throws(ParseError) {
        if let anchor = node.anchor {
            throw error(
                "anchors and aliases (&\(anchor.rawValue)) are not accepted by CloudFormation; write the value out",
                at: node.mark)
        }
    }

    func convert(_ node: Node) throws(ParseError) -> Value {
        try rejectAnchor(node)
        switch node {
        case .alias(let alias):
            throw error("aliases (*\(alias.anchor.rawValue)) are not accepted by CloudFormation", at: alias.mark)
        case .scalar(let scalar):
            let tag = scalar.tag.rawValue
            if tag.isEmpty { return scalar.style == .plain ? Self.resolvePlain(scalar.string) : .string(scalar.string) }
            return try tagged(tag, .string(scalar.string), node: node)
        case .sequence(let sequence):
            var elements: [Value] = []
            elements.reserveCapacity(sequence.count)
            for element in sequence { elements.append(try convert(element)) }
            return try untaggedOrTagged(sequence.tag.rawValue, .array(elements), node: node)
        case .mapping(let mapping):
            var object = Object()
            for (key, value) in mapping {
                try rejectAnchor(key)
                guard case .scalar(let keyScalar) = key else {
                    throw error("mapping keys must be plain strings", at: key.mark)
                }
                if keyScalar.string == "<<" && keyScalar.style == .plain {
                    throw error("merge keys (<<) are not accepted by CloudFormation; write the keys out", at: key.mark)
                }
                let origin = key.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
                object.set(keyScalar.string, try convert(value), origin: origin)
            }
            return try untaggedOrTagged(mapping.tag.rawValue, .object(object), node: node)
        }
    }

    private func untaggedOrTagged(_ tag: String, _ value: Value, node: Node) throws(ParseError) -> Value {
        tag.isEmpty || tag == "!" ? value : try tagged(tag, value, node: node)
    }

    /// A tagged node: a CloudFormation short form (`!Ref`, `!GetAtt`, …) or a YAML core tag.
    private func tagged(_ tag: String, _ value: Value, node: Node) throws(ParseError) -> Value {
        let core = "tag:yaml.org,2002:"
        if tag.hasPrefix(core) {
            let text = value.stringValue
            switch tag.dropFirst(core.count) {
            case "str": if let text { return .string(text) }
            case "int": if let text, case .int(let int) = Self.resolvePlain(text) { return .int(int) }
            case "float":
                if let text, let double = Double(text.replacingOccurrences(of: "_", with: "")) { return .double(double) }
            case "bool": if let text, case .bool(let bool) = Self.resolvePlain(text) { return .bool(bool) }
            case "null": if let text, Self.resolvePlain(text) == .null { return .null }
            case "map": if value.objectValue != nil { return value }
            case "seq": if value.arrayValue != nil { return value }
            default: throw error("unsupported tag !!\(tag.dropFirst(core.count))", at: node.mark)
            }
            throw error("value does not fit its tag !!\(tag.dropFirst(core.count))", at: node.mark)
        }
        if tag == "!" { return value }  // non-specific: a plain string
        guard tag.hasPrefix("!"), let function = IntrinsicFunctions.functionForTag[String(tag.dropFirst())] else {
            throw error("unknown tag \(tag): CloudFormation's short forms are \(Self.knownTags)", at: node.mark)
        }
        switch function {
        case "Ref", "Condition":
            guard value.stringValue != nil else { throw error("\(tag) takes a name (a scalar)", at: node.mark) }
        case "Fn::GetAtt":
            if let dotted = value.stringValue {
                guard let dot = dotted.firstIndex(of: ".") else {
                    throw error("!GetAtt takes Resource.Attribute; '\(dotted)' has no dot", at: node.mark)
                }
                return [function: [.string(String(dotted[..<dot])), .string(String(dotted[dotted.index(after: dot)...]))]]
            }
        default:
            break
        }
        return [function: value]
    }

    private static let knownTags = IntrinsicFunctions.functionForTag.keys.sorted().map { "!" + $0 }.joined(separator: ", ")

    // MARK: YAML 1.1 plain scalars

    /// What a YAML 1.1 loader makes of a plain scalar.
    static func resolvePlain(_ text: String) -> Value {
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            if text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null }
        default: break
        }
        if let bool = booleans[text] { return .bool(bool) }
        let isNumeric =
            (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
        guard isNumeric else { return .string(text) }
        return number(text) ?? .string(text)
    }

    private static let booleans: [String: Bool] = [
        "yes": true, "Yes": true, "YES": true, "no": false, "No": false, "NO": false,
        "true": true, "True": true, "TRUE": true, "false": false, "False": false, "FALSE": false,
        "on": true, "On": true, "ON": true, "off": false, "Off": false, "OFF": false,
    ]

    /// YAML 1.1 integers (decimal, `0` octal, `0x`, `0b`, `1:30` sexagesimal, `_` separators) and
    /// floats (`1.5`, `.5`, `1.0e+3`, `.inf`, `.nan`).
    private static func number(_ text: String) -> Value? {
        var body = Substring(text)
        var negative = false
        if body.first == "-" || body.first == "+" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        switch body {
        case ".inf", ".Inf", ".INF": return .double(negative ? -.infinity : .infinity)
        case ".nan", ".NaN", ".NAN": return text.first == "." ? .double(.nan) : nil
        default: break
        }
        guard let lead = body.first, lead.isASCII, lead.isNumber || lead == "." else { return nil }
        let digits = body.filter { $0 != "_" }
        func signed(_ magnitude: Int?) -> Value? { magnitude.map { .int(negative ? -$0 : $0) } }
        if body.hasPrefix("0x") { return signed(Int(digits.dropFirst(2), radix: 16)) }
        if body.hasPrefix("0b") { return signed(Int(digits.dropFirst(2), radix: 2)) }
        if body.contains(":") {
            // Sexagesimal: base-60 parts, the first any size, the rest 0...59.
            let parts = body.split(separator: ":", omittingEmptySubsequences: false)
            let isFloat = parts.last!.contains(".")
            var total = 0.0
            for (index, part) in parts.enumerated() {
                let clean = part.filter { $0 != "_" }
                guard let partValue = Double(clean), index == 0 || (partValue < 60 && clean.count <= (index == parts.count - 1 && isFloat ? 99 : 2))
                else { return nil }
                if index < parts.count - 1, clean.contains(".") { return nil }
                total = total * 60 + partValue
            }
            if isFloat { return .double(negative ? -total : total) }
            return total <= Double(Int.max) ? .int(Int(negative ? -total : total)) : nil
        }
        let allDigits = digits.allSatisfy { $0.isASCII && $0.isNumber }
        if allDigits {
            if digits.count > 1, digits.first == "0" {
                return digits.allSatisfy({ $0 < "8" }) ? signed(Int(digits, radix: 8)) : nil
            }
            if let int = Int((negative ? "-" : "") + digits) { return .int(int) }  // the sign first: Int.min fits
            return Double(digits).map { .double(negative ? -$0 : $0) }
        }
        // Floats need a dot; an exponent needs its sign (YAML 1.1).
        guard digits.contains(".") else { return nil }
        let parts = digits.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        let mantissa = parts[0].split(separator: "E", maxSplits: 1, omittingEmptySubsequences: false)
        let exponentText = parts.count > 1 ? parts[1] : (mantissa.count > 1 ? mantissa[1] : nil)
        let mantissaText = parts.count > 1 ? parts[0] : mantissa[0]
        guard mantissaText.filter({ $0 == "." }).count == 1,
            mantissaText.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }),
            mantissaText.contains(where: { $0.isNumber })
        else { return nil }
        if let exponentText {
            guard exponentText.first == "+" || exponentText.first == "-", exponentText.count > 1,
                exponentText.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
            else { return nil }
        }
        guard let double = Double(digits.hasSuffix(".") ? digits + "0" : (digits.hasPrefix(".") ? "0" + digits : digits))
        else { return nil }
        return .double(negative ? -double : double)
    }
}
