import Foundation

/// AWS Signature Version 4 for one service in one region, with HMAC-SHA256 and SHA-256 from
/// ``Digest``.
///
/// The steps follow AWS's specification: a canonical request, a string to sign over its hash, and a
/// signature with a key derived from the secret, the date, the region and the service.
public struct SigV4Signer: Sendable {
    public let credentials: AWSCredentials
    public let region: String
    public let service: String

    /// A signer for `service` in `region` with `credentials`.
    public init(credentials: AWSCredentials, region: String, service: String) {
        self.credentials = credentials
        self.region = region
        self.service = service
    }

    /// The headers to add to a request so that AWS accepts it: `Authorization`, `X-Amz-Date`,
    /// `X-Amz-Content-Sha256` for S3, and `X-Amz-Security-Token` with session credentials.
    ///
    /// - Parameter headers: the headers the request will carry (at least `Host`); all are signed.
    public func authorizationHeaders(
        method: String, url: URL, headers: [String: String], body: [UInt8], date: Date
    ) -> [String: String] {
        let timestamp = Self.timestamp(date)
        var added = ["X-Amz-Date": timestamp]
        if let token = credentials.sessionToken { added["X-Amz-Security-Token"] = token }
        let payloadHash = Self.hexSHA256(body)
        if service == "s3" { added["X-Amz-Content-Sha256"] = payloadHash }
        let all = headers.merging(added) { $1 }
        let (canonical, signedHeaders) = Self.canonicalRequest(
            method: method, path: url.path.isEmpty ? "/" : url.path, query: Self.queryItems(url),
            headers: all.map { ($0.key, $0.value) }, payloadHash: payloadHash, encodePathTwice: service != "s3")
        let signature = signature(canonicalRequest: canonical, timestamp: timestamp)
        added["Authorization"] =
            "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyID)/\(scope(timestamp)), SignedHeaders=\(signedHeaders), Signature=\(signature)"
        return added
    }

    /// `YYYYMMDD/region/service/aws4_request`.
    public func scope(_ timestamp: String) -> String {
        "\(timestamp.prefix(8))/\(region)/\(service)/aws4_request"
    }

    /// The canonical request and its signed-header list.
    public static func canonicalRequest(
        method: String, path: String, query: [(String, String)], headers: [(String, String)], payloadHash: String,
        encodePathTwice: Bool = true
    ) -> (request: String, signedHeaders: String) {
        var canonicalPath = path.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            let once = uriEncode(String(segment))
            return encodePathTwice ? uriEncode(once) : once
        }.joined(separator: "/")
        if canonicalPath.isEmpty { canonicalPath = "/" }
        let encodedQuery: [(name: String, value: String)] = query.map { (uriEncode($0.0), uriEncode($0.1)) }
        let sortedQuery = encodedQuery.sorted { left, right in
            left.name == right.name ? left.value < right.value : left.name < right.name
        }
        let canonicalQuery = sortedQuery.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        var grouped: [String: [String]] = [:]
        for (name, value) in headers {
            let collapsed = value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            grouped[name.lowercased(), default: []].append(collapsed)
        }
        let names = grouped.keys.sorted()
        let canonicalHeaders = names.map { "\($0):\(grouped[$0]!.joined(separator: ","))\n" }.joined()
        let signedHeaders = names.joined(separator: ";")
        let request = [method, canonicalPath, canonicalQuery, canonicalHeaders, signedHeaders, payloadHash]
            .joined(separator: "\n")
        return (request, signedHeaders)
    }

    /// The hex signature of a canonical request made at `timestamp` (`YYYYMMDDTHHMMSSZ`).
    public func signature(canonicalRequest: String, timestamp: String) -> String {
        let stringToSign = [
            "AWS4-HMAC-SHA256", timestamp, scope(timestamp), Self.hexSHA256(Array(canonicalRequest.utf8)),
        ].joined(separator: "\n")
        return Self.hex(Digest.hmacSHA256(key: signingKey(timestamp), message: Array(stringToSign.utf8)))
    }

    /// The key derived from the secret for the request's date, region and service.
    public func signingKey(_ timestamp: String) -> [UInt8] {
        var key = Array("AWS4\(credentials.secretAccessKey)".utf8)
        for part in [String(timestamp.prefix(8)), region, service, "aws4_request"] {
            key = Digest.hmacSHA256(key: key, message: Array(part.utf8))
        }
        return key
    }

    /// `YYYYMMDDTHHMMSSZ` in UTC.
    public static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// RFC 3986 percent-encoding of everything but unreserved characters, as SigV4 requires.
    public static func uriEncode(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += String(format: "%%%02X", byte)
            }
        }
        return encoded
    }

    static func queryItems(_ url: URL) -> [(String, String)] {
        guard let query = URLComponents(url: url, resolvingAgainstBaseURL: false)?.percentEncodedQuery, !query.isEmpty else {
            return []
        }
        return query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in String(text).removingPercentEncoding ?? String(text) }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// The lowercase hex SHA-256 of `bytes`.
    public static func hexSHA256(_ bytes: [UInt8]) -> String { hex(Digest.sha256(bytes)) }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
