import Foundation
import Sparkle
import SparkleAWS
import SparkleExamples
import SparkleLint
import SparkleParsers
import SparkleStacks
import Testing

// This file imports the library alone (no SparkleCommandLine): what a package of one's own can do
// with it, checked against what `sparkle` does with the same input.
@Suite(.serialized) struct LibraryEndToEndTests {
    /// Read a YAML template, lint it and report SARIF, as `sparkle lint --format sarif` does.
    @Test func aYAMLTemplateIsReadLintedAndReportedAsSARIF() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("queue.yaml").path
        try """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Queue:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeOut: 30
            Outputs:
              Url:
                Value: !Ref Queue
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let tree = try TemplateParser.parseTemplate(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        #expect(tree["Outputs"]?.objectValue?["Url"]?.objectValue?["Value"] == ["Ref": "Queue"])

        let report = try Linter().lint([.path(path)])
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(report.sarif(tool: "my-stacks", version: "1.0").utf8)) as? [String: Any])
        let first = try #require((sarif["runs"] as? [[String: Any]])?.first)
        #expect((first["tool"] as? [String: Any]).flatMap { $0["driver"] as? [String: Any] }?["name"] as? String == "my-stacks")
        let results = try #require(first["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["E3002"])
        let region = ((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 6)

        // The same report as the command line's.
        let command = try run(sparkleBinary, ["lint", path, "--format", "sarif"])
        let theirs = try #require(try JSONSerialization.jsonObject(with: Data(command.stdout.utf8)) as? [String: Any])
        #expect(((theirs["runs"] as? [[String: Any]])?.first?["results"] as? NSArray) == (results as NSArray))
    }

    /// Compile the bundled layer cake (four nested stacks) and deploy it with the Deployer; then
    /// deploy the same template with `sparkle stack deploy`: the two stacks are the same.
    @Test(.timeLimit(.minutes(6)))
    func aTemplateWithNestedStacksDeploysAsTheCommandDeploysIt() async throws {
        let cli = try StackCLI()
        defer { cli.cleanUp() }
        try createBucket(cli.moto, "templates")
        let configuration = AWSConfiguration(
            credentials: AWSCredentials(accessKeyID: "testing", secretAccessKey: "testing"), region: "us-east-1",
            endpoint: URL(string: cli.moto.endpoint))
        var deployer = Deployer(configuration: configuration)
        deployer.waitOptions.initialInterval = 0.3
        let template = try #require(catalog.template(named: "layer_cake"))
        let staging = TemplateStaging(bucket: "templates", prefix: "cake")

        let request = try await deployer.request(compiling: template, options: CompileOptions(environment: [:], catalog: catalog), stackName: "library-cake", staging: staging)
        #expect(request.nestedTemplates.map(\.path.description) == ["Network", "Subnets", "LoadBalancer", "Instances"])
        let events = Events()
        let outcome = try await deployer.deploy(request) { _ in true } progress: { events.record($0) }
        guard case .deployed(let settled) = outcome.result else {
            Issue.record("not deployed: \(outcome.result)")
            return
        }
        #expect(settled.stack.status == "CREATE_COMPLETE" && outcome.plan.uploadedNested.count == 4)
        #expect(events.planned == 1 && events.executing == 1 && events.activities > 0)

        let command = try cli(["deploy", "layer-cake", "--bucket", "templates", "--prefix", "cake", "--yes"], environment: ["NO_COLOR": "1"])
        try #require(command.status == 0, "\(command.stdout)\(command.stderr)")
        // The command uploaded nothing new: its nested templates are the library's, byte for byte.
        #expect(command.stdout.contains("nested templates: 0 uploaded, 4 already in the bucket"), "\(command.stdout)")
        let ours = try await cli.client.template(of: "library-cake")
        let theirs = try await cli.client.template(of: "layer-cake")
        #expect(ours == theirs)
        let ourStacks = try await cli.client.listStacks().map(\.name).filter { $0.hasPrefix("library-cake-") }
        let theirStacks = try await cli.client.listStacks().map(\.name).filter { $0.hasPrefix("layer-cake-") }
        #expect(ourStacks.count == 4 && theirStacks.count == 4)
        #expect(try await cli.outputs("library-cake").keys.sorted() == cli.outputs("layer-cake").keys.sorted())
        #expect(try await cli.resources("library-cake") == cli.resources("layer-cake"))

        // Nothing to change the second time, as the command says.
        let again = try await deployer.deploy(try await deployer.request(compiling: template, options: CompileOptions(environment: [:], catalog: catalog), stackName: "library-cake", staging: staging))
        guard case .noChanges = again.result else {
            Issue.record("a second deploy changed something: \(again.result)")
            return
        }
    }
}

/// What a deploy reported, counted.
private final class Events: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var planned = 0
    private(set) var executing = 0
    private(set) var activities = 0

    func record(_ step: DeploymentProgress) {
        lock.lock()
        defer { lock.unlock() }
        switch step {
        case .planned: planned += 1
        case .executing: executing += 1
        case .activity: activities += 1
        default: break
        }
    }
}
