/// Which rules a template turns off for itself, and for which findings: the one mechanism behind
/// `lint --ignore`, `compile --ignore` and the `Metadata` opt-outs.
///
/// `Metadata` may name Sparkle rules (`Sparkle: {IgnoreChecks: [...]}`) or cfn-lint rules and
/// prefixes (`cfn-lint: {config: {ignore_checks: [...]}}`), which turn off their Sparkle
/// counterparts; the template's applies to every finding, a resource's to findings about it.
public struct RuleIgnores: Sendable {
    private let tree: Object
    private let global: Set<String>

    /// The ignores of `tree`, plus `rules` given for the run (in any case).
    public init(tree: Object, rules: some Sequence<String> = []) {
        self.tree = tree
        global = Set(rules.map { $0.uppercased() }).union(Self.ignored(in: tree["Metadata"]))
    }

    /// Whether `diagnostic` is a finding of a rule turned off where it was found.
    public func ignores(_ diagnostic: Diagnostic) -> Bool {
        if global.contains(diagnostic.rule.id) { return true }
        guard diagnostic.path.count >= 2, diagnostic.path[0] == "Resources" else { return false }
        let resource = tree["Resources"]?.objectValue?[diagnostic.path[1]]?.objectValue
        return Self.ignored(in: resource?["Metadata"]).contains(diagnostic.rule.id)
    }

    /// The rules a `Metadata` value turns off.
    static func ignored(in metadata: Value?) -> Set<String> {
        let sparkle = metadata?.objectValue?["Sparkle"]?.objectValue?["IgnoreChecks"]?.arrayValue ?? []
        let cfnLint = metadata?.objectValue?["cfn-lint"]?.objectValue?["config"]?.objectValue?["ignore_checks"]?.arrayValue ?? []
        let checks = cfnLint.compactMap(\.stringValue)
        let translated = SparkleTree.Rule.all.filter { rule in checks.contains { rule.isIgnored(byCfnLintCheck: $0) } }.map(\.id)
        return Set(sparkle.compactMap(\.stringValue)).union(translated)
    }

    /// The first of `rules` (in any case) that is no rule Sparkle has; nil when all are.
    public static func unknownRule(in rules: [String]) -> UnknownRule? {
        let known = Set(SparkleTree.Rule.all.map(\.id))
        guard let rule = rules.first(where: { !known.contains($0.uppercased()) }) else { return nil }
        return UnknownRule(given: rule, suggestion: closestMatch(to: rule.uppercased(), in: known))
    }
}

/// A rule ID that names no rule, with the nearest one when there is one.
public struct UnknownRule: Sendable, Equatable {
    public let given: String
    public let suggestion: String?
}
