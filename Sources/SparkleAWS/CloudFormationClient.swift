import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An output of a stack.
public struct StackOutput: Sendable, Equatable {
    public var key: String
    public var value: String
    public var description: String?
    public var exportName: String?

    public init(key: String, value: String, description: String? = nil, exportName: String? = nil) {
        self.key = key
        self.value = value
        self.description = description
        self.exportName = exportName
    }
}

/// What `DescribeStacks` tells about a stack.
public struct StackDescription: Sendable, Equatable {
    public var id: String
    public var name: String
    public var status: String
    public var outputs: [StackOutput]
    public var parameters: [String: String]
}

/// An export, as `ListExports` lists it.
public struct StackExport: Sendable, Equatable {
    public var name: String
    public var value: String
    public var exportingStackID: String
}

/// How hard to try: attempts, exponential backoff with jitter, and bounds in time.
public struct RetryPolicy: Sendable {
    public var maxAttempts: Int
    public var baseDelay: TimeInterval
    public var maxDelay: TimeInterval
    /// The longest one request may take.
    public var requestTimeout: TimeInterval
    /// The longest all attempts together may take.
    public var totalTimeout: TimeInterval

    public init(
        maxAttempts: Int = 5, baseDelay: TimeInterval = 0.25, maxDelay: TimeInterval = 4, requestTimeout: TimeInterval = 15,
        totalTimeout: TimeInterval = 60
    ) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.requestTimeout = requestTimeout
        self.totalTimeout = totalTimeout
    }

    /// The pause before attempt `attempt + 1`: half the capped exponential step, plus up to as much again at random.
    func delay(after attempt: Int) -> TimeInterval {
        let step = min(maxDelay, baseDelay * pow(2, Double(attempt - 1)))
        return step / 2 + Double.random(in: 0...(step / 2))
    }
}

/// A client of the CloudFormation Query API (`Version=2010-05-15`), signed with SigV4.
public struct CloudFormationClient: Sendable {
    public let configuration: AWSConfiguration
    public let retryPolicy: RetryPolicy
    private let signer: SigV4Signer
    private let endpoint: URL

    public init(configuration: AWSConfiguration, retryPolicy: RetryPolicy = RetryPolicy()) {
        self.configuration = configuration
        self.retryPolicy = retryPolicy
        signer = SigV4Signer(credentials: configuration.credentials, region: configuration.region, service: "cloudformation")
        let suffix = configuration.region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        endpoint = configuration.endpoint ?? URL(string: "https://cloudformation.\(configuration.region).\(suffix)/")!
    }

    /// The stack called `name` (or with that ID).
    public func describeStack(_ name: String) async throws(AWSError) -> StackDescription {
        let stacks = try await describeStacks(name)
        guard let stack = stacks.first else {
            throw AWSError(.stackNotFound, "stack '\(name)' in \(configuration.region): not found")
        }
        return stack
    }

    /// Every stack, or the one named, following `NextToken` pages.
    public func describeStacks(_ name: String? = nil) async throws(AWSError) -> [StackDescription] {
        var stacks: [StackDescription] = []
        var token: String?
        repeat {
            var parameters: [(String, String)] = []
            if let name { parameters.append(("StackName", name)) }
            if let token { parameters.append(("NextToken", token)) }
            let subject = name.map { "stack '\($0)'" } ?? "stacks"
            let result = try await call("DescribeStacks", parameters, subject: subject)
            for member in result.child("Stacks")?.all("member") ?? [] {
                let outputs = (member.child("Outputs")?.all("member") ?? []).map { output in
                    StackOutput(
                        key: output.string("OutputKey") ?? "", value: output.string("OutputValue") ?? "",
                        description: output.string("Description"), exportName: output.string("ExportName"))
                }
                var values: [String: String] = [:]
                for parameter in member.child("Parameters")?.all("member") ?? [] {
                    if let key = parameter.string("ParameterKey") { values[key] = parameter.string("ParameterValue") ?? "" }
                }
                stacks.append(
                    StackDescription(
                        id: member.string("StackId") ?? "", name: member.string("StackName") ?? "", status: member.string("StackStatus") ?? "", outputs: outputs,
                        parameters: values))
            }
            token = result.string("NextToken").flatMap { $0.isEmpty ? nil : $0 }
        } while token != nil
        return stacks
    }

    /// Creates a stack from a template body and answers its ID. CloudFormation creates it
    /// asynchronously; follow it with ``describeStack(_:)``.
    public func createStack(
        _ name: String, templateBody: String, parameters: [String: String] = [:],
        capabilities: [String] = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"]
    ) async throws(AWSError) -> String {
        var arguments: [(String, String)] = [("StackName", name), ("TemplateBody", templateBody)]
        for (index, key) in parameters.keys.sorted().enumerated() {
            arguments.append(("Parameters.member.\(index + 1).ParameterKey", key))
            arguments.append(("Parameters.member.\(index + 1).ParameterValue", parameters[key]!))
        }
        for (index, capability) in capabilities.enumerated() {
            arguments.append(("Capabilities.member.\(index + 1)", capability))
        }
        let result = try await call("CreateStack", arguments, subject: "stack '\(name)'")
        return result.string("StackId") ?? ""
    }

    /// Every export in the region, following `NextToken` pages.
    public func listExports() async throws(AWSError) -> [StackExport] {
        var exports: [StackExport] = []
        var token: String?
        repeat {
            let result = try await call("ListExports", token.map { [("NextToken", $0)] } ?? [], subject: "exports")
            for member in result.child("Exports")?.all("member") ?? [] {
                exports.append(
                    StackExport(
                        name: member.string("Name") ?? "", value: member.string("Value") ?? "",
                        exportingStackID: member.string("ExportingStackId") ?? ""))
            }
            token = result.string("NextToken").flatMap { $0.isEmpty ? nil : $0 }
        } while token != nil
        return exports
    }

    /// Calls `action` and answers its `<ActionResult>` element, retrying what may succeed later.
    func call(_ action: String, _ parameters: [(String, String)], subject: String) async throws(AWSError) -> XMLTree {
        let body = ([("Action", action), ("Version", "2010-05-15")] + parameters)
            .map { "\(SigV4Signer.uriEncode($0.0))=\(SigV4Signer.uriEncode($0.1))" }.joined(separator: "&")
        let start = Date()
        var attempt = 0
        while true {
            attempt += 1
            do {
                let response = try await send(Array(body.utf8))
                return try interpret(response, action: action, subject: subject)
            } catch {
                let elapsed = Date().timeIntervalSince(start)
                let pause = retryPolicy.delay(after: attempt)
                guard error.isRetryable, attempt < retryPolicy.maxAttempts, elapsed + pause < retryPolicy.totalTimeout else {
                    if error.isRetryable && attempt > 1 {
                        throw AWSError(
                            error.kind,
                            "\(error.message) (gave up after \(attempt) attempts in \(String(format: "%.1f", elapsed)) s)")
                    }
                    throw error
                }
                try? await Task.sleep(nanoseconds: UInt64(pause * 1_000_000_000))
            }
        }
    }

    private func send(_ body: [UInt8]) async throws(AWSError) -> (status: Int, data: Data) {
        var request = URLRequest(url: endpoint, timeoutInterval: retryPolicy.requestTimeout)
        request.httpMethod = "POST"
        var headers = ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Host": hostHeader]
        headers.merge(signer.authorizationHeaders(method: "POST", url: endpoint, headers: headers, body: body, date: Date())) { $1 }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = Data(body)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = retryPolicy.requestTimeout
        configuration.timeoutIntervalForResource = retryPolicy.requestTimeout
        let session = URLSession(configuration: configuration)
        defer { session.finishTasksAndInvalidate() }
        let region = self.configuration.region
        let url = endpoint.absoluteString
        let result: Result<(Int, Data), AWSError> = await withCheckedContinuation { continuation in
            session.dataTask(with: request) { data, response, error in
                if let error = error as? URLError {
                    let kind: AWSError.Kind = error.code == .timedOut ? .timedOut : .unreachable
                    let what = kind == .timedOut ? "timed out" : "cannot reach"
                    continuation.resume(returning: .failure(AWSError(kind, "\(what) the CloudFormation endpoint \(url) (\(region)): \(error.localizedDescription)")))
                } else if let error {
                    continuation.resume(returning: .failure(AWSError(.unreachable, "cannot reach \(url) (\(region)): \(error.localizedDescription)")))
                } else {
                    let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                    continuation.resume(returning: .success((status, data ?? Data())))
                }
            }.resume()
        }
        return try result.get()
    }

    /// `Host` as SigV4 signs it: with the port when it is not the scheme's default.
    private var hostHeader: String {
        let host = endpoint.host ?? ""
        guard let port = endpoint.port, !(endpoint.scheme == "http" && port == 80), !(endpoint.scheme == "https" && port == 443) else {
            return host
        }
        return "\(host):\(port)"
    }

    /// The result element of a 200 response, or the error a failed one describes (in either of the
    /// two shapes AWS uses: `<ErrorResponse><Error>` or `<ErrorResponse><Errors><Error>`).
    private func interpret(_ response: (status: Int, data: Data), action: String, subject: String) throws(AWSError) -> XMLTree {
        let region = configuration.region
        let tree = XMLTree.parse(response.data)
        if response.status == 200 {
            guard let tree, let result = tree.child("\(action)Result") else {
                throw AWSError(.malformedResponse, "\(subject) in \(region): the \(action) response was cut short or is not valid XML")
            }
            return result
        }
        let error = tree?.child("Error") ?? tree?.child("Errors")?.child("Error")
        let code = error?.string("Code") ?? "HTTP \(response.status)"
        let message = error?.string("Message") ?? ""
        let detail = message.isEmpty ? code : "\(code): \(message)"
        switch code {
        case "Throttling", "ThrottlingException", "RequestLimitExceeded", "TooManyRequestsException", "RequestThrottled":
            throw AWSError(.throttled, "\(subject) in \(region): throttled (\(detail))")
        case "SignatureDoesNotMatch":
            throw AWSError(.badSignature, "\(subject) in \(region): the signature does not match; check the secret access key (\(detail))")
        case "InvalidClientTokenId", "UnrecognizedClientException", "ExpiredToken", "InvalidAccessKeyId":
            throw AWSError(.invalidCredentials, "\(subject) in \(region): the credentials are not valid (\(detail))")
        case "AccessDenied", "AccessDeniedException":
            throw AWSError(.accessDenied, "\(subject) in \(region): access denied (\(detail))")
        case "ValidationError" where message.contains("does not exist"):
            throw AWSError(.stackNotFound, "\(subject) in \(region): not found (\(detail))")
        default:
            if response.status >= 500 || response.status == 429 {
                throw AWSError(
                    response.status == 429 ? .throttled : .serverError, "\(subject) in \(region): server error (\(detail))")
            }
            throw AWSError(.requestFailed, "\(subject) in \(region): \(action) failed (\(detail))")
        }
    }
}
