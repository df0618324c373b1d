import Foundation
import Sparkle
import Testing

/// `sparkle lint` and the real cfn-lint, side by side on the fixtures in `LintFixtures/`.
///
/// A fixture named `E3002_….yaml` holds exactly one fault, which Sparkle must report as that rule
/// and nothing else as an error; cfn-lint must find an error in it too (under its own rule IDs).
/// A `W…` fixture must give that warning and no error. A `clean_…` fixture is one cfn-lint finds
/// free of errors, and Sparkle must too. Where cfn-lint rates a fault at the other severity, the
/// fixture is listed in ``cfnLintDisagreements`` with the reason, and the test checks that it still
/// does, so the list cannot go stale silently.
@Suite struct LintAgreementTests {
    static let fixtures = testsDirectory.appendingPathComponent("LintFixtures")

    /// What cfn-lint makes of a fixture.
    enum Verdict: Equatable {
        case error, warningOnly, nothing
    }

    /// Fixtures cfn-lint judges otherwise than their name says (`E…`: an error; `W…`: a warning
    /// only), with its verdict and why.
    static let cfnLintDisagreements: [String: (verdict: Verdict, why: String)] = [
        "W1001_dependson_conditional.yaml": (.error, """
            cfn-lint errs (E3005) on a DependsOn that names a conditional resource, but only warns (W1001) on a Ref \
            or GetAtt of one; the stack fails the same way in both cases when the condition is false and deploys \
            when it is true, so Sparkle warns in both.
            """),
        "W9024_tool_tag.yaml": (.nothing, """
            cfn-lint reads a tool's tag (`!Rain::Embed`) as Sparkle does and says nothing of it in Metadata; Sparkle \
            warns that CloudFormation rejects it unless the tool replaces it first.
            """),
        "W9015_empty_resources.yaml": (.nothing, """
            cfn-lint accepts an empty Resources section; CloudFormation refuses to deploy it ("At least one Resources \
            member must be defined"), so Sparkle warns.
            """),
        "W9510_repeated_sid.yaml": (.error, """
            cfn-lint errs (E3510, E3512, E3530) on statements of one list that share a Sid; Sparkle warns, as \
            issue 26 asks: repeated Sids were among the errors Sparkle gave on public collections that cfn-lint \
            passes.
            """),
        "W9002_json_with_trailing_comma.json": (.nothing, """
            cfn-lint reads a .json file that is not strict JSON as YAML without a word; Sparkle does the same \
            but warns, since a JSON tool in the pipeline (jq, json.load) would reject the file.
            """),
    ]

    struct Finding {
        let rule: String
        let isError: Bool
    }

    /// Findings per fixture file name, from one whole-process run of each tool over the directory.
    static let findings = Result { () throws -> (sparkle: [String: [Finding]], cfnLint: [String: [Finding]]) in
        let sparkle = try run(sparkleBinary, ["lint", "--format", "json", fixtures.path], environment: cleanEnvironment)
        guard let cfnLintPath = which("cfn-lint") else { throw CocoaError(.executableNotLoadable) }
        let cfnLint = try run(cfnLintPath, ["--format", "json"] + fixtureNames.map { fixtures.appendingPathComponent($0).path })
        func group(_ output: String, file: String, rule: (([String: Any]) -> String?), isError: ([String: Any]) -> Bool)
            -> [String: [Finding]]
        {
            let list = (try? JSONSerialization.jsonObject(with: Data(output.utf8))) as? [[String: Any]] ?? []
            return Dictionary(grouping: list) { (($0[file] as? String) ?? "").components(separatedBy: "/").last ?? "" }
                .mapValues { $0.map { Finding(rule: rule($0) ?? "?", isError: isError($0)) } }
        }
        return (
            group(sparkle.stdout, file: "target", rule: { $0["rule"] as? String }, isError: { $0["severity"] as? String == "error" }),
            group(
                cfnLint.stdout, file: "Filename", rule: { ($0["Rule"] as? [String: Any])?["Id"] as? String },
                isError: { $0["Level"] as? String == "Error" })
        )
    }

    static let fixtureNames: [String] = {
        (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path))?.sorted() ?? []
    }()

    static var broken: [String] { fixtureNames.filter { !$0.hasPrefix("clean_") } }
    static var clean: [String] { fixtureNames.filter { $0.hasPrefix("clean_") } }

    @Test func thereAreAtLeastFortyBrokenFixturesAcrossTheRuleClasses() {
        #expect(Self.broken.count >= 40)
        let classes = Set(Self.broken.map { $0.prefix(3) })  // E00, E10, E30, E90, W20, …
        #expect(classes.count >= 8, "\(classes.sorted())")
    }

    @Test(arguments: broken)
    func bothToolsFindTheFault(_ fixture: String) throws {
        let rule = String(fixture.prefix { $0 != "_" })
        let findings = try Self.findings.get()
        let sparkle = findings.sparkle[fixture] ?? []
        if rule.hasPrefix("E") {
            #expect(Set(sparkle.filter(\.isError).map(\.rule)) == [rule], "Sparkle on \(fixture): \(sparkle.map(\.rule))")
        } else {
            #expect(sparkle.contains { $0.rule == rule && !$0.isError }, "Sparkle on \(fixture): \(sparkle.map(\.rule))")
            #expect(!sparkle.contains { $0.isError }, "Sparkle on \(fixture): \(sparkle.map(\.rule))")
        }

        let cfnLint = findings.cfnLint[fixture] ?? []
        let verdict: Verdict = cfnLint.contains { $0.isError } ? .error : cfnLint.isEmpty ? .nothing : .warningOnly
        let expected = Self.cfnLintDisagreements[fixture]?.verdict ?? (rule.hasPrefix("E") ? .error : .warningOnly)
        #expect(verdict == expected, "cfn-lint on \(fixture): \(cfnLint.map(\.rule))")
        // The counterparts docs/rules.md lists (and cfn-lint ignore_checks relies on) are what cfn-lint reports.
        let counterparts = Set(Rule.all.first { $0.id == rule }?.cfnLint ?? [])
        if verdict != .nothing {
            #expect(!counterparts.isDisjoint(with: cfnLint.map(\.rule)), "\(rule) counterparts \(counterparts.sorted()); cfn-lint: \(cfnLint.map(\.rule))")
        }
    }

    @Test(arguments: clean)
    func neitherToolFindsAnErrorInACleanFixture(_ fixture: String) throws {
        let findings = try Self.findings.get()
        #expect(!(findings.cfnLint[fixture] ?? []).contains { $0.isError }, "cfn-lint on \(fixture)")
        #expect(findings.sparkle[fixture] == nil, "Sparkle on \(fixture): \(findings.sparkle[fixture]!.map(\.rule))")
    }
}
