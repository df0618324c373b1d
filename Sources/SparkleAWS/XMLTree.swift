import Foundation

/// A parsed XML element: name, text and children, enough to read AWS Query API responses.
struct XMLTree: Sendable {
    var name: String
    var text = ""
    var children: [XMLTree] = []

    /// The first child called `name`.
    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// The children called `name`.
    func all(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// The trimmed text of the child at `path`.
    func string(_ path: String...) -> String? {
        var node = self
        for name in path {
            guard let next = node.child(name) else { return nil }
            node = next
        }
        return node.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Parses `data`; nil when it is not well-formed XML (for example, cut short).
    static func parse(_ data: Data) -> XMLTree? {
        var reader = XMLReader(bytes: Array(data))
        return reader.document()
    }
}

/// A small XML reader for what AWS's Query and REST APIs answer: elements, attributes (skipped),
/// text with the predefined and numeric character references, CDATA, comments, processing
/// instructions. No DTDs: a `<!DOCTYPE` is not well-formed for this reader.
///
/// Written here instead of using FoundationXML, whose libxml2 (and its dependencies) every run of
/// the command line would otherwise load at start-up.
private struct XMLReader {
    let bytes: [UInt8]
    var position = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The document's root element, or nil if anything is malformed or left over.
    mutating func document() -> XMLTree? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        guard skipMisc() else { return nil }
        guard let root = element(depth: 0) else { return nil }
        guard skipMisc(), position == bytes.count else { return nil }
        return root
    }

    /// Skips white space, comments and processing instructions; false on a malformed one.
    private mutating func skipMisc() -> Bool {
        while position < bytes.count {
            if isSpace(bytes[position]) {
                position += 1
            } else if starts("<?") {
                guard skip(past: "?>") else { return false }
            } else if starts("<!--") {
                guard skip(past: "-->") else { return false }
            } else {
                break
            }
        }
        return true
    }

    private mutating func element(depth: Int) -> XMLTree? {
        guard depth < 256, position < bytes.count, bytes[position] == UInt8(ascii: "<") else { return nil }
        position += 1
        guard let name = name() else { return nil }
        var node = XMLTree(name: name)
        // Attributes: read past, honouring quotes so that a `>` inside one does not end the tag.
        while true {
            while position < bytes.count, isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count else { return nil }
            if starts("/>") {
                position += 2
                return node
            }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                break
            }
            guard self.name() != nil else { return nil }
            while position < bytes.count, isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { return nil }
            position += 1
            while position < bytes.count, isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else { return nil }
            let quote = bytes[position]
            position += 1
            while position < bytes.count, bytes[position] != quote { position += 1 }
            guard position < bytes.count else { return nil }
            position += 1
        }
        var text: [UInt8] = []
        while true {
            guard position < bytes.count else { return nil }
            if starts("</") {
                position += 2
                guard self.name() == name else { return nil }
                while position < bytes.count, isSpace(bytes[position]) { position += 1 }
                guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { return nil }
                position += 1
                node.text = String(decoding: text, as: UTF8.self)
                return node
            } else if starts("<![CDATA[") {
                position += 9
                let start = position
                guard skip(past: "]]>") else { return nil }
                text += bytes[start..<position - 3]
            } else if starts("<!--") {
                guard skip(past: "-->") else { return nil }
            } else if starts("<?") {
                guard skip(past: "?>") else { return nil }
            } else if bytes[position] == UInt8(ascii: "<") {
                guard let child = element(depth: depth + 1) else { return nil }
                node.children.append(child)
            } else if bytes[position] == UInt8(ascii: "&") {
                guard let scalar = reference() else { return nil }
                text += Array(String(scalar).utf8)
            } else {
                text.append(bytes[position])
                position += 1
            }
        }
    }

    /// An element or attribute name (with its prefix, as written).
    private mutating func name() -> String? {
        let start = position
        while position < bytes.count, !isSpace(bytes[position]), ![UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "<")].contains(bytes[position]) {
            position += 1
        }
        return position > start ? String(decoding: bytes[start..<position], as: UTF8.self) : nil
    }

    /// `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;`, `&#NN;` or `&#xHH;`.
    private mutating func reference() -> Unicode.Scalar? {
        guard let end = bytes[position...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { return nil }
        let body = String(decoding: bytes[(position + 1)..<end], as: UTF8.self)
        position = end + 1
        switch body {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard body.hasPrefix("#") else { return nil }
            let digits = body.dropFirst()
            let code = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return code.flatMap(Unicode.Scalar.init)
        }
    }

    private func starts(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pattern = UnsafeBufferPointer(start: text.utf8Start, count: count)
        return bytes[position..<position + count].elementsEqual(pattern)
    }

    /// Moves past the next `end`; false if there is none.
    private mutating func skip(past end: StaticString) -> Bool {
        while position < bytes.count {
            if starts(end) {
                position += end.utf8CodeUnitCount
                return true
            }
            position += 1
        }
        return false
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
