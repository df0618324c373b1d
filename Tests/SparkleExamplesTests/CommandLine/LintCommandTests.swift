import Foundation
import SparkleExamples
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `sparkle lint` on bundled templates, files and directories, in every report format.
@Suite struct LintCommandTests {
    static let broken = """
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.t3.micro
              MultiAz: true
        Outputs:
          Endpoint:
            Value: !GetAtt Db.Endpoint.Adress

        """

    func lint(_ arguments: String...) throws -> ProcessResult {
        try run(sparkleBinary, ["lint"] + arguments, environment: cleanEnvironment)
    }

    func brokenFile(in directory: URL, name: String = "broken.yaml", text: String = broken) throws -> String {
        let file = directory.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    @Test func everyBundledTemplateLintsClean() throws {
        let result = try run(sparkleBinary, ["lint"] + catalog.templates.map(\.name), environment: cleanEnvironment)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("0 error(s), 0 warning(s) in \(catalog.templates.count) target(s)\n"))
    }

    @Test func findingsNameFileLineAndColumnAndFailTheRun() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try brokenFile(in: directory)
        let result = try lint(file)
        #expect(result.status == 1)
        #expect(result.stdout.contains("broken.yaml:7:7: error: resource 'Db' (AWS::RDS::DBInstance) has no property 'MultiAz'; did you mean 'MultiAZ'? [E3002]"))
        #expect(result.stdout.contains("has no attribute 'Endpoint.Adress'; did you mean 'Endpoint.Address'? [E9325]"))
        #expect(result.stdout.hasSuffix("2 error(s), 0 warning(s) in 1 target(s)\n"))
    }

    /// On a terminal (`script` gives the command one), errors are red; NO_COLOR turns that off.
    @Test func findingsAreColouredOnATerminal() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try brokenFile(in: directory)
        let script = try #require(which("script"), "script (util-linux) is not installed")
        func onTerminal(_ environment: [String: String]) throws -> String {
            try run(script, ["-qec", "'\(sparkleBinary)' lint '\(file)'", "/dev/null"], environment: environment).stdout
        }
        var environment = cleanEnvironment
        environment["NO_COLOR"] = nil
        environment["TERM"] = "xterm"
        #expect(try onTerminal(environment).contains("broken.yaml:7:7: \u{1B}[31merror:\u{1B}[0m resource 'Db'"))
        environment["NO_COLOR"] = "1"
        #expect(try onTerminal(environment).contains("broken.yaml:7:7: error: resource 'Db'"))
        #expect(try lint(file).stdout.contains("broken.yaml:7:7: error: resource 'Db'"), "not a terminal: no colour")
    }

    @Test func sarifJSONAndJUnitReports() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try brokenFile(in: directory)

        let sarif = try lint(file, "--format", "sarif")
        #expect(sarif.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? String == "2.1.0")
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["E3002", "E9325"])
        let region = ((results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 7 && region?["startColumn"] as? Int == 7)
        let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        #expect(rules?.contains { $0["id"] as? String == "E3002" } == true)

        let json = try lint(file, "--format", "json")
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(findings.map { $0["rule"] as? String } == ["E3002", "E9325"])
        #expect(findings.first?["line"] as? Int == 7)

        let junit = try lint(file, "--format", "junit")
        let parser = XMLParser(data: Data(junit.stdout.utf8))
        #expect(parser.parse(), "JUnit report is not well-formed XML")
        #expect(junit.stdout.contains("<testsuite name=\"sparkle lint\" tests=\"1\" failures=\"1\">"))
        #expect(junit.stdout.contains("<failure message=\"2 error(s)\" type=\"lint\">"))
    }

    @Test func directoriesAreWalkedForTemplateFiles() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("nested"), withIntermediateDirectories: true)
        _ = try brokenFile(in: directory.appendingPathComponent("nested"), name: "app.template")
        #expect(try run(sparkleBinary, ["compile", "vpc", "-o", directory.appendingPathComponent("vpc.json").path], environment: cleanEnvironment).status == 0)
        try "not a template".write(to: directory.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let result = try lint(directory.path)
        #expect(result.status == 1)
        #expect(result.stdout.hasSuffix("2 error(s), 0 warning(s) in 2 target(s)\n"))
    }

    @Test func filesInADirectoryThatAreNoTemplatesAreSkippedAndCounted() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("docs"), withIntermediateDirectories: true)
        try "site_name: Platform\nnav:\n  - Home: index.md\n".write(to: directory.appendingPathComponent("mkdocs.yml"), atomically: true, encoding: .utf8)
        try "on: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make ${{ matrix.target }}\n"
            .write(to: directory.appendingPathComponent("docs/workflow.yaml"), atomically: true, encoding: .utf8)
        try "{{ if .Values.enabled }}\nkind: ConfigMap\n{{ end }}\n".write(to: directory.appendingPathComponent("docs/chart.yaml"), atomically: true, encoding: .utf8)
        let onlyOthers = try lint(directory.path)
        #expect(onlyOthers.status == 2 && onlyOthers.stderr.contains("holds no template: its 3 JSON and YAML file(s)"), "\(onlyOthers.stderr)")
        #expect(try lint(directory.path, "--allow-empty").status == 0)

        _ = try brokenFile(in: directory, name: "stack.yaml")
        let result = try lint(directory.path)
        #expect(result.status == 1)
        #expect(result.stdout.hasSuffix("2 error(s), 0 warning(s) in 1 target(s); 3 file(s) skipped that are not templates\n"), "\(result.stdout)")
        let json = try lint(directory.path, "--format", "json")
        #expect(!json.stdout.contains("mkdocs") && !json.stdout.contains("skipped"), "\(json.stdout)")
        // Named on the command line, a file is always linted.
        let named = try lint(directory.appendingPathComponent("mkdocs.yml").path)
        #expect(named.status == 1 && named.stdout.contains("a template needs a Resources section"), "\(named.stdout)")
    }

    @Test func directoryTargetsSkipHiddenFoldersAndExclusionsAndMustHoldTemplates() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for folder in [".git", ".github/workflows", "node_modules/pkg", "stacks/generated", "empty"] {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for folder in [".git", ".github/workflows", "node_modules/pkg", "stacks/generated", "stacks"] {
            _ = try brokenFile(in: directory.appendingPathComponent(folder), name: "t.yaml")
        }
        let all = try lint(directory.path)
        #expect(all.stdout.hasSuffix("in 2 target(s)\n"), "\(all.stdout)")
        #expect(!all.stdout.contains(".git") && !all.stdout.contains("node_modules"))
        let excluded = try lint(directory.path, "--exclude", "stacks/generated")
        #expect(excluded.stdout.hasSuffix("in 1 target(s)\n"), "\(excluded.stdout)")

        let empty = try lint(directory.appendingPathComponent("empty").path)
        #expect(empty.status == 2 && empty.stderr.contains("holds no template") && empty.stderr.contains("--allow-empty"))
        #expect(try lint(directory.appendingPathComponent("empty").path, "--allow-empty").status == 0)
    }

    @Test func standardInputIsATarget() throws {
        let input = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: input) }
        let file = try brokenFile(in: input)
        let result = try run(sparkleBinary, ["lint", "-", "--stdin-name", "piped.yaml"], environment: cleanEnvironment, input: URL(fileURLWithPath: file))
        #expect(result.status == 1)
        #expect(result.stdout.contains("piped.yaml:7:7: error: resource 'Db' (AWS::RDS::DBInstance) has no property 'MultiAz'"), "\(result.stdout)")
    }

    @Test func aRepositorysLintDefaultsComeFromTheNearestConfiguration() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let templates = directory.appendingPathComponent("templates/vendor")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        _ = try brokenFile(in: templates.deletingLastPathComponent())
        _ = try brokenFile(in: templates, name: "theirs.yaml")
        func lint(in folder: URL, _ arguments: [String]) throws -> ProcessResult {
            try run(sparkleBinary, ["lint"] + arguments, environment: cleanEnvironment, currentDirectory: folder)
        }
        #expect(try lint(in: templates, ["."]).status == 1)
        // Found from a folder below it, up to the one holding .git.
        try "ignore: [E3002]\nexclude: ['vendor']\n".write(to: directory.appendingPathComponent(".sparkle-lint.yaml"), atomically: true, encoding: .utf8)
        let configured = try lint(in: templates.deletingLastPathComponent(), ["."])
        #expect(configured.status == 1 && configured.stdout.contains("[E9325]") && !configured.stdout.contains("[E3002]"), "\(configured.stdout)")
        #expect(!configured.stdout.contains("theirs.yaml"))
        #expect(try lint(in: templates.deletingLastPathComponent(), [".", "--ignore", "E9325"]).status == 0)
        #expect(try lint(in: templates.deletingLastPathComponent(), [".", "--no-config"]).stdout.contains("[E3002]"))
        try "ignore: [E3002]\nstrict: yes\nexlude: [x]\n".write(to: directory.appendingPathComponent(".sparkle-lint.yaml"), atomically: true, encoding: .utf8)
        let typo = try lint(in: directory, ["."])
        #expect(typo.status == 2 && typo.stderr.contains(".sparkle-lint.yaml:3:1: unknown key 'exlude'; did you mean 'exclude'?"), "\(typo.stderr)")
    }

    @Test func ignoredRulesMustExistAndMatchInAnyCase() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try brokenFile(in: directory)
        let unknown = try lint(file, "--ignore", "E9999")
        #expect(unknown.status == 2 && unknown.stderr.contains("--ignore E9999: no such rule"), "\(unknown.stderr)")
        let lower = try lint(file, "--ignore", "e3002", "--ignore", "e9325")
        #expect(lower.status == 0, "\(lower.stdout)")
        let explained = try lint("--explain", "e3002")
        #expect(explained.status == 0 && explained.stdout.hasPrefix("E3002 (error): Resource properties, at any depth, exist in the resource type's schema\ncfn-lint reports the same faults as E3002"), "\(explained.stdout)")
        let typo = try lint("--explain", "E3020")
        #expect(typo.status == 2 && typo.stderr.contains("--explain E3020: no such rule; did you mean"), "\(typo.stderr)")
        let rules = try lint("--list-rules")
        #expect(rules.status == 0 && rules.stdout.contains("E3002  Resource properties, at any depth, exist in the resource type's schema  (cfn-lint: E3002)"))
    }

    @Test func rulesCanBeIgnoredPerRunPerTemplateAndPerResource() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try brokenFile(in: directory)
        #expect(try lint(file, "--ignore", "E3002", "--ignore", "E9325").status == 0)

        // cfn-lint's IDs name its own rules: its E1010 (GetAtt) covers Sparkle's E9325 (the attribute) as well as E1010.
        let perTemplate = try brokenFile(
            in: directory, name: "template.yaml",
            text: "Metadata:\n  cfn-lint:\n    config:\n      ignore_checks: [E1010]\n" + Self.broken)
        let templateResult = try lint(perTemplate)
        #expect(templateResult.stdout.contains("E3002") && !templateResult.stdout.contains("E9325"))

        // Per resource, by Sparkle's key or by cfn-lint's, with the ID the two tools share for the unknown-property rule.
        for metadata in ["Sparkle:\n        IgnoreChecks: [E3002]", "cfn-lint:\n        config:\n          ignore_checks: [E3002]"] {
            let perResource = try brokenFile(
                in: directory, name: "resource.yaml",
                text: Self.broken.replacingOccurrences(
                    of: "    Type: AWS::RDS::DBInstance\n",
                    with: "    Type: AWS::RDS::DBInstance\n    Metadata:\n      \(metadata)\n"))
            let resourceResult = try lint(perResource)
            #expect(!resourceResult.stdout.contains("E3002") && resourceResult.stdout.contains("E9325"), "\(resourceResult.stdout)")
        }
    }

    @Test func badInputIsADiagnosticNeverACrash() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("empty.yaml")
        try Data().write(to: empty)
        let binary = directory.appendingPathComponent("binary.json")
        try Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: binary)
        let unparseable = try brokenFile(in: directory, name: "unbalanced.json", text: "{\"Resources\": [\n")
        for file in [empty.path, binary.path, unparseable] {
            let result = try lint(file)
            #expect(result.status == 1, "\(file)")
            #expect(result.stdout.contains("error:") && result.stdout.contains("[E0000]"), "\(file): \(result.stdout)")
        }

        // A 5 MB template: over the S3 body limit and the resource count, said plainly.
        var resources: [String] = []
        for index in 0..<9_000 {
            resources.append("\"Topic\(index)\": {\"Type\": \"AWS::SNS::Topic\", \"Properties\": {\"DisplayName\": \"\(String(repeating: "x", count: 500))\"}}")
        }
        let big = directory.appendingPathComponent("big.json")
        try ("{\"Resources\": {" + resources.joined(separator: ",") + "}}").write(to: big, atomically: true, encoding: .utf8)
        let result = try lint(big.path)
        #expect(result.status == 1)
        #expect(result.stdout.contains("[E1002]") && result.stdout.contains("9000 resources; CloudFormation allows at most 500, and 'Topic500' is number 501 [E9401]"), "\(result.stdout.suffix(400))")
    }

    @Test func anUnknownTargetIsAUsageError() throws {
        let result = try lint("no_such_template")
        #expect(result.status == 2)
        #expect(result.stderr.contains("'no_such_template' is neither a file nor a directory, and no template named 'no_such_template'"), "\(result.stderr)")
    }
}
