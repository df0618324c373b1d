/// A problem found in a template: what, where in the tree, and which Swift line made it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        /// Warnings before errors.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// The rule the finding breaks.
    public var rule: Rule
    public var severity: Severity
    public var message: String
    /// The path of the offending node in the template, for example `["Resources", "Web", "Properties"]`.
    public var path: [String]
    /// The Swift (or template file) location that produced the node, when known.
    public var location: SourceLocation?
    /// The nested stack whose template has the fault; nil for the template itself. A nested
    /// template's findings are its parent's, and this says which stack they are about.
    public var stack: StackPath?
    /// The name of the template behind ``stack`` (the nested template's), when there is one.
    public var stackTemplate: String?

    /// A finding of `rule`, with the rule's severity unless `severity` says otherwise (an
    /// ignored error reported as a warning).
    public init(
        rule: Rule, severity: Severity? = nil, message: String, path: [String] = [],
        location: SourceLocation? = nil
    ) {
        self.rule = rule
        self.severity = severity ?? rule.severity
        self.message = message
        self.path = path
        self.location = location
    }

    /// The message, preceded by the nested stack it is about when it is about one:
    /// `nested stack 'App/Queue' (queue): …`.
    public var qualifiedMessage: String {
        guard let stack else { return message }
        return "nested stack '\(stack)'\(stackTemplate.map { " (\($0))" } ?? ""): \(message)"
    }

    /// `file:line: error: message [rule] (at Resources.X)`.
    public var description: String { formatted() }

    /// ``description`` with the severity's label (`error:`, `warning:`) as `label` gives it: a
    /// terminal's report colours it.
    public func formatted(label: (Severity) -> String = { "\($0.rawValue):" }) -> String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(label(severity)) \(qualifiedMessage) [\(rule.id)]"
        if !path.isEmpty { text += " (at \(path.joined(separator: ".")))" }
        return text
    }
}
