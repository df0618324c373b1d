import SparkleTree

/// Why a file could not be read as a CloudFormation template: what was wrong, and where.
public struct ParseError: Error, CustomStringConvertible, Sendable, Equatable {
    public let file: String
    /// 1-based line and column of the problem.
    public let line: Int
    public let column: Int
    public let message: String

    /// The error `message` at `file:line:column`.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }

    /// This error as a diagnostic, for reports that mix parse errors with template findings.
    public var diagnostic: Diagnostic {
        Diagnostic(
            rule: .parse, message: message, location: SourceLocation(file: file, line: line, column: column))
    }
}

/// The deepest nesting a document may have, in both formats. CloudFormation templates come nowhere
/// near it, and it keeps hostile input from exhausting the stack of any thread that reads, checks
/// or writes the tree (fuzzing overflowed an 8 MiB stack at libyaml's own limit of 1,000).
let maximumDepth = 256
