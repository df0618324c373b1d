import Foundation

/// Compiled schema patterns, each compiled once per process.
///
/// Registry patterns are written for ECMA/Python engines; ICU reads nearly all of them the same
/// way. A pattern ICU cannot compile (a Python-only construct) is skipped rather than guessed at,
/// so lint stays silent where it cannot judge.
final class Patterns: @unchecked Sendable {
    static let shared = Patterns()

    private let lock = NSLock()
    private var compiled: [String: NSRegularExpression?] = [:]

    /// The expression for `pattern`, or nil when ICU cannot compile it.
    func expression(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[pattern] { return known }
        let expression = try? NSRegularExpression(pattern: pattern)
        compiled[pattern] = expression
        return expression
    }
}
