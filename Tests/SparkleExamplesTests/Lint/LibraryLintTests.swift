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

    @Test func targetsConfigurationAndFormatsAsTheCommandReadsThem() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let stack = directory.appendingPathComponent("stack.yaml")
        try LintCommandTests.broken.write(to: stack, atomically: true, encoding: .utf8)
        let configuration = directory.appendingPathComponent("lint.yaml")
        try "ignore: [E3002]\nstrict: true\n".write(to: configuration, atomically: true, encoding: .utf8)

        // A path is a path; anything else names a template of the catalog, asked for only then.
        var asked = 0
        let catalog = { () -> Catalog in
            asked += 1
            return Catalog(templates: [Template("food", description: "d") { Resource("B", type: "AWS::S3::Bucket") }])
        }
        guard case .path(stack.path) = try LintTarget.named(stack.path, catalog: catalog), asked == 0 else {
            Issue.record("a file is a path target, and builds no catalog")
            return
        }
        guard case .template(let template) = try LintTarget.named("food", catalog: catalog) else { Issue.record("not a template"); return }
        #expect(template.name == "food" && asked == 1)
        #expect { try LintTarget.named("fod", catalog: catalog) } throws: { error in
            guard case .unknownTarget(let unknown)? = error as? LintError else { return false }
            return unknown.suggestion == "food"
        }

        // A configuration adds its rules and makes the lint strict: the warning left fails it.
        let loaded = try LintConfiguration.load(from: .file(configuration.path))
        #expect(try LintConfiguration.load(from: .none) == nil)
        let unused = LintTarget.text(Array("Parameters: {P: {Type: String}}\nResources: {B: {Type: AWS::S3::Bucket, Properties: {BucketNme: x}}}\n".utf8), name: "t.yaml")
        let report = try Linter(configuration: loaded).lint([unused])
        #expect(report.diagnostics.map(\.rule.id) == ["W2001"] && !report.hasErrors && report.isStrict && report.failed)
        let lenient = try Linter(ignoring: ["E3002"]).lint([unused])
        #expect(lenient.diagnostics.map(\.rule.id) == ["W2001"] && !lenient.failed)
        #expect(report.rendered(as: .json, version: "1") == report.json())
        #expect(report.rendered(as: .junit, tool: "my-stacks", version: "1") == report.junit(suite: "my-stacks lint"))
        #expect(LintReport.Format.allCases.map(\.rawValue) == ["text", "json", "sarif", "junit"])
    }
}
