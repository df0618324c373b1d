import Foundation
import Sparkle

#if canImport(Glibc)
import Glibc
#endif

/// ANSI colours, used only where a person sees them: on a terminal (not `TERM=dumb`), unless
/// `NO_COLOR` is set or `--no-color` given. The one decision every command makes the same way.
enum TerminalColor: String {
    case red = "31", green = "32", yellow = "33", blue = "34", bold = "1", dim = "2"

    /// Whether `descriptor` is a terminal that shows escapes.
    static func isTerminal(_ descriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        isatty(descriptor) == 1 && environment["TERM"] != "dumb"
    }

    /// Whether to colour what goes to `descriptor`.
    static func enabled(
        for descriptor: Int32, disabled: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Bool {
        isTerminal(descriptor, environment: environment) && !disabled && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// Green for added, red for removed, yellow for modified.
    static func marking(_ kind: TemplateDiff.EntryChange.Kind) -> TerminalColor {
        switch kind {
        case .added: .green
        case .removed: .red
        case .modified: .yellow
        }
    }

    func paint(_ text: String) -> String { "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" }

    /// Whether standard error is coloured, decided once per process.
    static let onStandardError = enabled(for: STDERR_FILENO)

    /// `text` with its first `error:` (or argument-parser's `Error:`) in red or `warning:` in yellow, when
    /// standard error is coloured.
    static func labelled(_ text: String) -> String {
        guard onStandardError else { return text }
        for (label, color) in [("error:", TerminalColor.red), ("Error:", .red), ("warning:", .yellow)] {
            if let range = text.range(of: label), range.lowerBound == text.startIndex || text[text.index(before: range.lowerBound)] == " " {
                return text.replacingCharacters(in: range, with: color.paint(label))
            }
        }
        return text
    }
}
