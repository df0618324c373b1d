import Foundation
import Testing

/// A package of a user's own, as `sparkle init` writes it: it builds, compiles and passes its own
/// test with no edit, and adding a template is adding a file.
@Suite struct UserPackageTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test(.timeLimit(.minutes(10)))
    func aPackageFromSparkleInitBuildsCompilesAndTests() throws {
        let swift = try #require(which("swift"), "swift is not on PATH")
        let scratch = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let package = scratch.appendingPathComponent("my-stacks")
        let initialized = try run(sparkleBinary, ["init", package.path, "--sparkle-path", Self.repository.path], environment: cleanEnvironment)
        try #require(initialized.status == 0, "\(initialized.stderr)")
        #expect(initialized.stdout.contains("wrote package MyStacks"))
        let again = try run(sparkleBinary, ["init", package.path], environment: cleanEnvironment)
        #expect(again.status == 2 && again.stderr.contains("already holds a Package.swift; nothing was written"))

        let build = try run(swift, ["build", "--package-path", package.path])
        try #require(build.status == 0, "swift build failed:\n\(build.stdout)\n\(build.stderr)")
        let binary = package.appendingPathComponent(".build/debug/MyStacks").path
        // The command line is the package's own: its name and its version, beside Sparkle's.
        #expect(try run(binary, ["--version"]).stdout.hasPrefix("0.1.0 (Sparkle 0.1.0, resource schemas: cfn-lint"))
        #expect(try run(binary, ["--help"]).stdout.contains("USAGE: MyStacks <subcommand>"))
        let list = try run(binary, ["list"])
        for line in ["queue  A work queue with a dead-letter queue", "base  Format version and the owning team",
                     "dead_letters  A dead-letter queue", "team_tags  Role, team and stack tags for a resource"] {
            #expect(list.stdout.contains(line), "\(list.stdout)")
        }
        let out = package.appendingPathComponent("out")
        let compiled = try run(binary, ["compile", "--all", "-o", out.path], currentDirectory: package)
        #expect(compiled.status == 0, "\(compiled.stderr)")
        let queue = try String(contentsOf: out.appendingPathComponent("queue.json"), encoding: .utf8)
        #expect(queue.contains(#""JobsDeadLetters": {"#) && queue.contains(#""Key": "Team""#))

        let tested = try run(swift, ["test", "--package-path", package.path])
        #expect(tested.status == 0, "swift test failed:\n\(tested.stdout)\n\(tested.stderr)")

        // Adding a template is adding a file.
        try """
        import Sparkle

        public let topic = Template("topic", description: "A topic for alerts") {
            Load(base)
            Resource("Alerts", type: "AWS::SNS::Topic") { Property("Tags", teamTags("alerts")) }
        }
        """.write(to: package.appendingPathComponent("Sources/MyStacksTemplates/Templates/topic.swift"), atomically: true, encoding: .utf8)
        let rebuilt = try run(swift, ["build", "--package-path", package.path])
        try #require(rebuilt.status == 0, "\(rebuilt.stderr)")
        #expect(try run(binary, ["list", "templates"]).stdout.contains("topic  A topic for alerts"))
    }
}
