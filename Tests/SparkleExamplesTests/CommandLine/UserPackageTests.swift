import Foundation
import Testing

/// A package of a user's own, as `sparkle init` writes it: it builds, compiles and passes its own
/// test with no edit, and adding a template is adding a file.
@Suite struct UserPackageTests {
    static let repository = repositoryRoot

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
        // Every declaration form the catalog generator knows (CatalogGeneratorTests), compiled.
        let templates = package.appendingPathComponent("Sources/MyStacksTemplates/Templates")
        try FileManager.default.copyItem(
            at: CatalogGeneratorTests.fixtures.appendingPathComponent("forms.swift"), to: templates.appendingPathComponent("forms.swift"))
        let rebuilt = try run(swift, ["build", "--package-path", package.path])
        try #require(rebuilt.status == 0, "\(rebuilt.stderr)")
        let listed = try run(binary, ["list", "templates"]).stdout
        #expect(listed.split(separator: "\n").contains { $0.hasPrefix("topic ") && $0.hasSuffix(" A topic for alerts") })
        let forms = listed.split(separator: "\n").compactMap { $0.split(separator: " ").first }.filter { $0.hasPrefix("form_") }
        #expect(
            forms == [
                "form_computed", "form_conditional", "form_extension", "form_first", "form_from_helper", "form_nested_type",
                "form_plain", "form_second", "form_spread", "form_static",
            ], "\(listed)")
        for hidden in ["in_string", "in_raw", "in_multiline", "commented_out", "block_commented", "form_local", "form_never"] {
            #expect(!listed.contains(hidden))
        }

        // The author's loop: one rebuild and compile, timed.
        let watched = try run(sparkleBinary, ["watch", "--once", "--package-path", package.path, "-o", "watched"])
        #expect(watched.status == 0, "\(watched.stderr)")
        #expect(watched.stderr.contains("wrote \(package.path)/watched in ") && watched.stderr.contains("(build "), "\(watched.stderr)")
        #expect(FileManager.default.fileExists(atPath: package.appendingPathComponent("watched/topic.json").path))
        try "public let broken = Template(".write(to: templates.appendingPathComponent("broken.swift"), atomically: true, encoding: .utf8)
        let failed = try run(sparkleBinary, ["watch", "--once", "--package-path", package.path, "-o", "watched"])
        #expect(failed.status == 1 && failed.stderr.contains("broken.swift:1:") && failed.stderr.contains("build failed after"), "\(failed.stderr)")
        try FileManager.default.removeItem(at: templates.appendingPathComponent("broken.swift"))

        // A deployed stack, imported (`import --stack`), builds; `stack diff` of the imported
        // template against the stack shows no change.
        let stacks = try StackCLI()
        defer { stacks.cleanUp() }
        let aws = stacks.environment
        let source = scratch.appendingPathComponent("orders.yaml")
        try Self.orders.write(to: source, atomically: true, encoding: .utf8)
        let deployed = try stacks(["deploy", "orders-api", "--file", source.path, "--yes"])
        try #require(deployed.status == 0, "\(deployed.stdout)\(deployed.stderr)")
        let imported = try run(sparkleBinary, ["import", "--stack", "orders-api", "--into", package.path], environment: aws)
        #expect(imported.status == 0 && imported.stdout.contains("imported orders_api (2 resources)"), "\(imported.stdout)\(imported.stderr)")
        let missing = try run(sparkleBinary, ["import", "--stack", "nowhere", "--into", package.path], environment: aws)
        #expect(missing.status == 3 && missing.stderr.contains("stack 'nowhere' does not exist in us-east-1"), "\(missing.stderr)")
        let importedBuild = try run(swift, ["build", "--package-path", package.path])
        try #require(importedBuild.status == 0, "\(importedBuild.stdout)\(importedBuild.stderr)")
        let diff = try run(binary, ["stack", "diff", "orders-api", "--template", "orders_api", "--fail-on-changes"], environment: aws)
        #expect(diff.status == 0 && diff.stdout.contains("the compiled template is the one deployed"), "\(diff.stdout)\(diff.stderr)")

        // Two templates of one name: an error naming both declarations.
        try """
        import Sparkle

        public let anotherQueue = Template("queue", description: "A second queue") {}
        """.write(to: templates.appendingPathComponent("another_queue.swift"), atomically: true, encoding: .utf8)
        try #require(try run(swift, ["build", "--package-path", package.path]).status == 0)
        let duplicate = try run(binary, ["list"])
        #expect(duplicate.status == 2)
        #expect(
            duplicate.stderr.contains("error: 2 templates are named 'queue': Sources/MyStacksTemplates/Templates/another_queue.swift:3 and Sources/MyStacksTemplates/Templates/queue.swift:"),
            "\(duplicate.stderr)")
    }

    /// A template to deploy and import back: a parameter, a condition, references and an export.
    static let orders = """
        AWSTemplateFormatVersion: "2010-09-09"
        Description: Orders queue and its alerts
        Parameters:
          Stage: {Type: String, Default: dev, AllowedValues: [dev, prod]}
        Conditions:
          IsProd: !Equals [!Ref Stage, prod]
        Resources:
          Orders:
            Type: AWS::SQS::Queue
            Properties:
              MessageRetentionPeriod: 345600
              Tags: [{Key: stage, Value: !Ref Stage}]
          Alerts:
            Type: AWS::SNS::Topic
            Properties:
              DisplayName: !Sub "${AWS::StackName} alerts"
              Tags: [{Key: queue, Value: !GetAtt Orders.QueueName}]
        Outputs:
          QueueUrl:
            Value: !Ref Orders
            Export: {Name: !Sub "${AWS::StackName}-queue"}
          TopicArn:
            Condition: IsProd
            Value: !Ref Alerts

        """
}
