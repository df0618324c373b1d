/// Why a call to AWS failed, in one line that names what was asked for and why it failed.
public struct AWSError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Kind: String, Sendable {
        case noCredentials, noRegion, configuration
        case stackNotFound, accessDenied, badSignature, invalidCredentials
        case throttled, serverError, unreachable, timedOut, malformedResponse, requestFailed
        /// A stack of that name already exists (`AlreadyExistsException`).
        case alreadyExists
        /// The update would change nothing (`No updates are to be performed.`).
        case noUpdates
        /// The template needs capabilities that were not acknowledged.
        case insufficientCapabilities
        /// The change set named does not exist.
        case changeSetNotFound
        /// The stack or change set is in a state that does not allow the call.
        case invalidState
        /// CloudFormation rejected the request (`ValidationError` and the like).
        case validation
    }

    public let kind: Kind
    public let message: String
    /// The error code the service answered (`ValidationError`, `Throttling`, …), when it answered one.
    public let code: String?
    /// The service's own message, without Sparkle's context.
    public let serverMessage: String?

    /// An error of `kind`, saying `message`; `code` and `serverMessage` are the service's own.
    public init(_ kind: Kind, _ message: String, code: String? = nil, serverMessage: String? = nil) {
        self.kind = kind
        self.message = message
        self.code = code
        self.serverMessage = serverMessage
    }

    public var description: String { message }

    /// Whether trying again may succeed: throttling, server errors, timeouts, lost connections and
    /// responses cut short.
    public var isRetryable: Bool {
        switch kind {
        case .throttled, .serverError, .unreachable, .timedOut, .malformedResponse: true
        default: false
        }
    }

    /// The same error with `note` added to its message.
    func appending(_ note: String) -> AWSError {
        AWSError(kind, "\(message) \(note)", code: code, serverMessage: serverMessage)
    }
}

/// An error answer of an AWS service: its code and message, and the words Sparkle puts before them.
struct ErrorReply {
    let code: String
    let message: String
    /// What was asked, and where: `stack 'net' in eu-west-1`.
    let subject: String

    /// The reply whose `<Error>` element is `error`. When the body held none (an emulator's or a
    /// proxy's page), its text is the message, tags dropped and cut short, so that what the
    /// server said is never hidden behind a bare status.
    init(error: XMLTree?, status: Int, subject: String, body: [UInt8] = []) {
        code = error?.string("Code") ?? "HTTP \(status)"
        message = error?.string("Message") ?? Self.text(of: body)
        self.subject = subject
    }

    /// A body's words on one line: tags dropped, white space collapsed, at most 300 characters.
    static func text(of body: [UInt8]) -> String {
        var text = ""
        var inTag = false
        for character in String(decoding: body.prefix(8192), as: UTF8.self) {
            if character == "<" { inTag = true; text.append(" "); continue }
            if character == ">" { inTag = false; continue }
            if !inTag { text.append(character) }
        }
        let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.count > 300 ? String(words.prefix(300)) + "…" : words
    }

    /// The code and the message, for people.
    var detail: String { message.isEmpty ? code : "\(code): \(message)" }

    func failure(_ kind: AWSError.Kind, _ text: String) -> AWSError {
        AWSError(kind, "\(subject): \(text)", code: code, serverMessage: message)
    }

    /// The error for the codes every AWS service shares (throttling, signatures, credentials,
    /// access), or nil for a code of the service's own.
    var shared: AWSError? {
        switch code {
        case "Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequestsException", "RequestThrottled", "SlowDown":
            failure(.throttled, "throttled (\(detail))")
        case "SignatureDoesNotMatch":
            failure(.badSignature, "the signature does not match; check the secret access key (\(detail))")
        case "InvalidClientTokenId", "UnrecognizedClientException", "ExpiredToken", "InvalidAccessKeyId", "InvalidToken":
            failure(.invalidCredentials, "the credentials are not valid (\(detail))")
        case "AccessDenied", "AccessDeniedException":
            failure(.accessDenied, "access denied (\(detail))")
        default:
            nil
        }
    }
}
