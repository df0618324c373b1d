import SparkleTree

/// Writes a tree as CloudFormation JSON: keys in tree order, `/` unescaped, numbers and booleans
/// as given, byte-identical for equal trees.
public enum JSONEmitter {
    public enum Style: Sendable {
        /// Two-space indentation, one key or element per line, a final newline.
        case pretty
        /// No whitespace at all.
        case minified
    }

    /// The JSON text of `value`.
    public static func string(_ value: Value, style: Style = .pretty) -> String {
        String(decoding: bytes(value, style: style), as: UTF8.self)
    }

    /// The UTF-8 bytes of the JSON text of `value`.
    public static func bytes(_ value: Value, style: Style = .pretty) -> [UInt8] {
        var writer = Writer(pretty: style == .pretty)
        writer.write(value, depth: 0)
        if style == .pretty { writer.out.append(UInt8(ascii: "\n")) }
        return writer.out
    }

    private struct Writer {
        let pretty: Bool
        var out: [UInt8] = []

        init(pretty: Bool) {
            self.pretty = pretty
            out.reserveCapacity(1 << 16)
        }

        mutating func newline(_ depth: Int) {
            guard pretty else { return }
            out.append(UInt8(ascii: "\n"))
            out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
        }

        mutating func write(_ value: Value, depth: Int) {
            switch value {
            case .string(let string): writeString(string)
            case .int(let int): out.append(contentsOf: String(int).utf8)
            case .double(let double): out.append(contentsOf: Self.format(double).utf8)
            case .number(let number): out.append(contentsOf: number.text.utf8)
            case .bool(let bool): out.append(contentsOf: (bool ? "true" : "false").utf8)
            case .null: out.append(contentsOf: "null".utf8)
            case .array(let elements):
                guard !elements.isEmpty else { return out.append(contentsOf: "[]".utf8) }
                out.append(UInt8(ascii: "["))
                for (index, element) in elements.enumerated() {
                    if index > 0 { out.append(UInt8(ascii: ",")) }
                    newline(depth + 1)
                    write(element, depth: depth + 1)
                }
                newline(depth)
                out.append(UInt8(ascii: "]"))
            case .object(let object):
                guard !object.isEmpty else { return out.append(contentsOf: "{}".utf8) }
                out.append(UInt8(ascii: "{"))
                var first = true
                for (key, child) in object {
                    if !first { out.append(UInt8(ascii: ",")) }
                    first = false
                    newline(depth + 1)
                    writeString(key)
                    out.append(UInt8(ascii: ":"))
                    if pretty { out.append(UInt8(ascii: " ")) }
                    write(child, depth: depth + 1)
                }
                newline(depth)
                out.append(UInt8(ascii: "}"))
            }
        }

        mutating func writeString(_ string: String) {
            out.append(UInt8(ascii: "\""))
            var string = string
            string.withUTF8 { bytes in
                // Copy runs that need no escaping in one go; most strings are a single run.
                var runStart = 0
                for index in 0..<bytes.count {
                    let byte = bytes[index]
                    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    appendEscape(byte)
                    runStart = index + 1
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            }
            out.append(UInt8(ascii: "\""))
        }

        mutating func appendEscape(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case 0x08: out.append(contentsOf: #"\b"#.utf8)
            case 0x0C: out.append(contentsOf: #"\f"#.utf8)
            default:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: #"\u00"#.utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }

        /// Shortest round-tripping decimal; integral values keep a `.0` so they stay floats.
        static func format(_ double: Double) -> String {
            guard double.isFinite else { return "null" }  // validation rejects non-finite numbers first
            return double.description
        }
    }
}
