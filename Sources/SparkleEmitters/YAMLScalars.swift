/// How a string must be written in YAML so that every YAML 1.1 and 1.2 loader reads it back as the
/// same string.
enum YAMLScalarStyle: Equatable {
    /// Written as is.
    case plain
    /// In single quotes (`'` doubled): printable text that a loader would otherwise retype.
    case singleQuoted
    /// In double quotes with escapes: text with characters that need escaping.
    case doubleQuoted
    /// A literal block scalar (`|`): multi-line text that reads back exactly.
    case literal

    /// The style for `string`; `allowBlock` is false for mapping keys.
    static func of(_ string: String, allowBlock: Bool) -> YAMLScalarStyle {
        let scalars = string.unicodeScalars
        guard let first = scalars.first else { return .singleQuoted }
        var needsEscape = false
        var hasNewline = false
        for scalar in scalars {
            if scalar == "\n" {
                hasNewline = true
            } else if !isPrintable(scalar) || scalar == "\t" {
                needsEscape = true
            }
        }
        if hasNewline {
            // A block pays off for text with several lines; one line and its newline reads better quoted.
            let multiLine = string[...].trimmingTrailingNewlines.contains("\n")
            return allowBlock && multiLine && !needsEscape && literalSafe(string) ? .literal : .doubleQuoted
        }
        if needsEscape { return .doubleQuoted }
        if mustQuote(string, first: first) { return .singleQuoted }
        return .plain
    }

    /// Characters YAML allows unescaped (the printable set), less the ones loaders treat as line
    /// breaks or byte order marks.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return true
        case 0x20...0x7E: return true
        case 0xA0...0xD7FF: return scalar.value != 0x2028 && scalar.value != 0x2029
        case 0xE000...0xFFFD: return scalar.value != 0xFEFF
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Indicators that cannot start a plain scalar, plus characters that start numbers, and `<` `=`
    /// (the merge and value keys of YAML 1.1).
    private static let unsafeFirst: Set<Unicode.Scalar> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " ", "=", "<",
        ".", "+", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "~",
    ]

    /// Words a YAML 1.1 loader reads as booleans or null, compared in lower case.
    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"]

    /// True when a plain scalar would be read as something other than this string: a boolean, null,
    /// number, date, an indicator, or text that ends or breaks a plain scalar.
    private static func mustQuote(_ string: String, first: Unicode.Scalar) -> Bool {
        if unsafeFirst.contains(first) { return true }
        if reservedWords.contains(string.lowercased()) { return true }
        if string.hasSuffix(" ") || string.hasSuffix(":") { return true }
        return string.contains(": ") || string.contains(" #")
    }

    /// Whether a literal block scalar preserves `string` exactly: no carriage return, a first line
    /// that sets the indentation (no leading space or newline), and no line ending in spaces (which
    /// editors strip and blank-looking lines blur).
    private static func literalSafe(_ string: String) -> Bool {
        if string.hasPrefix("\n") || string.hasPrefix(" ") || string.contains("\r") { return false }
        for line in string.split(separator: "\n", omittingEmptySubsequences: false) where line.last == " " {
            return false
        }
        return true
    }
}

extension Substring {
    fileprivate var trimmingTrailingNewlines: Substring {
        var text = self
        while text.hasSuffix("\n") { text = text.dropLast() }
        return text
    }
}
