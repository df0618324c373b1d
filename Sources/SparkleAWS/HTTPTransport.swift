import CSparkleHTTP
import Foundation

/// One HTTP request as an AWS client sends it, already signed.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: URL
    public var headers: [String: String]
    public var body: [UInt8]

    /// A request to send.
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

    /// An answer received.
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

/// What carries requests to AWS. The default is ``CurlTransport``; tests inject their own to
/// script answers that an emulator cannot give.
public protocol HTTPTransport: Sendable {
    /// Sends `request`, giving up after `timeout` seconds.
    func send(_ request: HTTPRequest, timeout: TimeInterval) async throws(HTTPTransportFailure) -> HTTPResponse
}

/// The system's libcurl, loaded the first time a request is sent.
///
/// Not Foundation's `URLSession`: on Linux that links FoundationNetworking, and with it libcurl and
/// some thirty libraries that every run of `sparkle` loaded at start-up, network or not (about
/// 10 ms of every `sparkle compile`). libcurl also honours `HTTPS_PROXY`, `NO_PROXY` and the
/// system's certificate store, as the AWS CLI does.
public struct CurlTransport: HTTPTransport {
    /// The transport; libcurl is loaded on its first request.
    public init() {}

    /// Sends `request`, waiting at most `timeout` seconds for the whole exchange.
    public func send(_ request: HTTPRequest, timeout: TimeInterval) async throws(HTTPTransportFailure) -> HTTPResponse {
        // libcurl's easy interface blocks: run it on a thread of its own, not on the cooperative pool.
        let result: Result<HTTPResponse, HTTPTransportFailure> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: Self.perform(request, timeout: timeout)) }
        }
        return try result.get()
    }

    private static func perform(_ request: HTTPRequest, timeout: TimeInterval) -> Result<HTTPResponse, HTTPTransportFailure> {
        let lines = request.headers.sorted { $0.key < $1.key }.map { strdup("\($0.key): \($0.value)") }
        defer { lines.forEach { free($0) } }
        var response = sparkle_http_response()
        lines.map { UnsafePointer($0) }.withUnsafeBufferPointer { headers in
            request.body.withUnsafeBufferPointer { body in
                request.method.withCString { method in
                    request.url.absoluteString.withCString { url in
                        var outgoing = sparkle_http_request(
                            method: method, url: url, headers: headers.baseAddress, header_count: headers.count,
                            body: body.baseAddress, body_length: body.count,
                            timeout_milliseconds: max(1, Int(timeout * 1000)))
                        sparkle_http_perform(&outgoing, &response)
                    }
                }
            }
        }
        defer { sparkle_http_response_free(&response) }
        let message = withUnsafeBytes(of: response.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        switch response.outcome {
        case SPARKLE_HTTP_ANSWERED:
            let body = response.body.map { Data(bytes: $0, count: response.body_length) } ?? Data()
            let headerText = response.header_bytes.map {
                String(decoding: UnsafeRawBufferPointer(start: $0, count: response.header_length), as: UTF8.self)
            } ?? ""
            return .success(HTTPResponse(status: response.status, headers: Self.headers(headerText), body: body))
        case SPARKLE_HTTP_TIMED_OUT:
            return .failure(.timedOut(message))
        default:
            return .failure(.unreachable(message))
        }
    }

    /// `name: value` lines (after the status line) as a dictionary with lowercased names; repeated
    /// headers are joined with commas, as RFC 9110 allows.
    static func headers(_ text: String) -> [String: String] {
        var headers: [String: String] = [:]
        for line in text.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }).dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { "\($0),\(value)" } ?? value
        }
        return headers
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
