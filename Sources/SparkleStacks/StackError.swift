import SparkleAWS

/// Why a stack operation did not do what was asked, in words that say what to do next.
public struct StackError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable {
        /// Bad input found before anything was sent: a missing parameter, a template too large
        /// without a bucket, a stack that exists for `create`.
        case usage
        /// The stack (or change set) named does not exist.
        case stackNotFound
        /// The change set failed for a reason other than "no changes".
        case changeSetFailed
        /// The operation ran and failed, or the stack is in a state that does not allow it.
        case operationFailed
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The error of an AWS call, in the kind a command line maps to its exit code.
    public init(_ error: AWSError) {
        switch error.kind {
        case .stackNotFound, .changeSetNotFound: self.init(.stackNotFound, error.message)
        // Found out only when the first call needs credentials: still the caller's set-up.
        case .noCredentials, .noRegion, .configuration: self.init(.usage, error.message)
        default: self.init(.operationFailed, error.message)
        }
    }

    public var description: String { message }
}
