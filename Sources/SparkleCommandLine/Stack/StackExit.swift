import ArgumentParser
import Sparkle
import SparkleStacks

/// The exit codes of `sparkle stack` commands, one per outcome.
enum StackExit {
    /// The operation failed (or, with `--fail-on-changes`, there are changes).
    static let failed = ExitCode(1)
    /// Usage or local validation error: nothing was sent.
    static let usage = ExitCode(2)
    /// The stack (or change set) does not exist.
    static let notFound = ExitCode(3)
    /// Confirmation was needed (no terminal, no `--yes`) or declined.
    static let confirmation = ExitCode(4)
    /// Gave up waiting (`--wait-timeout`); the operation goes on.
    static let gaveUp = ExitCode(5)
    /// The change set failed for a reason other than "no changes".
    static let changeSetFailed = ExitCode(6)

    /// The help text that lists them, for `--help`.
    static let summary = """
        Exit codes: 0 success or no changes; 1 the operation failed; 2 usage or local validation error; \
        3 stack not found; 4 confirmation needed or declined; 5 gave up waiting; 6 change set failed.
        """

    /// The code for a failed operation of kind `kind`.
    static func code(for kind: StackError.Kind) -> ExitCode {
        switch kind {
        case .usage: usage
        case .stackNotFound: notFound
        case .changeSetFailed: changeSetFailed
        case .operationFailed: failed
        }
    }
}
