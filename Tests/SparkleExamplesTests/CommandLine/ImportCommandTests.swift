import Foundation
import Testing

/// `sparkle import` through the binary: where files go, how they are named, and every input
/// error with its exit code and nothing written. (That imported Swift builds and compiles back to
/// its source is `SparkleImportTests`' job.)
@Suite struct ImportCommandTests {
    /// A package as `sparkle init` makes it (only its files: nothing is built here).
    private func package() throws -> URL {
        let directory = try scratchDirectory().appendingPathComponent("Stacks")
        let made = try run(sparkleBinary, ["init", directory.path, "--sparkle-path", repositoryRoot.path], environment: cleanEnvironment)
        try #require(made.status == 0, "\(made.stderr)")
        return directory
    }

    private func importing(_ arguments: [String], into package: URL, current: URL? = nil) throws -> ProcessResult {
        try run(sparkleBinary, ["import"] + arguments + ["--into", package.path], environment: cleanEnvironment, currentDirectory: current)
    }

    private let queue = """
        AWSTemplateFormatVersion: "2010-09-09"
        Description: A queue
        Parameters:
          Retention: {Type: Number, Default: 4}
        Resources:
          Jobs:
            Type: AWS::SQS::Queue
            Properties:
              MessageRetentionPeriod: !Ref Retention
        Outputs:
          Url: {Value: !Ref Jobs}

        """

    @Test func aTemplateBecomesAFolderOfSwiftInTheTemplatesTarget() throws {
        let package = try package()
        defer { try? FileManager.default.removeItem(at: package.deletingLastPathComponent()) }
        let source = package.deletingLastPathComponent().appendingPathComponent("Work-Queue.template.yaml")
        try queue.write(to: source, atomically: true, encoding: .utf8)

        let result = try importing([source.path], into: package)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("imported work_queue (1 resources) as workQueueTemplate"), "\(result.stdout)")
        #expect(result.stdout.contains("swift run Stacks compile work_queue"), "\(result.stdout)")
        let folder = package.appendingPathComponent("Sources/StacksTemplates/Imported/work_queue")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
            "work_queue+Outputs.swift", "work_queue+Parameters.swift", "work_queue+Resources.swift", "work_queue.swift",
        ])
        let main = try String(contentsOf: folder.appendingPathComponent("work_queue.swift"), encoding: .utf8)
        #expect(main.contains(#"public let workQueueTemplate = Template("work_queue", description: "A queue") {"#), "\(main)")
        let resources = try String(contentsOf: folder.appendingPathComponent("work_queue+Resources.swift"), encoding: .utf8)
        #expect(resources.contains(#"Property("MessageRetentionPeriod", Ref("Retention"))"#), "\(resources)")

        // The name is taken now: a second import is refused, --force replaces, --name renames.
        let again = try importing([source.path], into: package)
        #expect(
            again.status == 2 && again.stderr.contains("\(source.path) would be imported as 'work_queue', a name the package has already"),
            "\(again.stderr)")
        #expect(try importing([source.path, "--force"], into: package).status == 0)
        #expect(try importing([source.path, "--name", "jobs"], into: package).status == 0)
        #expect(FileManager.default.fileExists(atPath: package.appendingPathComponent("Sources/StacksTemplates/Imported/jobs/jobs.swift").path))
    }

    @Test func badInputIsAnErrorAndNothingIsWritten() throws {
        let package = try package()
        let scratch = package.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let imported = package.appendingPathComponent("Sources/StacksTemplates/Imported")
        let good = scratch.appendingPathComponent("good.yaml")
        try queue.write(to: good, atomically: true, encoding: .utf8)
        let broken = scratch.appendingPathComponent("broken.yaml")
        try "Resources:\n  A: [unclosed\n".write(to: broken, atomically: true, encoding: .utf8)
        let empty = scratch.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let twin = scratch.appendingPathComponent("other/good.yaml")
        try FileManager.default.createDirectory(at: twin.deletingLastPathComponent(), withIntermediateDirectories: true)
        try queue.write(to: twin, atomically: true, encoding: .utf8)

        let cases: [([String], String)] = [
            ([good.path, scratch.appendingPathComponent("missing.yaml").path], "cannot read \(scratch.path)/missing.yaml"),
            ([good.path, broken.path], "broken.yaml:"),
            ([empty.path], "holds no template file"),
            ([good.path, twin.path], "would both be imported as 'good'"),
            ([good.path, twin.path, "--name", "x"], "a name can be given to a single template only"),
        ]
        for (arguments, message) in cases {
            let result = try importing(arguments, into: package)
            #expect(result.status == 2 && result.stderr.hasPrefix("error: ") && result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: imported.path), "\(arguments) wrote something")
        }

        // A folder that is no package, or a package without a templates target.
        let noPackage = try run(sparkleBinary, ["import", good.path, "--into", empty.path], environment: cleanEnvironment)
        #expect(noPackage.status == 2 && noPackage.stderr.contains("holds no Package.swift"), "\(noPackage.stderr)")
        try "// swift-tools-version: 6.0\nimport PackageDescription\nlet package = Package(name: \"P\")\n"
            .write(to: empty.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        let noTarget = try run(sparkleBinary, ["import", good.path, "--into", empty.path], environment: cleanEnvironment)
        #expect(noTarget.status == 2 && noTarget.stderr.contains("no target that uses SparkleCatalogPlugin"), "\(noTarget.stderr)")
    }

    @Test func withoutIntoTheEnclosingPackageIsUsedAndStandardInputIsASource() throws {
        let package = try package()
        defer { try? FileManager.default.removeItem(at: package.deletingLastPathComponent()) }
        let input = package.deletingLastPathComponent().appendingPathComponent("input.yaml")
        try queue.write(to: input, atomically: true, encoding: .utf8)
        let inside = package.appendingPathComponent("Sources")
        let result = try run(sparkleBinary, ["import", "-", "--stdin-name", "piped.yaml"], environment: cleanEnvironment, currentDirectory: inside, input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: package.appendingPathComponent("Sources/StacksTemplates/Imported/piped/piped.swift").path))
    }

    @Test func outsideAnyPackageANewOneIsMadeAsInitMakesIt() throws {
        let folder = try scratchDirectory().appendingPathComponent("fresh-stacks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        // (Not `queue.yaml`: the new package's own sample template is called `queue`.)
        let input = folder.deletingLastPathComponent().appendingPathComponent("jobs.yaml")
        try queue.write(to: input, atomically: true, encoding: .utf8)
        let result = try run(sparkleBinary, ["import", input.path], environment: cleanEnvironment, currentDirectory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("wrote package FreshStacks in \(folder.path)"), "\(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Sources/FreshStacksTemplates/Imported/jobs/jobs.swift").path))
    }
}
