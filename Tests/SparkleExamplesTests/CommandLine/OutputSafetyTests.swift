import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Runs `sparkle` with standard output going to `output`; answers its exit status and standard error.
private func sparkle(_ arguments: [String], output: FileHandle) throws -> (status: Int32, stderr: String) {
    let errors = FileManager.default.temporaryDirectory.appendingPathComponent("sparkle-err-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errors) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: sparkleBinary)
    process.arguments = arguments
    process.environment = cleanEnvironment
    process.standardOutput = output
    process.standardError = try FileHandle(forWritingTo: errors)
    process.standardInput = FileHandle.nullDevice
    try process.run()
    while process.isRunning { Thread.sleep(forTimeInterval: 0.01) }
    return (process.terminationStatus, try String(contentsOf: errors, encoding: .utf8))
}

/// Standard output that fails, and `-o` paths that are not plain files: never a crash, never a
/// device or FIFO replaced, never half a set of files.
@Suite struct OutputSafetyTests {
    @Test(arguments: [["compile", "saas_isolation_model2"], ["list"], ["lint", "food"]])
    func aClosedPipeEndsQuietlyWithTheClosedPipeCode(_ arguments: [String]) throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()  // nobody reads: the first write meets EPIPE
        let result = try sparkle(arguments, output: pipe.fileHandleForWriting)
        #expect(result.status == 141, "\(arguments): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
    }

    @Test(arguments: [["compile", "food"], ["list"]])
    func aFullDeviceIsOneErrorLineAndExitOne(_ arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"), "/dev/full is not there")
        let result = try sparkle(arguments, output: full)
        #expect(result.status == 1)
        #expect(result.stderr == "error: cannot write to standard output: No space left on device\n", "\(result.stderr)")
    }

    @Test func dashOWritesRegularFilesOnly() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func compile(_ output: String) throws -> ProcessResult { try run(sparkleBinary, ["compile", "food", "-o", output], environment: cleanEnvironment) }

        // Through a symlink to its target; the link stays a link.
        let target = directory.appendingPathComponent("real.json")
        try "old".write(to: target, atomically: true, encoding: .utf8)
        let link = directory.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.json")
        #expect(try compile(link.path).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.json")
        #expect(try String(contentsOf: target, encoding: .utf8).contains(#""Description": "Pick a food"#))

        // A FIFO is refused and left as it was.
        let fifo = directory.appendingPathComponent("pipe.json")
        try #require(mkfifo(fifo.path, 0o644) == 0)
        let refused = try compile(fifo.path)
        #expect(refused.status == 1 && refused.stderr.contains("cannot write \(fifo.path): it is a FIFO, not a regular file"), "\(refused.stderr)")
        var status = stat()
        #expect(lstat(fifo.path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)

        // Missing folders are made for a file path as for a directory path.
        let nested = directory.appendingPathComponent("missing/dir/file.json")
        #expect(try compile(nested.path).status == 0)
        #expect(FileManager.default.fileExists(atPath: nested.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: nested.deletingLastPathComponent().path) == ["file.json"], "no temporary file is left")
    }

    /// A folder the system refuses to make (sysfs takes no new directory) is named with the
    /// system's reason, never Foundation's error domain and code.
    @Test func aFolderThatCannotBeMadeSaysWhyInTheSystemsWords() throws {
        try #require(FileManager.default.fileExists(atPath: "/sys/kernel"), "no sysfs here")
        for output in ["/sys/sparkle-test/food.json", "/sys/sparkle-test/"] {
            let result = try run(sparkleBinary, ["compile", "food", "-o", output], environment: cleanEnvironment)
            #expect(result.status == 1 && result.stderr.contains("cannot make the directory /sys/sparkle-test: "), "\(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain") && !result.stderr.contains("the system refused it"), "\(result.stderr)")
        }
    }

    @Test func aSetOfFilesIsWrittenAllOrNothing() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out")
        #expect(try run(sparkleBinary, ["compile", "food", "vpc", "-o", out.path], environment: cleanEnvironment).status == 0)
        let before = try String(contentsOf: out.appendingPathComponent("food.json"), encoding: .utf8)
        // vpc.json becomes a FIFO: the whole run is refused, food.json is untouched.
        try FileManager.default.removeItem(at: out.appendingPathComponent("vpc.json"))
        try #require(mkfifo(out.appendingPathComponent("vpc.json").path, 0o644) == 0)
        let refused = try run(sparkleBinary, ["compile", "food", "vpc", "--param", "Food=nachos", "-o", out.path], environment: cleanEnvironment)
        #expect(refused.status == 1 && refused.stderr.contains("it is a FIFO"), "\(refused.stderr)")
        #expect(try String(contentsOf: out.appendingPathComponent("food.json"), encoding: .utf8) == before, "food.json was rewritten")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["food.json", "vpc.json"], "no temporary file is left")
    }

    @Test func convertWritesTheFormatTheOutputFileNames() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("t.json")
        #expect(try run(sparkleBinary, ["compile", "food", "-o", source.path], environment: cleanEnvironment).status == 0)
        for (name, first) in [("copy.json", "{"), ("copy.yaml", "A"), ("copy.yml", "A")] {
            let output = directory.appendingPathComponent(name)
            #expect(try run(sparkleBinary, ["convert", source.path, "-o", output.path], environment: cleanEnvironment).status == 0)
            #expect(try String(contentsOf: output, encoding: .utf8).hasPrefix(first), "\(name)")
        }
        let forced = directory.appendingPathComponent("forced.json")
        #expect(try run(sparkleBinary, ["convert", source.path, "--to", "yaml", "-o", forced.path], environment: cleanEnvironment).status == 0)
        #expect(try String(contentsOf: forced, encoding: .utf8).hasPrefix("AWSTemplateFormatVersion:"))
    }
}

/// The binary on its own, as `cp .build/release/sparkle /usr/local/bin` leaves it.
@Suite struct CopiedBinaryTests {
    @Test func aBinaryCopiedAloneStillChecksAgainstTheSchemas() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("sparkle")
        try FileManager.default.copyItem(atPath: sparkleBinary, toPath: copy.path)
        let template = directory.appendingPathComponent("bucket.json")
        try #"{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": {"BucketNme": "x"}}, "T": {"Type": "AWS::S3::Buckett"}}}"#
            .write(to: template, atomically: true, encoding: .utf8)
        let lint = try run(copy.path, ["lint", template.path], environment: cleanEnvironment, currentDirectory: directory)
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("has no property 'BucketNme'; did you mean 'BucketName'? [E3002]"), "\(lint.stdout)\(lint.stderr)")
        #expect(lint.stdout.contains("AWS::S3::Buckett"), "\(lint.stdout)")
        let version = try run(copy.path, ["--version"], environment: cleanEnvironment)
        #expect(version.stdout.hasPrefix("0.1.0 (") && version.stdout.contains("resource schemas: cfn-lint 1.51.0 (us-east-1))"), "\(version.stdout)")
    }
}
