import SparkleTree

/// Writes a tree as CloudFormation YAML.
///
/// - Intrinsic functions use their short-form tags (`!Ref X`, `!GetAtt A.B`, `!Sub …`); a short tag
///   never directly wraps another, so the inner function is written in long form. `Fn::Length`,
///   `Fn::ToJsonString` and `Fn::ForEach::*` have no short form. `longForm` writes every function
///   in long form.
/// - Every string that a YAML 1.1 or 1.2 loader would read as something else is quoted: booleans
///   and null in any case, numbers of every notation, dates and timestamps, leading-zero digits,
///   indicators, empty strings, and text with `: `, ` #` or surrounding spaces.
/// - Multi-line strings become literal block scalars with the chomping that keeps their trailing
///   newlines; strings with characters YAML cannot hold raw are double-quoted with escapes.
/// - No anchors or aliases; output is byte-identical for equal trees.
public enum YAMLEmitter {
    /// The YAML text of `value`.
    public static func string(_ value: Value, longForm: Bool = false) -> String {
        String(decoding: bytes(value, longForm: longForm), as: UTF8.self)
    }

    /// The UTF-8 bytes of the YAML text of `value`.
    public static func bytes(_ value: Value, longForm: Bool = false) -> [UInt8] {
        var writer = Writer(longForm: longForm)
        switch value {
        case .object(let object) where !object.isEmpty:
            writer.writeEntries(object, indent: 0, inline: true)
        case .array(let elements) where !elements.isEmpty:
            writer.writeItems(elements, indent: 0, inline: true)
        default:
            writer.writeInline(value, indent: 0, afterTag: false)
            writer.out.removeFirst()  // the leading space of an inline value
        }
        writer.out.append(UInt8(ascii: "\n"))
        return writer.out
    }

    private struct Writer {
        let longForm: Bool
        var out: [UInt8] = []

        init(longForm: Bool) {
            self.longForm = longForm
            out.reserveCapacity(1 << 16)
        }

        mutating func append(_ text: String) { out.append(contentsOf: text.utf8) }

        mutating func newline(_ indent: Int) {
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
        }

        /// Mapping entries at `indent`; `inline` when the cursor already stands where the first key goes.
        mutating func writeEntries(_ object: Object, indent: Int, inline: Bool) {
            var first = true
            for (key, value) in object {
                if !(first && inline) { newline(indent) }
                first = false
                // YAML limits an implicit key to 1,024 characters as written (quotes and escapes
                // count); a longer one needs the explicit `? key` form. Escapes make a scalar at
                // most 6 characters, so only keys of over 170 scalars are measured.
                if key.unicodeScalars.count > 170, Self.writtenLength(key) > 1000 {
                    out.append(contentsOf: "? ".utf8)
                    writeString(key, indent: indent + 2, allowBlock: false)
                    newline(indent)
                } else {
                    writeString(key, indent: indent, allowBlock: false)
                }
                out.append(UInt8(ascii: ":"))
                writeInline(value, indent: indent, afterTag: false)
            }
        }

        /// How many characters `key` takes written as a mapping key.
        static func writtenLength(_ key: String) -> Int {
            var scratch = Writer(longForm: false)
            scratch.writeString(key, indent: 0, allowBlock: false)
            return String(decoding: scratch.out, as: UTF8.self).unicodeScalars.count
        }

        /// Sequence items at `indent`; `inline` when the cursor already stands where the first `-` goes.
        mutating func writeItems(_ elements: [Value], indent: Int, inline: Bool) {
            var first = true
            for element in elements {
                if !(first && inline) { newline(indent) }
                first = false
                out.append(UInt8(ascii: "-"))
                switch element {
                case .object(let object) where !object.isEmpty && (longForm || shortForm(of: element) == nil):
                    out.append(UInt8(ascii: " "))
                    writeEntries(object, indent: indent + 2, inline: true)
                case .array(let nested) where !nested.isEmpty:
                    out.append(UInt8(ascii: " "))
                    writeItems(nested, indent: indent + 2, inline: true)
                default:
                    writeInline(element, indent: indent, afterTag: false)
                }
            }
        }

        /// A value after `key:`, `-` or a tag, whose children indent past `indent`. Scalars and empty
        /// collections follow on the same line; collections start on the next.
        mutating func writeInline(_ value: Value, indent: Int, afterTag: Bool) {
            switch value {
            case .string(let string):
                out.append(UInt8(ascii: " "))
                writeString(string, indent: indent + 2, allowBlock: true)
            case .int(let int): append(" \(int)")
            case .double(let double): append(" " + Self.format(double))
            case .number(let number): append(" " + Self.format(number: number.text))
            case .bool(let bool): append(bool ? " true" : " false")
            case .null: append(" null")
            case .array(let elements):
                if elements.isEmpty { return append(" []") }
                writeItems(elements, indent: indent + 2, inline: false)
            case .object(let object):
                if object.isEmpty { return append(" {}") }
                if !afterTag, !longForm, let (tag, argument) = shortForm(of: value) {
                    append(" !\(tag)")
                    writeInline(argument, indent: indent, afterTag: true)
                    return
                }
                writeEntries(object, indent: indent + 2, inline: false)
            }
        }

        /// The short-form tag and its argument for an intrinsic that has one.
        func shortForm(of value: Value) -> (String, Value)? {
            guard let (name, argument) = value.intrinsic, let tag = IntrinsicFunctions.shortFormTag(of: name) else {
                return nil
            }
            switch argument {
            case .string, .array, .object: break
            // A tagged scalar reads back as a string (`!GetAZs null` is "null"), so any other keeps the long form.
            default: return nil
            }
            switch name {
            case "Ref", "Condition":
                return argument.stringValue == nil ? nil : (tag, argument)
            case "Fn::GetAtt":
                if let parts = argument.arrayValue, parts.count == 2, let resource = parts[0].stringValue,
                    let attribute = parts[1].stringValue, !resource.contains(".")
                {
                    return (tag, .string("\(resource).\(attribute)"))
                }
                // `!GetAtt [Res, !Ref Attr]` loses the inner tag in common loaders (cfn-flip reads
                // each item's raw text), so a computed attribute keeps the long form.
                return nil
            default:
                return (tag, argument)
            }
        }

        mutating func writeString(_ string: String, indent: Int, allowBlock: Bool) {
            switch YAMLScalarStyle.of(string, allowBlock: allowBlock) {
            case .plain:
                append(string)
            case .singleQuoted:
                out.append(UInt8(ascii: "'"))
                append(string.replacingQuotes())
                out.append(UInt8(ascii: "'"))
            case .doubleQuoted:
                writeDoubleQuoted(string)
            case .literal:
                writeLiteral(string, indent: indent)
            }
        }

        /// `|`, `|-` or `|+` by how many newlines end the string, then its lines at `indent`.
        mutating func writeLiteral(_ string: String, indent: Int) {
            var body = Substring(string)
            var trailing = 0
            while body.hasSuffix("\n") {
                body = body.dropLast()
                trailing += 1
            }
            out.append(UInt8(ascii: "|"))
            if trailing == 0 { out.append(UInt8(ascii: "-")) } else if trailing > 1 { out.append(UInt8(ascii: "+")) }
            for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.isEmpty {
                    out.append(UInt8(ascii: "\n"))
                } else {
                    newline(indent)
                    append(String(line))
                }
            }
            // With keep chomping, the extra trailing newlines are empty lines of the block.
            for _ in 0..<max(0, trailing - 1) { out.append(UInt8(ascii: "\n")) }
        }

        mutating func writeDoubleQuoted(_ string: String) {
            out.append(UInt8(ascii: "\""))
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": append("\\\"")
                case "\\": append("\\\\")
                case "\n": append("\\n")
                case "\t": append("\\t")
                case "\r": append("\\r")
                default:
                    if YAMLScalarStyle.isPrintable(scalar) {
                        append(String(scalar))
                    } else if scalar.value <= 0xFF {
                        append("\\x" + hex(scalar.value, width: 2))
                    } else {
                        append("\\u" + hex(scalar.value, width: 4))
                    }
                }
            }
            out.append(UInt8(ascii: "\""))
        }

        func hex(_ value: UInt32, width: Int) -> String {
            let digits = String(value, radix: 16, uppercase: true)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }

        /// YAML 1.1 reads a float only with a `.`; `1e+21` would be a string, so write `1.0e+21`.
        static func format(_ double: Double) -> String {
            if double.isNaN { return ".nan" }
            if double.isInfinite { return double < 0 ? "-.inf" : ".inf" }
            return format(number: double.description)
        }

        /// JSON number text as YAML 1.1 reads the same number: integers as they are, floats with a
        /// `.` in the mantissa and a sign on the exponent (`1e400` → `1.0e+400`).
        static func format(number text: String) -> String {
            let exponentStart = text.firstIndex { $0 == "e" || $0 == "E" }
            var mantissa = String(text[..<(exponentStart ?? text.endIndex)])
            if exponentStart == nil, !mantissa.contains(".") { return text }  // an integer, of any size
            if !mantissa.contains(".") { mantissa += ".0" }
            guard let exponentStart else { return mantissa }
            var exponent = text[text.index(after: exponentStart)...]
            let sign = exponent.first == "-" ? "-" : "+"
            if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
            return mantissa + "e" + sign + exponent
        }
    }
}

extension String {
    /// The text of a single-quoted YAML scalar: each `'` doubled.
    fileprivate func replacingQuotes() -> String {
        guard utf8.contains(UInt8(ascii: "'")) else { return self }
        // By scalar, not by Character: a `'` followed by a combining mark is one Character.
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            result.append(scalar)
            if scalar == "'" { result.append(scalar) }
        }
        return String(result)
    }
}
