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
        // Compiled outside the lock, as schemas are parsed (see ResourceSchemas.schema(for:)).
        lock.lock()
        let known = compiled[pattern]
        lock.unlock()
        if let known { return known }
        let expression = try? NSRegularExpression(pattern: pattern)
        lock.lock()
        defer { lock.unlock() }
        if let first = compiled[pattern] { return first }
        compiled[pattern] = expression
        return expression
    }
}
