import Foundation

/// One token of Swift source, as much as finding declarations needs: words (identifiers and
/// keywords, backticks kept), single punctuation characters, compiler-control directives with
/// their condition, and literals (whose content does not matter here).
struct Token: Equatable {
    enum Kind: Equatable {
        case word
        case symbol
        /// `#if`, `#elseif`, `#else` or `#endif`; `text` is the directive, `condition` its rest of line.
        case directive(condition: String)
        case literal
    }

    var kind: Kind
    var text: String
    var line: Int
    var column: Int

    func isSymbol(_ character: String) -> Bool { kind == .symbol && text == character }
    func isWord(_ word: String) -> Bool { kind == .word && text == word }
}

/// Splits Swift source into ``Token``s, skipping comments (nested block comments too) and string
/// literals of every form: single-line, multi-line, raw (`#"…"#`), with interpolations that hold
/// strings of their own.
struct Tokenizer {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(text: String) { bytes = Array(text.utf8) }

    mutating func tokens() -> [Token] {
        var tokens: [Token] = []
        while let token = next() { tokens.append(token) }
        return tokens
    }

    private func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private mutating func advance() {
        if bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        index += 1
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte >= 0x80
    }

    mutating func next() -> Token? {
        while let byte = peek() {
            let column = index - lineStart + 1
            let startLine = line
            func token(_ kind: Token.Kind, from start: Int) -> Token {
                Token(kind: kind, text: String(decoding: bytes[start..<index], as: UTF8.self), line: startLine, column: column)
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                advance()
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"):
                while let next = peek(), next != UInt8(ascii: "\n") { advance() }
            case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "*"):
                skipBlockComment()
            case UInt8(ascii: "\""):
                skipString(hashes: 0)
                return Token(kind: .literal, text: "\"", line: startLine, column: column)
            case UInt8(ascii: "#"):
                var hashes = 0
                while peek(hashes) == UInt8(ascii: "#") { hashes += 1 }
                if peek(hashes) == UInt8(ascii: "\"") {
                    for _ in 0..<hashes { advance() }
                    skipString(hashes: hashes)
                    return Token(kind: .literal, text: "\"", line: startLine, column: column)
                }
                let start = index
                advance()
                while let next = peek(), Self.isWordByte(next) { advance() }
                let word = String(decoding: bytes[start..<index], as: UTF8.self)
                guard ["#if", "#elseif", "#else", "#endif"].contains(word) else { return token(.word, from: start) }
                let conditionStart = index
                while let next = peek(), next != UInt8(ascii: "\n") {
                    if next == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "/") || peek(1) == UInt8(ascii: "*") { break }
                    advance()
                }
                let condition = String(decoding: bytes[conditionStart..<index], as: UTF8.self)
                return Token(kind: .directive(condition: condition.trimmingCharacters(in: .whitespaces)), text: word, line: startLine, column: column)
            case UInt8(ascii: "`"):
                let start = index
                advance()
                while let next = peek(), next != UInt8(ascii: "`"), next != UInt8(ascii: "\n") { advance() }
                if peek() == UInt8(ascii: "`") { advance() }
                return token(.word, from: start)
            case _ where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
                let start = index
                while let next = peek(), Self.isWordByte(next) || next == UInt8(ascii: ".") && peek(1).map(Self.isWordByte) == true {
                    advance()
                }
                return token(.literal, from: start)
            case _ where Self.isWordByte(byte) || byte == UInt8(ascii: "$"):
                let start = index
                advance()
                while let next = peek(), Self.isWordByte(next) { advance() }
                return token(.word, from: start)
            default:
                let start = index
                advance()
                return token(.symbol, from: start)
            }
        }
        return nil
    }

    private mutating func skipBlockComment() {
        var depth = 0
        while peek() != nil {
            if peek() == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                depth += 1
                advance()
                advance()
            } else if peek() == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") {
                depth -= 1
                advance()
                advance()
                if depth == 0 { return }
            } else {
                advance()
            }
        }
    }

    /// Skips a string literal whose opening `#`s are consumed and whose first quote is at `index`.
    private mutating func skipString(hashes: Int) {
        let multiline = peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"")
        let quotes = multiline ? 3 : 1
        for _ in 0..<quotes { advance() }
        while let byte = peek() {
            if byte == UInt8(ascii: "\\"), (0..<hashes).allSatisfy({ peek(1 + $0) == UInt8(ascii: "#") }) {
                for _ in 0...hashes { advance() }
                if peek() == UInt8(ascii: "(") {
                    skipInterpolation()
                } else if peek() != nil {
                    advance()
                }
            } else if byte == UInt8(ascii: "\""), (0..<quotes).allSatisfy({ peek($0) == UInt8(ascii: "\"") }),
                (0..<hashes).allSatisfy({ peek(quotes + $0) == UInt8(ascii: "#") })
            {
                for _ in 0..<(quotes + hashes) { advance() }
                return
            } else if byte == UInt8(ascii: "\n"), !multiline {
                return  // unterminated: the compiler will say so
            } else {
                advance()
            }
        }
    }

    /// Skips `( … )` inside a string, which may hold strings and parentheses of its own.
    private mutating func skipInterpolation() {
        advance()  // (
        var depth = 1
        while depth > 0, let token = next() {
            if token.isSymbol("(") { depth += 1 }
            if token.isSymbol(")") { depth -= 1 }
        }
    }
}
