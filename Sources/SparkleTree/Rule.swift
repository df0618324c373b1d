/// A check a template goes through: a stable ID, a one-line summary, and how its findings count.
///
/// Each rule is declared once, as a static constant beside the check that reports it; the
/// validators list their checks with the rules each reports, and `Rule.all` (in `Sparkle`) is
/// made from those lists.
public struct Rule: Sendable, Hashable, CustomStringConvertible {
    /// The rule's number, for example `E3001`: `E` for errors, `W` for warnings.
    public let id: String
    public let summary: String
    /// How a finding of this rule counts.
    public let severity: Diagnostic.Severity
    /// The cfn-lint rules that report the same faults, measured on the agreement fixtures. A
    /// template's `Metadata: {cfn-lint: {config: {ignore_checks: [...]}}}` names cfn-lint rules,
    /// so Sparkle skips a rule when any of these is ignored there.
    public let cfnLint: [String]

    /// A rule; its severity is read from its ID's letter (`E` fails, `W` and `I` warn).
    public init(_ id: String, _ summary: String, cfnLint: [String] = []) {
        self.id = id
        self.summary = summary
        self.severity = id.hasPrefix("E") ? .error : .warning
        self.cfnLint = cfnLint
    }

    public var description: String { id }

    /// Whether a cfn-lint `ignore_checks` entry (a rule ID or a prefix such as `E30`) covers this rule.
    public func isIgnored(byCfnLintCheck check: String) -> Bool {
        cfnLint.contains { $0.hasPrefix(check) }
    }

    // Rules are compared by ID: a summary reworded stays the same rule.
    public static func == (lhs: Rule, rhs: Rule) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

extension Rule {
    public static let parse = Rule("E0000", "The file is valid UTF-8 JSON or YAML, without duplicate keys", cfnLint: ["E0000"])
    public static let yamlAlias = Rule("W9003", "YAML anchors and aliases are expanded as cfn-lint reads them, but CloudFormation refuses them")
    public static let yamlMergeKey = Rule("W1100", "YAML merge keys (<<) are expanded as cfn-lint reads them, but CloudFormation refuses them", cfnLint: ["W1100"])
    public static let looseJSON = Rule("W9002", "A .json file is strict JSON (text that only YAML accepts is read as YAML)")
    public static let input = Rule("E9001", "A compile-time input is missing, malformed or not allowed")
    public static let duplicate = Rule("E9012", "A logical ID is declared twice in one layer (two dynamics, two declarations)")
    public static let dynamicHandle = Rule("E9013", "A dynamic's handle names a resource the dynamic did not create")
    public static let nesting = Rule(
        "E9014", "Nested stacks: overrides name parameters of the nested template, wiring by name is unambiguous, Outputs.X names an output the nested template has, no template nests itself")
    public static let composition = Rule(
        "E9015", "Composition: components loaded together are different declarations only under different names, and no template inherits from itself")
    public static let builtin = Rule("E9016", "Built-in dynamics: a built-in named at run time names exactly one resource type")

    /// The rules of the stages before validation: reading files, compile-time inputs, the DSL's
    /// composition and nesting.
    public static let pipeline: [Rule] = [.parse, .yamlAlias, .yamlMergeKey, .looseJSON, .input, .duplicate, .dynamicHandle, .nesting, .composition, .builtin]
}
