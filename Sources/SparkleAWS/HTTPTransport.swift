import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP request as an AWS client sends it, already signed.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: URL
    public var headers: [String: String]
    public var body: [UInt8]

    public init(method: String, url: URL, headers: [String: String], body: [UInt8]) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The request's body as text (Query API bodies are form-encoded UTF-8).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// The value of a form field of the body (`Action`, `StackName`, …), decoded.
    public func formValue(_ name: String) -> String? {
        for pair in bodyText.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].removingPercentEncoding == name else { continue }
            return String(parts[1]).removingPercentEncoding
        }
        return nil
    }
}

/// An HTTP answer: status, headers and body.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Why a request got no answer at all.
public enum HTTPTransportFailure: Error, Sendable {
    case timedOut(String)
    case unreachable(String)
}

/// What carries requests to AWS. The default is ``URLSessionTransport``; tests inject their own to
/// script answers that an emulator cannot give.
public protocol HTTPTransport: Sendable {
    /// Sends `request`, giving up after `timeout` seconds.
    func send(_ request: HTTPRequest, timeout: TimeInterval) async throws(HTTPTransportFailure) -> HTTPResponse
}

/// Foundation's `URLSession`, one session for all of a client's requests.
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// - Parameter requestTimeout: the longest one request may take. FoundationNetworking honours
    ///   the session's timeouts, not the request's, so they are set here.
    public init(requestTimeout: TimeInterval = RetryPolicy().requestTimeout) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 4
        configuration.timeoutIntervalForRequest = requestTimeout
        configuration.timeoutIntervalForResource = requestTimeout
        session = URLSession(configuration: configuration)
    }

    deinit { session.finishTasksAndInvalidate() }

    public func send(_ request: HTTPRequest, timeout: TimeInterval) async throws(HTTPTransportFailure) -> HTTPResponse {
        var urlRequest = URLRequest(url: request.url, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        if !request.body.isEmpty || request.method == "PUT" || request.method == "POST" { urlRequest.httpBody = Data(request.body) }
        let result: Result<HTTPResponse, HTTPTransportFailure> = await withCheckedContinuation { continuation in
            session.dataTask(with: urlRequest) { data, response, error in
                if let error = error as? URLError, error.code == .timedOut {
                    continuation.resume(returning: .failure(.timedOut(error.localizedDescription)))
                } else if let error {
                    continuation.resume(returning: .failure(.unreachable(error.localizedDescription)))
                } else {
                    let http = response as? HTTPURLResponse
                    var headers: [String: String] = [:]
                    for (name, value) in http?.allHeaderFields ?? [:] {
                        if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
                    }
                    continuation.resume(returning: .success(HTTPResponse(status: http?.statusCode ?? 0, headers: headers, body: data ?? Data())))
                }
            }.resume()
        }
        return try result.get()
    }
}

/// Signs, sends and retries requests to one AWS service endpoint: the one mechanism every client
/// of this module (CloudFormation, S3) goes through.
struct SignedSender: Sendable {
    /// Who signs; nil sends the request unsigned.
    let credentials: (any CredentialProvider)?
    let region: String
    let service: String
    let transport: any HTTPTransport
    let retryPolicy: RetryPolicy
    /// How errors name the service: "the CloudFormation endpoint", "the S3 endpoint".
    let serviceName: String

    /// Sends one request, retrying what may succeed later, and answers what `interpret` makes of
    /// the response. `interpret` throws for error responses; retryable ones are tried again.
    func perform<T>(
        method: String, url: URL, headers: [String: String] = [:], body: [UInt8],
        interpret: (HTTPResponse) throws(AWSError) -> T
    ) async throws(AWSError) -> T {
        let start = Date()
        var attempt = 0
        while true {
            attempt += 1
            do throws(AWSError) {
                // Signed anew on each attempt: the signature carries the time, and temporary
                // credentials may have been refreshed meanwhile.
                var all = headers
                all["Host"] = Self.hostHeader(url)
                if let credentials {
                    let signer = SigV4Signer(credentials: try await credentials.credentials(), region: region, service: service)
                    all.merge(signer.authorizationHeaders(method: method, url: url, headers: all, body: body, date: Date())) { $1 }
                }
                let response: HTTPResponse
                do {
                    response = try await transport.send(
                        HTTPRequest(method: method, url: url, headers: all, body: body), timeout: retryPolicy.requestTimeout)
                } catch {
                    switch error {
                    case .timedOut(let reason):
                        throw AWSError(.timedOut, "timed out on \(serviceName) \(Self.origin(url)) (\(region)): \(reason)")
                    case .unreachable(let reason):
                        throw AWSError(.unreachable, "cannot reach \(serviceName) \(Self.origin(url)) (\(region)): \(reason)")
                    }
                }
                return try interpret(response)
            } catch {
                let elapsed = Date().timeIntervalSince(start)
                let pause = retryPolicy.delay(after: attempt)
                guard error.isRetryable, attempt < retryPolicy.maxAttempts, elapsed + pause < retryPolicy.totalTimeout else {
                    if error.isRetryable && attempt > 1 {
                        throw error.appending("(gave up after \(attempt) attempts in \(String(format: "%.1f", elapsed)) s)")
                    }
                    throw error
                }
                try? await Task.sleep(nanoseconds: UInt64(pause * 1_000_000_000))
            }
        }
    }

    /// `Host` as SigV4 signs it: with the port when it is not the scheme's default.
    static func hostHeader(_ url: URL) -> String {
        let host = url.host ?? ""
        guard let port = url.port, !(url.scheme == "http" && port == 80), !(url.scheme == "https" && port == 443) else {
            return host
        }
        return "\(host):\(port)"
    }

    /// `scheme://host[:port]/` of `url`, for messages.
    static func origin(_ url: URL) -> String {
        "\(url.scheme ?? "https")://\(hostHeader(url))/"
    }
}
