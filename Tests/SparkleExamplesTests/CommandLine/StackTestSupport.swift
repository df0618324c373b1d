import Foundation
import SparkleAWS
import Testing

/// `sparkle stack …` against one moto server, in a scratch directory with credentials for it.
struct StackCLI {
    let moto: MotoServer
    let directory: URL
    let environment: [String: String]
    let client: CloudFormationClient
    private let ownsServer: MotoServer?

    /// - Parameter moto: the server to use; by default one of its own, stopped by ``cleanUp()``.
    init(moto: MotoServer? = nil, extra: [String: String] = [:]) throws {
        let own = moto == nil ? try MotoServer() : nil
        ownsServer = own
        let moto = moto ?? own!
        self.moto = moto
        directory = try scratchDirectory()
        var environment = cleanEnvironment
        environment.merge([
            "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": "us-east-1",
            "AWS_ENDPOINT_URL": moto.endpoint, "HOME": directory.path, "SPARKLE_POLL_INTERVAL": "0.3",
        ]) { $1 }
        environment["AWS_PROFILE"] = nil
        environment["NO_COLOR"] = nil
        environment.merge(extra) { $1 }
        self.environment = environment
        client = CloudFormationClient(
            configuration: AWSConfiguration(
                credentials: AWSCredentials(accessKeyID: environment["AWS_ACCESS_KEY_ID"]!, secretAccessKey: environment["AWS_SECRET_ACCESS_KEY"]!),
                region: "us-east-1", endpoint: URL(string: moto.endpoint)))
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
        ownsServer?.stop()
    }

    /// Runs `sparkle stack ARGUMENTS` with no terminal and waits for it.
    func callAsFunction(_ arguments: [String], environment extra: [String: String] = [:]) throws -> ProcessResult {
        try run(sparkleBinary, ["stack"] + arguments, environment: environment.merging(extra) { _, given in given }, currentDirectory: directory)
    }

    /// Writes `text` to `name` in the scratch directory and answers its path.
    func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Starts `sparkle stack ARGUMENTS` in the background.
    func start(_ arguments: [String]) throws -> BackgroundRun {
        try BackgroundRun(sparkleBinary, ["stack"] + arguments, environment: environment, in: directory)
    }

    /// The stack's resources, logical ID → status.
    func resources(_ stack: String) async throws -> [String: String] {
        Dictionary(try await client.stackResources(stack).map { ($0.logicalID, $0.status) }) { $1 }
    }

    /// The stack's outputs, key → value.
    func outputs(_ stack: String) async throws -> [String: String] {
        Dictionary(try await client.describeStack(stack).outputs.map { ($0.key, $0.value) }) { $1 }
    }
}

/// A program running in the background, its output captured in files that can be read while it runs.
final class BackgroundRun {
    let process = Process()
    let out: URL
    let err: URL

    init(_ executable: String, _ arguments: [String], environment: [String: String], in directory: URL) throws {
        let id = UUID().uuidString
        out = directory.appendingPathComponent("bg-\(id).out")
        err = directory.appendingPathComponent("bg-\(id).err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    var stdout: String { (try? String(contentsOf: out, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOf: err, encoding: .utf8)) ?? "" }

    /// Waits until `condition` holds for the output so far, or `timeout` passes; answers whether it held.
    func waitFor(timeout: TimeInterval, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(stdout) { return true }
            if !process.isRunning { return condition(stdout) }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }

    /// Waits for the exit (killing the program after `timeout`) and answers its status.
    func finish(timeout: TimeInterval) -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            while process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
            return -1
        }
        return process.terminationStatus
    }
}

/// Answers moto's held custom resource, as the resource's provider would: moto waits for this PUT.
func answerCustomResource(moto: MotoServer, stackID: String, logicalID: String, data: [String: String]) throws {
    let body = try JSONSerialization.data(withJSONObject: [
        "Status": "SUCCESS", "StackId": stackID, "LogicalResourceId": logicalID, "RequestId": "test",
        "PhysicalResourceId": "\(logicalID)-answered", "Data": data,
    ])
    let python = try #require(which("python3"))
    let result = try run(python, ["-c", """
        import sys, urllib.parse, urllib.request
        url = sys.argv[1] + "/cloudformation_us-east-1/cfnresponse?stack=" + urllib.parse.quote(sys.argv[2], safe="")
        request = urllib.request.Request(url, data=sys.argv[3].encode(), method="PUT", headers={"Content-Type": "application/json"})
        print(urllib.request.urlopen(request).status, end="")
        """, moto.endpoint, stackID, String(decoding: body, as: UTF8.self)])
    try #require(result.stdout == "200", "cfnresponse answered \(result.stdout): \(result.stderr)")
}
