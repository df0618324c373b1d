/// A problem found in a template: what, where in the tree, and which Swift line made it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// A stable rule identifier, for example `E3001`.
    public var rule: String
    public var severity: Severity
    public var message: String
    /// The path of the offending node in the template, for example `["Resources", "Web", "Properties"]`.
    public var path: [String]
    /// The Swift (or template file) location that produced the node, when known.
    public var location: SourceLocation?

    public init(
        rule: String, severity: Severity = .error, message: String, path: [String] = [],
        location: SourceLocation? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.path = path
        self.location = location
    }

    /// `file:line: error: message [rule] (at Resources.X)`.
    public var description: String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(severity.rawValue): \(message) [\(rule)]"
        if !path.isEmpty { text += " (at \(path.joined(separator: ".")))" }
        return text
    }
}
