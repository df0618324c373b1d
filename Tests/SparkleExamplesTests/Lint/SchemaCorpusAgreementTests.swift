import Foundation
import Sparkle
import Testing

/// Differential test of the schema rules against the real cfn-lint, over one generated resource
/// of every registry type (see `schema_corpus.py`, which builds values from cfn-lint's own schemas,
/// not from Sparkle's generated data, and plants a fault in one resource in four).
///
/// Two properties are checked. Never crying wolf: every error Sparkle reports must be an error
/// cfn-lint also reports, under one of the rule's counterparts, on the same resource and along the
/// same path (one path may extend the other: cfn-lint names the offending key where Sparkle names
/// its object). Catching the planted faults: every unknown key, wrong type and value outside an enum
/// the script planted, which cfn-lint reports, Sparkle reports at the same path.
/// The seed is fixed so a failure reproduces; `SPARKLE_CORPUS_SEED` picks another.
@Suite struct SchemaCorpusAgreementTests {
    struct Finding: Hashable {
        let file: String
        let rule: String
        let path: [String]
        var message = ""
    }

    /// The faults `schema_corpus.py` plants, as cfn-lint words them, and the Sparkle rule for each.
    static let plantedFaults: [(cfnLint: String, marker: String, sparkle: String)] = [
        ("E3002", "'NotAPropertyOfThisType'", "E3002"),
        ("E3030", "'NOT_AN_ALLOWED_VALUE'", "E3030"),
        ("E3012", "'not-object'", "E3012"),
        ("E3012", "'not-array'", "E3012"),
        ("E3012", "'maybe'", "E3012"),
    ]

    static let seed = ProcessInfo.processInfo.environment["SPARKLE_CORPUS_SEED"] ?? "1"

    @Test func everySparkleErrorOnTheCorpusIsACfnLintErrorToo() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = testsDirectory.appendingPathComponent("schema_corpus.py")
        let python = try #require(which("python3"))
        let generated = try run(python, [script.path, Self.seed, directory.path])
        try #require(generated.status == 0, "schema_corpus.py failed: \(generated.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().map { directory.appendingPathComponent($0).path }
        try #require(files.count > 50)

        let sparkleRun = try run(sparkleBinary, ["lint", "--format", "json", directory.path], environment: cleanEnvironment)
        let sparkle = try #require(try JSONSerialization.jsonObject(with: Data(sparkleRun.stdout.utf8)) as? [[String: Any]])
            .filter { $0["severity"] as? String == "error" }
            .map { Finding(file: Self.name($0["file"]), rule: $0["rule"] as? String ?? "", path: ($0["path"] as? String ?? "").components(separatedBy: ".")) }
        let cfnLint = try cfnLintErrors(files).map { finding in
            let location = finding["Location"] as? [String: Any]
            let path = (location?["Path"] as? [Any] ?? []).map { "\($0)" }
            return Finding(
                file: Self.name(finding["Filename"]), rule: (finding["Rule"] as? [String: Any])?["Id"] as? String ?? "", path: path,
                message: finding["Message"] as? String ?? "")
        }
        let cfnLintByFile = Dictionary(grouping: cfnLint, by: \.file)

        let counterparts = Dictionary(uniqueKeysWithValues: Rule.all.map { ($0.id, Set($0.cfnLint)) })
        let unmatched = sparkle.filter { ours in
            !(cfnLintByFile[ours.file] ?? []).contains { theirs in
                counterparts[ours.rule, default: []].contains(theirs.rule) && theirs.path.count >= 2 && ours.path.count >= 2
                    && theirs.path[1] == ours.path[1]
                    && (theirs.path.starts(with: ours.path) || ours.path.starts(with: theirs.path))
            }
        }
        #expect(unmatched.isEmpty, "Sparkle errors cfn-lint does not share (seed \(Self.seed)): \(unmatched.prefix(20))")

        // The corpus must exercise every schema rule, or the property above would hold vacuously.
        let reported = Set(sparkle.map(\.rule))
        for rule in ["E3002", "E3003", "E3012", "E3030", "E3031", "E9327"] {
            #expect(reported.contains(rule), "the corpus (seed \(Self.seed)) gave no \(rule)")
        }
        #expect(sparkle.count > 300, "only \(sparkle.count) Sparkle errors on the corpus")

        let sparkleAt = Set(sparkle.map { [$0.file, $0.rule] + $0.path })
        var planted = 0
        for fault in Self.plantedFaults {
            for theirs in cfnLint where theirs.rule == fault.cfnLint && theirs.message.contains(fault.marker) {
                planted += 1
                #expect(sparkleAt.contains([theirs.file, fault.sparkle] + theirs.path), "planted fault missed: \(theirs)")
            }
        }
        #expect(planted > 100, "only \(planted) planted faults found by cfn-lint")
    }

    private static func name(_ path: Any?) -> String {
        ((path as? String) ?? "").components(separatedBy: "/").last ?? ""
    }
}
