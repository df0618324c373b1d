/// Swift identifiers for what a template names: a logical ID becomes a property name
/// (`WebServerGroup` → `webServerGroup`), a template name a constant (`web_stack` → `webStack`)
/// and a type (`WebStackTemplate`).
enum SwiftNames {
    /// `text`'s words, split at anything that is not a letter or digit and at lower-to-upper case
    /// changes: `VPCGatewayAttachment` is `VPC`, `Gateway`, `Attachment`.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            guard character.isASCII, character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            if let last = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let startsWord = (last.isLowercase || last.isNumber) && character.isUppercase
                    || last.isUppercase && character.isUppercase && (next?.isLowercase ?? false)
                if startsWord {
                    words.append(current)
                    current = ""
                }
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `webServerGroup`, a valid identifier (a leading digit gets `_`; a keyword is quoted).
    static func lowerCamel(_ text: String) -> String {
        let parts = words(text)
        guard let first = parts.first else { return "_" }
        let head = first.allSatisfy(\.isUppercase) ? first.lowercased() : first.prefix(1).lowercased() + first.dropFirst()
        var name = head + parts.dropFirst().map(capitalized).joined()
        if name.first?.isNumber == true { name = "_" + name }
        // `self`, `Type` and their kind mean something even quoted; any other keyword is quoted.
        if unquotable.contains(name) { return name + "_" }
        return keywords.contains(name) ? "`\(name)`" : name
    }

    /// `WebStack`, a valid type name.
    static func upperCamel(_ text: String) -> String {
        let name = words(text).map(capitalized).joined()
        return name.first?.isNumber == false ? name : "T" + name
    }

    private static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    /// Names that need backticks as a property name.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal",
        "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct",
        "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where", "while", "as", "false", "is", "nil",
        "self", "super", "throws", "true", "try", "Self", "Type", "Protocol", "Any", "await", "async", "some", "any",
    ]

    /// Keywords that stay special in backticks, as a member's name.
    static let unquotable: Set<String> = ["self", "Self", "Type", "Protocol", "init", "deinit", "subscript", "super"]

    /// Names that are each unique: `base`, then `base2`, `base3` for the ones that follow.
    struct Unique {
        private var used: Set<String>

        /// Unique names avoiding `reserved`.
        init(reserving reserved: Set<String> = []) { used = reserved }

        mutating func make(_ base: String) -> String {
            var candidate = base
            var count = 1
            while used.contains(candidate.lowercased()) {
                count += 1
                candidate = base.hasSuffix("`") ? "`\(base.dropFirst().dropLast())\(count)`" : "\(base)\(count)"
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }
}
