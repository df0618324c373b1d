import Foundation

/// Just enough of Amazon S3 to stage templates: a SigV4-signed `PUT` of one object.
public struct S3Client: Sendable {
    public let configuration: AWSConfiguration
    private let sender: SignedSender

    /// A client for `configuration`'s region and credentials, retrying as `retryPolicy` says,
    /// sending through `transport`.
    public init(
        configuration: AWSConfiguration, retryPolicy: RetryPolicy = RetryPolicy(), transport: (any HTTPTransport)? = nil
    ) {
        let transport = transport ?? CurlTransport()
        self.configuration = configuration
        sender = SignedSender(
            credentials: configuration.credentialProvider, region: configuration.region, service: "s3", transport: transport,
            retryPolicy: retryPolicy, serviceName: "the S3 endpoint")
    }

    /// Where a `PUT` of `key` goes: path style on an explicit endpoint (emulators), the bucket's
    /// virtual host otherwise.
    public func objectURL(bucket: String, key: String) -> URL {
        let path = key.split(separator: "/", omittingEmptySubsequences: false).map { SigV4Signer.uriEncode(String($0)) }
            .joined(separator: "/")
        if let endpoint = configuration.s3Endpoint {
            var base = endpoint.absoluteString
            while base.hasSuffix("/") { base.removeLast() }
            return URL(string: "\(base)/\(SigV4Signer.uriEncode(bucket))/\(path)")!
        }
        let suffix = configuration.region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        return URL(string: "https://\(bucket).s3.\(configuration.region).\(suffix)/\(path)")!
    }

    /// The URL CloudFormation reads an uploaded template from: `https://BUCKET.s3.amazonaws.com/KEY`,
    /// the form CloudFormation (and its emulators) resolve to the bucket.
    public static func templateURL(bucket: String, key: String) -> String {
        "https://\(bucket).s3.amazonaws.com/\(key)"
    }

    /// Whether `bucket` holds `key` (a signed `HEAD`).
    public func objectExists(bucket: String, key: String) async throws(AWSError) -> Bool {
        let region = configuration.region
        return try await sender.perform(method: "HEAD", url: objectURL(bucket: bucket, key: key), body: []) { (response: HTTPResponse) throws(AWSError) -> Bool in
            if (200..<300).contains(response.status) { return true }
            if response.status == 404 { return false }
            let reply = ErrorReply(error: nil, status: response.status, subject: "s3://\(bucket)/\(key) in \(region)")
            if response.status == 403 { throw reply.failure(.accessDenied, "access denied (HTTP 403)") }
            if response.status >= 500 { throw reply.failure(.serverError, "server error (HTTP \(response.status))") }
            throw reply.failure(.requestFailed, "HEAD failed (HTTP \(response.status))")
        }
    }

    /// Uploads `bytes` as `bucket`/`key`.
    public func putObject(bucket: String, key: String, bytes: [UInt8], contentType: String) async throws(AWSError) {
        let url = objectURL(bucket: bucket, key: key)
        let subject = "s3://\(bucket)/\(key)"
        let region = configuration.region
        try await sender.perform(
            method: "PUT", url: url, headers: ["Content-Type": contentType, "Content-Length": String(bytes.count)], body: bytes
        ) { (response: HTTPResponse) throws(AWSError) in
            guard !(200..<300).contains(response.status) else { return }
            let tree = XMLTree.parse(response.body)
            let reply = ErrorReply(error: tree, status: response.status, subject: "upload of \(subject) in \(region)", body: tree == nil ? Array(response.body) : [])
            if let shared = reply.shared { throw shared }
            let (code, detail, failure) = (reply.code, reply.detail, reply.failure)
            if code == "NoSuchBucket" { throw failure(.requestFailed, "bucket '\(bucket)' does not exist (\(detail))") }
            if response.status >= 500 { throw failure(.serverError, "server error (\(detail))") }
            throw failure(.requestFailed, "failed (\(detail))")
        }
    }
}
