import Foundation

/// The AWS Query protocol (form-encoded `Action=…&Version=…` POSTs answered in XML) that
/// CloudFormation and STS speak: calls, `NextToken` pages, and errors read into ``AWSError``.
struct QueryClient: Sendable {
    let version: String
    let endpoint: URL
    let region: String
    private let sender: SignedSender

    /// - Parameter credentials: nil for calls AWS takes unsigned (`AssumeRoleWithWebIdentity`).
    init(
        service: String, version: String, serviceName: String, endpoint: URL, region: String,
        credentials: (any CredentialProvider)?, retryPolicy: RetryPolicy, transport: any HTTPTransport
    ) {
        self.version = version
        self.endpoint = endpoint
        self.region = region
        sender = SignedSender(
            credentials: credentials, region: region, service: service, transport: transport, retryPolicy: retryPolicy,
            serviceName: serviceName)
    }

    /// Calls `action` and answers its `<ActionResult>` element, retrying what may succeed later.
    func call(_ action: String, _ parameters: [(String, String)], subject: String) async throws(AWSError) -> XMLTree {
        let body = ([("Action", action), ("Version", version)] + parameters)
            .map { "\(SigV4Signer.uriEncode($0.0))=\(SigV4Signer.uriEncode($0.1))" }.joined(separator: "&")
        let region = self.region
        return try await sender.perform(
            method: "POST", url: endpoint, headers: ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"],
            body: Array(body.utf8)
        ) { (response: HTTPResponse) throws(AWSError) -> XMLTree in
            try Self.interpret(response, action: action, subject: subject, region: region)
        }
    }

    /// Calls a paged action until `NextToken` runs out, handing each result to `page`.
    func callPages(
        _ action: String, _ parameters: [(String, String)], subject: String, page: (XMLTree) throws(AWSError) -> Bool
    ) async throws(AWSError) {
        var token: String?
        repeat {
            let result = try await call(action, parameters + (token.map { [("NextToken", $0)] } ?? []), subject: subject)
            guard try page(result) else { return }
            token = result.string("NextToken").flatMap { $0.isEmpty ? nil : $0 }
        } while token != nil
    }

    /// The result element of a 200 response, or the error a failed one describes (in either of the
    /// two shapes AWS uses: `<ErrorResponse><Error>` or `<ErrorResponse><Errors><Error>`).
    static func interpret(_ response: HTTPResponse, action: String, subject: String, region: String) throws(AWSError) -> XMLTree {
        let tree = XMLTree.parse(response.body)
        if response.status == 200 {
            guard let tree, let result = tree.child("\(action)Result") ?? (tree.name == "\(action)Response" ? tree : nil) else {
                throw AWSError(.malformedResponse, "\(subject) in \(region): the \(action) response was cut short or is not valid XML")
            }
            return result
        }
        let reply = ErrorReply(
            error: tree?.child("Error") ?? tree?.child("Errors")?.child("Error"), status: response.status, subject: "\(subject) in \(region)",
            body: tree == nil ? Array(response.body) : [])
        if let shared = reply.shared { throw shared }
        let (code, message, detail) = (reply.code, reply.message, reply.detail)
        let failure = reply.failure
        switch code {
        case "AlreadyExistsException":
            throw failure(.alreadyExists, "already exists (\(detail))")
        case "InsufficientCapabilitiesException", "InsufficientCapabilities":
            throw failure(.insufficientCapabilities, "\(action) needs capabilities that were not acknowledged (\(detail))")
        case "ChangeSetNotFound", "ChangeSetNotFoundException":
            throw failure(.changeSetNotFound, "change set not found (\(detail))")
        case "InvalidChangeSetStatus", "InvalidChangeSetStatusException", "OperationInProgressException", "TokenAlreadyExistsException":
            throw failure(.invalidState, "\(action) is not possible now (\(detail))")
        case "ValidationError" where message.hasPrefix("No updates are to be performed"):
            throw failure(.noUpdates, "no updates are to be performed")
        case "ValidationError" where message.contains("does not exist"):
            throw failure(.stackNotFound, "not found (\(detail))")
        case "ValidationError" where message.contains("state and can not be") || message.contains("is in ") && message.contains(" state"):
            throw failure(.invalidState, "\(action) is not possible now (\(detail))")
        default:
            if response.status >= 500 || response.status == 429 {
                throw failure(response.status == 429 ? .throttled : .serverError, "server error (\(detail))")
            }
            if code == "ValidationError" { throw failure(.validation, "\(action) failed (\(detail))") }
            throw failure(.requestFailed, "\(action) failed (\(detail))")
        }
    }
}
