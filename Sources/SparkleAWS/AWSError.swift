/// Why a call to AWS failed, in one line that names what was asked for and why it failed.
public struct AWSError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: String, Sendable {
        case noCredentials, noRegion, configuration
        case stackNotFound, accessDenied, badSignature, invalidCredentials
        case throttled, serverError, unreachable, timedOut, malformedResponse, requestFailed
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// Whether trying again may succeed: throttling, server errors, timeouts, lost connections and
    /// responses cut short.
    var isRetryable: Bool {
        switch kind {
        case .throttled, .serverError, .unreachable, .timedOut, .malformedResponse: true
        default: false
        }
    }
}
