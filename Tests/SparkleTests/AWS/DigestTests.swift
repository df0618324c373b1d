import Foundation
import Testing

@testable import SparkleAWS

/// SHA-256, SHA-1 and HMAC-SHA256 against Python's `hashlib` and `hmac`, at every padding boundary
/// (55, 56, 63, 64 bytes…), with keys shorter than, equal to and longer than a block.
@Suite struct DigestTests {
    static let lengths = [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 1000, 1 << 20]
    static let keyLengths = [0, 20, 64, 65, 131]

    /// Byte `index` of a test message of `length` bytes: every byte value occurs, in no simple period.
    static func message(_ length: Int) -> [UInt8] { (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8 &+ 7) } }

    /// Python's answers, one line per case: `kind length keyLength hex`.
    static func reference() throws -> [String: String] {
        let script = """
            import hashlib, hmac
            def message(n): return bytes(((i * 31 + (i >> 8) + 7) & 0xFF) for i in range(n))
            for n in \(lengths):
                data = message(n)
                print("sha256", n, 0, hashlib.sha256(data).hexdigest())
                print("sha1", n, 0, hashlib.sha1(data).hexdigest())
                for k in \(keyLengths):
                    print("hmac", n, k, hmac.new(message(k)[::-1], data, hashlib.sha256).hexdigest())
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var answers: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ")
            answers["\(fields[0]) \(fields[1]) \(fields[2])"] = String(fields[3])
        }
        return answers
    }

    @Test func matchesPythonAtEveryBoundary() throws {
        let expected = try Self.reference()
        #expect(expected.count == Self.lengths.count * (2 + Self.keyLengths.count))
        for length in Self.lengths {
            let data = Self.message(length)
            #expect(SigV4Signer.hex(Digest.sha256(data)) == expected["sha256 \(length) 0"], "SHA-256 of \(length) bytes")
            #expect(SigV4Signer.hex(Digest.sha1(data)) == expected["sha1 \(length) 0"], "SHA-1 of \(length) bytes")
            for keyLength in Self.keyLengths {
                let key = Array(Self.message(keyLength).reversed())
                #expect(
                    SigV4Signer.hex(Digest.hmacSHA256(key: key, message: data)) == expected["hmac \(length) \(keyLength)"],
                    "HMAC-SHA256 of \(length) bytes under a \(keyLength)-byte key")
            }
        }
    }

    /// FIPS 180-4's own examples, so the check does not rest on Python alone.
    @Test func fipsExamples() {
        #expect(SigV4Signer.hex(Digest.sha256(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SigV4Signer.hex(Digest.sha1(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(
            SigV4Signer.hex(Digest.sha256(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
