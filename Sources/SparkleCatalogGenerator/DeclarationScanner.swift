/// A constant the generated catalog hands to `CatalogCollector.add`.
struct Declaration {
    /// How the generated file names it: `web`, or `Stacks.web` for a static member.
    var reference: String
    var file: String
    var line: Int
    /// The `#if` conditions it is declared under, outermost first.
    var conditions: [String]
}

/// Finds the constants of a file that the catalog may list: top-level `let`s, and `static let`s
/// (or computed `static var`s) of types declared at the top level. Whatever sits in a function,
/// closure or initializer body is local and skipped.
struct DeclarationScanner {
    private let tokens: [Token]
    private let file: String
    private(set) var found: [Declaration] = []
    /// `FILE:LINE:COLUMN: error: …` lines for catalog entries the generated file cannot reach.
    private(set) var problems: [String] = []

    /// The catalog's kinds: a declaration whose type annotation or initializer names one of them
    /// must be reachable.
    static let kinds: Set<String> = ["Template", "Component", "Dynamic", "Registry"]
    static let modifiers: Set<String> = [
        "public", "private", "fileprivate", "internal", "package", "open", "static", "class", "final", "nonisolated",
        "lazy", "dynamic", "override", "unowned", "weak", "required", "convenience", "mutating", "nonmutating",
    ]

    private enum Scope {
        /// A type's body: its qualified name, and whether its statics can be named from another file.
        case type(path: String, reachable: Bool)
        /// Any other braces: function bodies, closures, accessors.
        case other
    }

    private var position = 0
    private var scopes: [Scope] = []
    /// Per open `#if`: the conditions of its earlier branches, and the current branch's.
    private var directives: [(earlier: [String], current: String)] = []
    private var modifiers: [String] = []
    private var attributes: [String] = []
    /// A type declaration whose `{` has not come yet.
    private var pendingType: (path: String, reachable: Bool)?
    private var parenthesisDepth = 0

    init(tokens: [Token], file: String) {
        self.tokens = tokens
        self.file = file
    }

    private var current: Token? { position < tokens.count ? tokens[position] : nil }
    private func token(_ offset: Int) -> Token? { position + offset < tokens.count ? tokens[position + offset] : nil }

    mutating func scan() {
        while let token = current {
            switch token.kind {
            case .directive(let condition):
                directive(token.text, condition)
                position += 1
            case .symbol where token.text == "@":
                // An attribute, with its arguments: `@MainActor`, `@available(…)`.
                position += 1
                if let name = current, name.kind == .word {
                    attributes.append(name.text)
                    position += 1
                    if current?.isSymbol("(") == true { skipBalanced() }
                }
            case .symbol:
                symbol(token.text)
                position += 1
            case .word where Self.modifiers.contains(token.text) && !isTypeKeyword(at: position):
                modifiers.append(token.text)
                position += 1
                // `private(set)`, `nonisolated(unsafe)`
                if current?.isSymbol("(") == true { skipBalanced() }
            case .word where ["let", "var"].contains(token.text):
                declaration(isLet: token.text == "let")
            case .word where isTypeKeyword(at: position):
                typeDeclaration()
            default:
                clearModifiers()
                position += 1
            }
        }
    }

    private mutating func clearModifiers() {
        modifiers = []
        attributes = []
    }

    private mutating func symbol(_ text: String) {
        switch text {
        case "{":
            if let type = pendingType, parenthesisDepth == 0 {
                scopes.append(.type(path: type.path, reachable: type.reachable))
            } else {
                scopes.append(.other)
            }
            pendingType = nil
        case "}":
            _ = scopes.popLast()
        case "(", "[":
            parenthesisDepth += 1
        case ")", "]":
            parenthesisDepth = max(0, parenthesisDepth - 1)
        default:
            break
        }
        clearModifiers()
    }

    private mutating func directive(_ name: String, _ condition: String) {
        switch name {
        case "#if": directives.append((earlier: [], current: condition))
        case "#elseif":
            if var top = directives.popLast() {
                top.earlier.append(top.current)
                top.current = condition
                directives.append(top)
            }
        case "#else":
            if var top = directives.popLast() {
                top.earlier.append(top.current)
                top.current = ""
                directives.append(top)
            }
        default: _ = directives.popLast()
        }
    }

    /// The `#if` conditions in force, each a condition the generated file can repeat.
    private var conditions: [String] {
        directives.map { level in
            let negated = level.earlier.map { "!(\($0))" }
            return (negated + (level.current.isEmpty ? [] : ["(\(level.current))"])).joined(separator: " && ")
        }
    }

    private func isTypeKeyword(at index: Int) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word,
            ["struct", "enum", "class", "actor", "extension", "protocol"].contains(tokens[index].text),
            index + 1 < tokens.count, tokens[index + 1].kind == .word
        else { return false }
        // `class func`, `class var`: a modifier.
        return !["func", "var", "let", "subscript", "init", "deinit", "override", "final"].contains(tokens[index + 1].text)
    }

    private mutating func typeDeclaration() {
        let keyword = current!.text
        let isPrivate = modifiers.contains("private") || modifiers.contains("fileprivate")
        position += 1
        var name = current!.text
        position += 1
        while current?.isSymbol(".") == true, let part = token(1), part.kind == .word {
            name += "." + part.text
            position += 2
        }
        // A generic type's statics cannot be named without its parameters, nor a protocol's.
        var reachable = !isPrivate && keyword != "protocol" && current?.isSymbol("<") != true
        // Up to the body: a `where` clause makes an extension's statics unnameable too.
        var lookahead = position
        while lookahead < tokens.count, !tokens[lookahead].isSymbol("{") {
            if tokens[lookahead].isWord("where") { reachable = false }
            lookahead += 1
        }
        var path = name
        switch scopes.last {
        case nil: break
        case .type(let outer, let outerReachable)?:
            path = outer + "." + name
            reachable = reachable && outerReachable
        case .other?:
            reachable = false  // a type local to a function
        }
        pendingType = (path, reachable)
        clearModifiers()
    }

    private mutating func declaration(isLet: Bool) {
        let isStatic = modifiers.contains("static") || modifiers.contains("class")
        let isPrivate = modifiers.contains("private") || modifiers.contains("fileprivate")
        // A global actor's constant cannot be read from the catalog's nonisolated code.
        let isolated = attributes.contains { $0.hasSuffix("Actor") }
        let owner: (path: String?, reachable: Bool)?
        switch scopes.last {
        case nil: owner = (nil, true)
        case .type(let path, let reachable)? where isStatic: owner = (path, reachable)
        default: owner = nil
        }
        clearModifiers()
        position += 1
        guard let owner, parenthesisDepth == 0 else { return }
        let depth = scopes.count
        // One binding, then more after commas: `let a = …, b = …`.
        while let nameToken = current, nameToken.kind == .word {
            position += 1
            var kind: String?
            var isComputed = false
            if current?.isSymbol(":") == true {
                position += 1
                kind = catalogKind()
                // The annotation runs to `=`, to a computed body, or to the next declaration.
                while let next = current, !next.isSymbol("="), !next.isSymbol("{"), !next.isSymbol(","),
                    !(next.kind == .word && (["let", "var", "func"].contains(next.text) || Self.modifiers.contains(next.text)))
                {
                    if next.isSymbol("<") || next.isSymbol("(") || next.isSymbol("[") { skipBalanced() } else { position += 1 }
                }
                isComputed = !isLet && current?.isSymbol("{") == true
            }
            var plainlyNoEntry = false
            if current?.isSymbol("=") == true {
                position += 1
                kind = kind ?? catalogKind()
                plainlyNoEntry = kind == nil && initializerIsPlainlyNoEntry()
            }
            let reference = owner.path.map { "\($0).\(nameToken.text)" } ?? nameToken.text
            let reachable = owner.reachable && !isPrivate && !isolated && (isLet || isComputed)
            if reachable && !plainlyNoEntry {
                found.append(Declaration(reference: reference, file: file, line: nameToken.line, conditions: conditions))
            } else if let kind {
                let why =
                    isPrivate ? "is private or fileprivate"
                    : !owner.reachable ? "belongs to a type the catalog cannot name (private, generic or local)"
                    : isolated ? "is isolated to a global actor" : "is a stored var"
                let fix = (isLet || isComputed) ? "make it internal or public" : "declare it with let"
                problems.append(
                    "\(file):\(nameToken.line):\(nameToken.column): error: '\(reference)' is a \(kind) that the catalog cannot list: it \(why); \(fix)"
                )
            }
            // Past the initializer to a comma that starts the next binding, at this depth only.
            guard skipInitializer(depth: depth) else { return }
        }
    }

    /// The catalog kind named at `position` (`Template`, `Sparkle.Template`, `try Template`), if any.
    private mutating func catalogKind() -> String? {
        var offset = 0
        while let word = token(offset), word.isWord("try") || word.isWord("await") { offset += 1 }
        if token(offset)?.isWord("Sparkle") == true, token(offset + 1)?.isSymbol(".") == true { offset += 2 }
        guard let word = token(offset), word.kind == .word, Self.kinds.contains(word.text) else { return nil }
        return word.text
    }

    /// Whether the initializer at `position` is a literal or one of the DSL's other building
    /// blocks (`Resource(…)`, `Parameter(…)`…): left out of the generated file, so that a module of
    /// a thousand resource constants does not make a thousand calls for the type checker to resolve.
    private func initializerIsPlainlyNoEntry() -> Bool {
        guard let head = current else { return false }
        if head.kind == .literal || head.isSymbol("[") || head.isSymbol("-") { return true }
        guard head.kind == .word else { return false }
        return Self.otherBlocks.contains(head.text) && (token(1)?.isSymbol("(") == true || token(1)?.isSymbol("{") == true)
            || ["true", "false", "nil"].contains(head.text)
    }

    static let otherBlocks: Set<String> = ["Resource", "Parameter", "Output", "Input", "Mapping", "Condition", "Nest", "Property", "Ref"]

    /// Scans the rest of a binding's initializer (updating scopes as `scan` does); true when it
    /// ends at a comma that opens another binding.
    private mutating func skipInitializer(depth: Int) -> Bool {
        let startParentheses = parenthesisDepth
        while let token = current {
            if scopes.count == depth, parenthesisDepth == startParentheses {
                if token.isSymbol(","), let name = self.token(1), name.kind == .word,
                    let after = self.token(2), after.isSymbol("=") || after.isSymbol(":")
                {
                    position += 1
                    return true
                }
                if token.kind == .word && (["let", "var", "func", "init"].contains(token.text) || Self.modifiers.contains(token.text)
                    || isTypeKeyword(at: position)) || token.kind != .word && token.kind != .symbol && token.kind != .literal
                {
                    return false  // the next declaration (or a directive): `scan` goes on from here
                }
            }
            if token.kind == .symbol, token.text == "}", scopes.count == depth { return false }
            if token.kind == .symbol { symbol(token.text) }
            position += 1
        }
        return false
    }

    /// Skips a balanced group that opens at `position`: `( … )`, `[ … ]` or a generic `< … >`.
    private mutating func skipBalanced() {
        guard let open = current?.text, let close = ["(": ")", "[": "]", "<": ">"][open] else { return }
        var depth = 0
        while let token = current {
            position += 1
            if token.isSymbol(open) { depth += 1 }
            if token.isSymbol(close) {
                depth -= 1
                if depth == 0 { return }
            }
        }
    }
}
