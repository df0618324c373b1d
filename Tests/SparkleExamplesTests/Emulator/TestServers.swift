import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A free TCP port on 127.0.0.1, found by binding port 0.
func freePort() -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
            _ = bind(fd, pointer, length)
            _ = getsockname(fd, pointer, &length)
        }
    }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// Whether something accepts TCP connections on 127.0.0.1:`port`.
func isListening(_ port: Int) -> Bool {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
    }
}

/// The moto server with the fixes to its change sets, nested stacks, exports and EC2 teardown:
/// `Scripts/moto-server`, which carries the team's `../shared/tools/moto-server` and more.
let patchedMotoServer: String = repositoryRoot.appendingPathComponent("Scripts/moto-server").path

/// A real CloudFormation emulator: moto's server (patched, see ``patchedMotoServer``) on a free port
/// of 127.0.0.1, stopped by `stop()`.
final class MotoServer {
    let port: Int
    private let process = Process()

    var endpoint: String { "http://127.0.0.1:\(port)" }

    /// - Parameter unauthenticatedActions: with a value, moto checks SigV4 signatures for real
    ///   after that many requests (`INITIAL_NO_AUTH_ACTION_COUNT`).
    init(unauthenticatedActions: Int? = nil) throws {
        _ = try #require(which("moto_server"), "moto_server is not installed: pip install 'moto[server]'")
        let python = try #require(which("python3"))
        port = freePort()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [patchedMotoServer, "-H", "127.0.0.1", "-p", String(port)]
        var environment = ProcessInfo.processInfo.environment
        if let unauthenticatedActions { environment["INITIAL_NO_AUTH_ACTION_COUNT"] = String(unauthenticatedActions) }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while !isListening(port) {
            guard Date() < deadline, process.isRunning else {
                stop()
                throw MotoError(message: "moto_server did not start on port \(port)")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    /// Stops the server: SIGTERM, then SIGKILL if it lingers (moto's server may ignore SIGTERM).
    /// Polls instead of `waitUntilExit`, which spins when called from a concurrency thread.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(2)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        while process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
    }

    deinit { stop() }

    struct MotoError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

/// A small HTTP server on 127.0.0.1 that answers each request with the next scripted reply,
/// repeating the last one: throttling, server errors, slow and truncated responses, on demand.
final class FaultInjector: @unchecked Sendable {
    enum Reply: Sendable {
        case respond(status: Int, body: String, delay: TimeInterval = 0)
        /// Headers promising the whole body, then only part of it, then the connection closes.
        case truncated(body: String)
    }

    let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var replies: [Reply]
    private var served = 0
    private var received: [String] = []
    private var stopped = false

    var endpoint: String { "http://127.0.0.1:\(port)" }

    var requestCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return served
    }

    /// Each request's head (request line and headers) and body, as received, in order.
    var requests: [String] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    init(_ replies: [Reply]) throws {
        self.replies = replies
        listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var reuse: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let fd = listener
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound, listen(listener, 16) == 0 else { throw MotoServer.MotoError(message: "cannot listen on 127.0.0.1") }
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private func nextReply() -> Reply {
        lock.lock()
        defer { lock.unlock() }
        let reply = replies.count > 1 ? replies.removeFirst() : replies[0]
        served += 1
        return reply
    }

    private func serve() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 { return }
            let request = readRequest(client)
            lock.lock()
            received.append(request)
            let isStopped = stopped
            lock.unlock()
            if isStopped {
                close(client)
                return
            }
            let reply = nextReply()
            // Each exchange runs on its own thread, so a slow reply does not hold up the next client.
            Thread { [self] in respond(reply, on: client) }.start()
        }
    }

    /// Reads headers and the body their Content-Length announces.
    private func readRequest(_ client: Int32) -> String {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(client, &buffer, buffer.count)
            if count <= 0 { return String(decoding: data, as: UTF8.self) }
            data.append(contentsOf: buffer[..<count])
            let text = String(decoding: data, as: UTF8.self)
            guard let end = text.range(of: "\r\n\r\n") else { continue }
            let headers = text[..<end.lowerBound].lowercased()
            let length = headers.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            if data.count - text[..<end.upperBound].utf8.count >= length { return text }
        }
    }

    private func respond(_ reply: Reply, on client: Int32) {
        defer { close(client) }
        switch reply {
        case .respond(let status, let body, let delay):
            if delay > 0 { Thread.sleep(forTimeInterval: delay) }
            write(client, "HTTP/1.1 \(status) Scripted\r\nContent-Type: \(body.hasPrefix("{") ? "application/json" : "text/xml")\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)")
        case .truncated(let body):
            let cut = String(body.prefix(body.count / 2))
            write(client, "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: \(cut.utf8.count)\r\nConnection: close\r\n\r\n\(cut)")
        }
    }

    private func write(_ client: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            // MSG_NOSIGNAL: a client that gave up (timed out) must not raise SIGPIPE in the test process.
            let written = bytes[offset...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written <= 0 { return }
            offset += written
        }
    }
}

/// CloudFormation's XML for a DescribeStacks answer with the given outputs.
func describeStacksXML(_ name: String, outputs: [(String, String)]) -> String {
    let members = outputs.map { "<member><OutputKey>\($0.0)</OutputKey><OutputValue>\($0.1)</OutputValue></member>" }.joined()
    return """
        <DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStacksResult><Stacks>\
        <member><StackName>\(name)</StackName><StackStatus>CREATE_COMPLETE</StackStatus><Outputs>\(members)</Outputs></member>\
        </Stacks></DescribeStacksResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></DescribeStacksResponse>
        """
}

/// The two shapes of AWS error XML.
func errorXML(_ code: String, _ message: String, nested: Bool = false) -> String {
    nested
        ? "<ErrorResponse><Errors><Error><Code>\(code)</Code><Message>\(message)</Message></Error></Errors><RequestId>r</RequestId></ErrorResponse>"
        : "<ErrorResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\"><Error><Type>Sender</Type><Code>\(code)</Code><Message>\(message)</Message></Error><RequestId>r</RequestId></ErrorResponse>"
}
