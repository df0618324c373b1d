import Foundation
import SparkleAWS
import Testing

/// Known answers from AWS's published examples, and a cross-check with botocore's signer.
@Suite struct SigV4Tests {
    static let emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    /// AWS Signature Version 4 test suite, "get-vanilla-query-order-key-case" (2011 edition).
    @Test func awsTestSuiteQueryOrder() {
        let (canonical, signedHeaders) = SigV4Signer.canonicalRequest(
            method: "GET", path: "/", query: [("foo", "Zoo"), ("foo", "aha")],
            headers: [("Date", "Mon, 09 Sep 2011 23:36:00 GMT"), ("Host", "host.foo.com")], payloadHash: Self.emptyHash)
        #expect(
            canonical
                == "GET\n/\nfoo=Zoo&foo=aha\ndate:Mon, 09 Sep 2011 23:36:00 GMT\nhost:host.foo.com\n\ndate;host\n\(Self.emptyHash)")
        #expect(signedHeaders == "date;host")
        let signer = SigV4Signer(
            credentials: AWSCredentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            region: "us-east-1", service: "host")
        #expect(
            signer.signature(canonicalRequest: canonical, timestamp: "20110909T233600Z")
                == "be7148d34ebccdc6423b19085378aa0bee970bdc61d144bd1a8c48c33079ab09")
    }

    /// Amazon S3's documented example: GET Object with a Range header.
    @Test func s3GetObjectExample() throws {
        let signer = SigV4Signer(
            credentials: AWSCredentials(accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            region: "us-east-1", service: "s3")
        let url = try #require(URL(string: "https://examplebucket.s3.amazonaws.com/test.txt"))
        let headers = signer.authorizationHeaders(
            method: "GET", url: url, headers: ["Host": "examplebucket.s3.amazonaws.com", "Range": "bytes=0-9"], body: [],
            date: Date(timeIntervalSince1970: 1_369_353_600))
        #expect(headers["X-Amz-Date"] == "20130524T000000Z")
        #expect(
            headers["Authorization"]
                == "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"
        )
    }

    @Test(arguments: [("a b/c~d", "a%20b%2Fc~d"), ("é", "%C3%A9"), ("A-Z_a.z", "A-Z_a.z")])
    func uriEncoding(_ text: String, _ expected: String) {
        #expect(SigV4Signer.uriEncode(text) == expected)
    }

    /// The exact request our CloudFormation client sends, signed by botocore too.
    @Test func matchesBotocoreForAQueryAPIPost() throws {
        let python = try #require(
            ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").map { "\($0)/python3" }
                .first { FileManager.default.isExecutableFile(atPath: $0) })
        let body = "Action=DescribeStacks&StackName=net-work&Version=2010-05-15"
        let script = """
            import datetime, sys
            from unittest import mock
            from botocore.auth import SigV4Auth
            from botocore.awsrequest import AWSRequest
            from botocore.credentials import Credentials
            request = AWSRequest(method="POST", url="https://cloudformation.eu-west-1.amazonaws.com/", data=sys.argv[1],
                headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
            fixed = datetime.datetime(2024, 2, 29, 13, 5, 9)
            with mock.patch("botocore.auth.get_current_datetime", return_value=fixed):
                SigV4Auth(Credentials("AKIDEXAMPLE", "secret/key+", "token=="), "cloudformation", "eu-west-1").add_auth(request)
            print(request.headers["Authorization"])
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, body]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let expected = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()

        let signer = SigV4Signer(
            credentials: AWSCredentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "secret/key+", sessionToken: "token=="),
            region: "eu-west-1", service: "cloudformation")
        let headers = signer.authorizationHeaders(
            method: "POST", url: try #require(URL(string: "https://cloudformation.eu-west-1.amazonaws.com/")),
            headers: ["Host": "cloudformation.eu-west-1.amazonaws.com", "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"],
            body: Array(body.utf8), date: Date(timeIntervalSince1970: 1_709_211_909))
        #expect(!expected.isEmpty)
        #expect(headers["Authorization"] == expected)
    }
}
