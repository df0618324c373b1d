import CYaml
import SparkleTree

/// The comments of a YAML document, found with libyaml's scanner: a `#` that no token covers.
///
/// The tree holds no comments, so a tool that rewrites YAML uses this to say what it would drop.
public enum YAMLComments {
    /// The 1-based line of each comment, in order; empty for JSON, a document without comments,
    /// or text the scanner cannot read (the parser reports that).
    public static func lines(in bytes: [UInt8]) -> [Int] {
        guard bytes.contains(UInt8(ascii: "#")) else { return [] }
        // libyaml's marks count characters, not bytes.
        let characters = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return [] }
        defer { yaml_parser_delete(&parser) }
        var found: [Int] = []
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var previousEnd = 0
            var line = 1
            while true {
                var token = yaml_token_t()
                guard yaml_parser_scan(&parser, &token) == 1 else { break }
                let start = min(Int(token.start_mark.index), characters.count)
                let end = min(Int(token.end_mark.index), characters.count)
                let isEnd = token.type == YAML_STREAM_END_TOKEN
                yaml_token_delete(&token)
                var index = previousEnd
                var inComment = false
                while index < (isEnd ? characters.count : start) {
                    let character = characters[index]
                    if character == "\n" {
                        line += 1
                        inComment = false
                    } else if character == "#", !inComment {
                        inComment = true
                        found.append(line)
                    }
                    index += 1
                }
                // Lines inside the token itself (block scalars, multi-line flow text).
                for character in characters[min(index, end)..<end] where character == "\n" { line += 1 }
                previousEnd = max(previousEnd, end)
                if isEnd { break }
            }
        }
        return found
    }
}
