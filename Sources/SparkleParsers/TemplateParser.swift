import SparkleTree

/// The two notations of a CloudFormation template.
public enum TemplateFormat: String, Sendable, CaseIterable {
    case json, yaml

    /// The format a file name implies (`.json`; `.yaml`/`.yml`), else nil.
    public init?(path: String) {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".json") {
            self = .json
        } else if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") {
            self = .yaml
        } else {
            return nil
        }
    }

    /// The format of a template: from its file name, else JSON when its first character (after any
    /// byte order mark and white space) is `{`, else YAML.
    public static func detect(path: String, bytes: some Collection<UInt8>) -> TemplateFormat {
        if let format = TemplateFormat(path: path) { return format }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes.dropFirst(0)
        let first = body.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        return first == UInt8(ascii: "{") ? .json : .yaml
    }
}

/// Reads CloudFormation templates from JSON or YAML into the long-form tree.
///
/// YAML short forms become their long form (`!GetAtt a.b.c` is `{"Fn::GetAtt": ["a", "b.c"]}`);
/// keys keep their order; every key records its line and column. YAML anchors, aliases and merge
/// keys are expanded, with warnings (CloudFormation refuses them). Duplicate keys, invalid UTF-8 and
/// nesting deeper than 256 levels are errors.
public enum TemplateParser {
    /// Parses `bytes`, named `file` in errors, as `format` (by default: from the file name, else
    /// JSON when the text starts with `{`, else YAML).
    public static func parse(_ bytes: [UInt8], file: String, format: TemplateFormat? = nil) throws(ParseError) -> Value {
        var notes: [Diagnostic] = []
        return try parse(bytes, file: file, format: format, notes: &notes)
    }

    /// Parses like ``parse(_:file:format:)``, and adds the warnings reading gave to `notes`:
    /// YAML anchors, aliases and merge keys, which were expanded.
    public static func parse(_ bytes: [UInt8], file: String, format: TemplateFormat? = nil, notes: inout [Diagnostic]) throws(ParseError) -> Value {
        let text = try decodeUTF8(bytes, file: file)
        let resolved = format ?? TemplateFormat.detect(path: file, bytes: text)
        switch resolved {
        case .json: return try JSONParser.parse(Array(text), file: file)
        case .yaml:
            let (value, warnings) = try YAMLLoader.load(String(decoding: text, as: UTF8.self), file: file)
            notes += warnings
            return value
        }
    }

    /// Parses a template: like ``parse(_:file:format:)``, and the root must be a mapping.
    public static func parseTemplate(_ bytes: [UInt8], file: String, format: TemplateFormat? = nil) throws(ParseError)
        -> Object
    {
        var notes: [Diagnostic] = []
        return try parseTemplate(bytes, file: file, format: format, notes: &notes)
    }

    /// Parses a template like ``parseTemplate(_:file:format:)``, and adds the warnings reading gave to `notes`.
    public static func parseTemplate(_ bytes: [UInt8], file: String, format: TemplateFormat? = nil, notes: inout [Diagnostic]) throws(ParseError)
        -> Object
    {
        guard case .object(let root) = try parse(bytes, file: file, format: format, notes: &notes) else {
            throw ParseError(file: file, line: 1, column: 1, message: "a template must be a mapping (object) at its root")
        }
        return root
    }

    /// The bytes without a UTF-8 byte order mark, after checking they are valid UTF-8.
    static func decodeUTF8(_ bytes: [UInt8], file: String) throws(ParseError) -> ArraySlice<UInt8> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // The standard library's validator is fast; walk byte by byte only to say where it failed.
        if String(validating: body, as: UTF8.self) != nil { return body }
        var index = body.startIndex
        var line = 1
        var lineStart = index
        while index < body.endIndex {
            let byte = body[index]
            if byte < 0x80 {
                if byte == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0
            var valid = length > 0 && index + length <= body.endIndex
            if valid {
                for offset in 1..<length where body[index + offset] & 0xC0 != 0x80 { valid = false }
            }
            if valid, String(validating: body[index..<index + length], as: UTF8.self) == nil { valid = false }
            guard valid else {
                throw ParseError(
                    file: file, line: line, column: index - lineStart + 1,
                    message: "the file is not valid UTF-8 (byte 0x\(String(byte, radix: 16)) at offset \(index - body.startIndex))")
            }
            index += length
        }
        return body
    }
}
