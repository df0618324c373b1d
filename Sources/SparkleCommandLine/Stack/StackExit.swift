import ArgumentParser
import Sparkle
import SparkleStacks

/// The exit codes of `sparkle stack` commands, one per outcome; the codes of every other command
/// are the first of them (0, 1, 2), with the same meanings.
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

    /// Every command's codes, for `sparkle --help`.
    static let table = """
        Exit codes, for every command: 0 success (no findings, no changes); 1 findings (lint errors, a template \
        that does not parse or compile, a --check difference, a failed build in watch) or the operation failed; \
        2 usage or input error (a bad option or argument, an unknown template or rule, a missing or unreadable file, \
        a directory where a file is expected): nothing was written or sent; \
        3 stack not found; 4 confirmation needed or declined; 5 gave up waiting; \
        6 change set failed; 130 Ctrl-C while a stack command waited; 141 standard output closed.
        """

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
        case .operationFailed, .invalidTemplate: failed
        }
    }
}
