import Foundation
import Sparkle
import SparkleLint
import Testing

/// The lint library does what `sparkle lint` does: the same findings and reports, from a custom
/// tool's own code.
@Suite struct LibraryLintTests {
    @Test func theLinterReportsWhatTheCommandReports() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let stack = directory.appendingPathComponent("stack.yaml")
        try LintCommandTests.broken.write(to: stack, atomically: true, encoding: .utf8)
        try "site_name: docs\n".write(to: directory.appendingPathComponent("mkdocs.yml"), atomically: true, encoding: .utf8)

        let report = try Linter().lint([.path(directory.path)])
        #expect(report.hasErrors && report.skipped == 1)
        #expect(report.diagnostics.map(\.rule.id) == ["E3002", "E9325"])
        let command = try run(sparkleBinary, ["lint", "--format", "json", directory.path], environment: cleanEnvironment)
        #expect(command.status == 1 && command.stdout == report.json())
        let text = try run(sparkleBinary, ["lint", directory.path], environment: cleanEnvironment)
        #expect(text.stdout == report.text())

        // A tool names itself in SARIF; ignored rules are dropped as --ignore drops them.
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(report.sarif(tool: "my-stacks", version: "1.2").utf8)) as? [String: Any])
        let driver = ((sarif["runs"] as? [[String: Any]])?.first?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        #expect(driver?["name"] as? String == "my-stacks" && driver?["version"] as? String == "1.2")
        #expect(try Linter(ignoring: ["e3002"]).lint([.path(stack.path)]).diagnostics.map(\.rule.id) == ["E9325"])
    }

    @Test func aDirectoryWithoutTemplatesIsATypedError() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "on: [push]\n".write(to: directory.appendingPathComponent("ci.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: LintError.noTemplates(directory: directory.path, files: 1)) { try Linter().lint([.path(directory.path)]) }
        #expect(try Linter(allowsEmptyDirectories: true).lint([.path(directory.path)]).entries.isEmpty)
        // Text and templates built in Swift are targets too.
        let text = try Linter().lint([.text(Array("Resources: {B: {Type: AWS::S3::Bucket}}".utf8), name: "piped.yaml")])
        #expect(text.entries.map(\.target) == ["piped.yaml"] && !text.hasErrors)
        let template = Template("t", description: "d") { Resource("B", type: "AWS::S3::Bucket") { Property("BucketNme", "x") } }
        #expect(try Linter().lint([.template(template)]).diagnostics.map(\.rule.id) == ["E3002"])
    }
}
