import Foundation
import Sparkle
import SparkleExamples
import Testing

/// The result of running a program.
struct ProcessResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs `executable` with `arguments`, capturing its output through files (no pipe deadlocks).
func run(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
    currentDirectory: URL? = nil, input: URL? = nil
) throws -> ProcessResult {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sparkle-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let out = scratch.appendingPathComponent("stdout")
    let err = scratch.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    process.standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
    try process.run()
    // Poll rather than `waitUntilExit`, which spins when called from a concurrency thread.
    while process.isRunning { Thread.sleep(forTimeInterval: 0.01) }
    return ProcessResult(
        status: process.terminationStatus,
        stdout: try String(contentsOf: out, encoding: .utf8),
        stderr: try String(contentsOf: err, encoding: .utf8))
}

/// ``run(_:_:environment:currentDirectory:input:)`` on a thread of its own, for long runs: the test
/// awaits it without holding one of the few cooperative threads (two on a 2-core machine) that the
/// other tests' async work needs meanwhile.
func runDetached(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) async throws -> ProcessResult {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try run(executable, arguments, environment: environment) }) }.start()
    }
}

/// The full path of `name` on PATH, if any.
func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// The `sparkle` executable built beside this test bundle.
let sparkleBinary: String = {
    let here = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    return here.appendingPathComponent("sparkle").path
}()

/// The environment for runs of `sparkle`, without variables that would change the examples.
let cleanEnvironment: [String: String] = {
    var environment = ProcessInfo.processInfo.environment
    environment["VPC_SUBNET"] = nil
    // Never look for an instance's credentials at 169.254.169.254 from a test.
    environment["AWS_EC2_METADATA_DISABLED"] = "true"
    return environment
}()

/// A fresh scratch directory, removed by the caller.
func scratchDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sparkle-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// This test target's folder, where its fixtures lie (the tests themselves are in folders by
/// what they test).
let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

/// The repository's top folder.
let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

/// Where the golden JSON of each bundled template lives.
let goldenDirectory = testsDirectory.appendingPathComponent("Golden")

/// Runs the real cfn-lint on `files` and answers its findings of level Error.
func cfnLintErrors(_ files: [String]) throws -> [[String: Any]] {
    let cfnLint = try #require(which("cfn-lint"), "cfn-lint is not installed: pip install cfn-lint")
    let result = try run(cfnLint, ["--format", "json"] + files)
    let findings = try #require(
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]],
        "cfn-lint printed no JSON: \(result.stderr)")
    return findings.filter { ($0["Level"] as? String) == "Error" }
}

/// Every bundled template compiled and written to `directory` as NAME.`fileExtension` by `render`;
/// answers the file paths.
func writeCompiledExamples(
    to directory: URL, fileExtension: String, render: (Object) -> [UInt8]
) throws -> [String] {
    try catalog.templates.map { template in
        let file = directory.appendingPathComponent("\(template.name).\(fileExtension)")
        try Data(render(try Compiler.compile(template, options: CompileOptions(environment: [:])).tree)).write(to: file)
        return file.path
    }
}
