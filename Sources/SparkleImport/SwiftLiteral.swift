import Sparkle

/// What a template's resources and conditions are called in Swift, where they are properties.
struct Handles {
    /// Resource logical ID → property.
    var resources: [String: String] = [:]
    /// Condition name → property.
    var conditions: [String: String] = [:]
}

/// Swift source for values, written so that the Swift compiler builds exactly the value given.
///
/// Every form is exact: a string keeps every character, a number keeps its case and text
/// (`5`, `.double(0.5)`, `.number(NumberLiteral("1.50"))`), `null` stays `.null`, and an intrinsic
/// function becomes its helper (``IntrinsicCall``) only when the helper writes the very same value.
/// Everything else is a literal, which a `Value` context types in one step: each nested literal
/// takes `Value` as its type, so a large policy document costs the type checker no search.
struct SwiftLiteral {
    /// Lines longer than this are broken, one element or entry per line.
    static let width = 100

    /// The resources and conditions the code can name by their handles (`vpc.ref`,
    /// `Fn.if(isProduction, …)`), by logical ID and condition name; a reference to anything
    /// else is written by name (`Ref("VPC")`).
    var handles = Handles()

    /// `value` as an expression of type `Value`, starting `lead` characters into a line indented
    /// by `indent`; the lines it breaks into are indented from `indent`.
    func value(_ value: Value, indent: String = "", lead: Int = 0) -> String {
        let flat = inline(value)
        if !flat.contains("\n"), indent.count + lead + flat.count <= Self.width { return flat }
        if let call = IntrinsicCall.call(for: value, in: self) { return call.render(indent: indent) }
        let inner = indent + "    "
        switch value {
        case .array(let elements) where !elements.isEmpty:
            return "[\n" + elements.map { inner + self.value($0, indent: inner) + ",\n" }.joined() + indent + "]"
        case .object(let object) where !object.isEmpty:
            let entries = object.map { key, child in
                let head = Self.string(key) + ": "
                return inner + head + self.value(child, indent: inner, lead: head.count) + ",\n"
            }
            return "[\n" + entries.joined() + indent + "]"
        case .string(let text):
            return Self.string(text, indent: indent)
        default:
            return flat
        }
    }

    /// The condition `name` where a `ConditionReference` goes: its handle, else `ConditionName("…")`.
    func condition(_ name: String) -> String {
        handles.conditions[name] ?? "ConditionName(\(Self.string(name)))"
    }

    /// `value` on one line (a multi-line string keeps its lines).
    func inline(_ value: Value) -> String {
        if let call = IntrinsicCall.call(for: value, in: self) { return call.inline }
        switch value {
        case .string(let text): return Self.string(text)
        case .int(let int): return String(int)
        case .double(let double) where double.isNaN: return ".double(.nan)"
        case .double(let double) where double.isInfinite: return double > 0 ? ".double(.infinity)" : ".double(-.infinity)"
        case .double(let double): return ".double(\(double))"
        case .number(let number): return ".number(NumberLiteral(\(Self.string(number.text))))"
        case .bool(let bool): return bool ? "true" : "false"
        case .null: return ".null"
        case .array(let elements): return "[" + elements.map(inline).joined(separator: ", ") + "]"
        case .object(let object):
            return object.isEmpty ? "[:]" : "[" + object.map { Self.string($0.key) + ": " + inline($0.value) }.joined(separator: ", ") + "]"
        }
    }

    /// A string literal of text and interpolations (`"\(AWS.stackName)-logs"`): a multi-line
    /// literal when the text has several lines, else a plain one.
    static func interpolated(_ parts: [SubTemplate.Part], indent: String = "") -> String {
        let multiline = isMultiline(parts.map { if case .text(let run) = $0 { run } else { "" } }.joined())
        // Each text run escaped as a literal's text is; a multi-line literal's lines are
        // indented after the fact, where a line starts.
        var body = ""
        for part in parts {
            switch part {
            case .text(let run): body += multiline ? escapedLines(run) : escaped(run, multiline: false)
            case .interpolation(let source): body += "\\(" + source + ")"
            }
        }
        guard multiline else { return "\"" + body + "\"" }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : indent + $0 }
        return "\"\"\"\n" + lines.joined(separator: "\n") + "\n" + indent + "\"\"\""
    }

    /// `run` escaped for a multi-line literal, line by line (blanks at a line's end escaped).
    private static func escapedLines(_ run: String) -> String {
        run.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0), multiline: true) }.joined(separator: "\n")
    }

    /// A string literal for `text`: a multi-line literal for text of several lines (its lines
    /// indented by `indent`), a raw literal for text with backslashes (regular expressions,
    /// Windows paths), else a plain one.
    static func string(_ text: String, indent: String = "") -> String {
        if !isMultiline(text), text.contains("\\"), !text.contains("\"#"), !text.contains("\\#"), text.unicodeScalars.allSatisfy({ !isControl($0) }) {
            return "#\"" + text + "\"#"
        }
        return interpolated([.text(text)], indent: indent)
    }

    /// Whether `text` is written as a multi-line literal: three lines or more, no `"""`, and no
    /// control character but newlines and tabs. The closing delimiter's indentation is removed
    /// from every line, and blanks at a line's end are escaped, so nothing of the text is lost.
    private static func isMultiline(_ text: String) -> Bool {
        text.split(separator: "\n", omittingEmptySubsequences: false).count > 2 && !text.contains("\"\"\"")
            && text.unicodeScalars.allSatisfy { $0 == "\n" || $0 == "\t" || !isControl($0) }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// `text` with what a string literal cannot hold as it is escaped: backslashes, quotes (in a
    /// one-line literal), control characters, and blanks at the end of a multi-line literal's line
    /// (which editors strip).
    private static func escaped(_ text: String, multiline: Bool) -> String {
        var result = ""
        let scalars = Array(text.unicodeScalars)
        // Blanks at the end of a line are written escaped, so that no editor can lose them.
        var trailing = scalars.count
        if multiline { while trailing > 0, scalars[trailing - 1] == " " || scalars[trailing - 1] == "\t" { trailing -= 1 } }
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"" where !multiline: result += "\\\""
            case "\t" where index >= trailing: result += "\\t"
            case " " where index >= trailing: result += "\\u{20}"
            case "\t" where multiline: result += "\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            default:
                if isControl(scalar) {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
