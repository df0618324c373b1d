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

    /// The style for `string`; `allowBlock` is false for mapping keys. One pass over the UTF-8
    /// bytes: this runs for every scalar of a document.
    static func of(_ string: String, allowBlock: Bool) -> YAMLScalarStyle {
        var contiguous = string
        return contiguous.withUTF8 { bytes in
            guard let first = bytes.first else { return .singleQuoted }
            var needsEscape = false
            var hasNewline = false
            var breaksPlain = false  // ": " or " #" inside
            var nonASCII = false
            var previous: UInt8 = 0
            for byte in bytes {
                switch byte {
                case 0x0A: hasNewline = true
                case 0x00..<0x20, 0x7F: needsEscape = true
                case 0x80...: nonASCII = true
                case UInt8(ascii: " ") where previous == UInt8(ascii: ":"): breaksPlain = true
                case UInt8(ascii: "#") where previous == UInt8(ascii: " "): breaksPlain = true
                default: break
                }
                previous = byte
            }
            if nonASCII && !needsEscape {
                needsEscape = string.unicodeScalars.contains { !isPrintable($0) }
            }
            if hasNewline {
                // A block pays off for text with several lines; one line and its newline reads better quoted.
                var end = bytes.count
                while end > 0 && bytes[end - 1] == 0x0A { end -= 1 }
                let multiLine = bytes[..<end].contains(0x0A)
                return allowBlock && multiLine && !needsEscape && literalSafe(string) ? .literal : .doubleQuoted
            }
            if needsEscape { return .doubleQuoted }
            let last = bytes[bytes.count - 1]
            if breaksPlain || unsafeFirst.contains(first) || last == UInt8(ascii: " ") || last == UInt8(ascii: ":")
                || (bytes.count <= 5 && reservedWords.contains(String(decoding: bytes, as: UTF8.self).lowercased()))
            {
                return .singleQuoted
            }
            return .plain
        }
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
    private static let unsafeFirst: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@` =<.+0123456789~".utf8)

    /// Words a YAML 1.1 loader reads as booleans or null, compared in lower case.
    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"]

    /// Whether a literal block scalar preserves `string` exactly: no carriage return, a first line
    /// that sets the indentation (no leading space or newline), and no line ending in spaces (which
    /// editors strip and blank-looking lines blur).
    private static func literalSafe(_ string: String) -> Bool {
        if string.hasPrefix("\n") || string.hasPrefix(" ") || string.utf8.contains(0x0D) { return false }
        for line in string.split(separator: "\n", omittingEmptySubsequences: false) where line.last == " " {
            return false
        }
        return true
    }
}

