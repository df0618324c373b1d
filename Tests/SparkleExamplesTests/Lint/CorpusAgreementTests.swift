import Foundation
import Sparkle
import SparkleParsers
import Testing

/// `sparkle lint` against cfn-lint 1.51.0's recorded verdicts on the public template collections in
/// `../shared/corpus/` (skipped where that folder is absent), scored by `../shared/tools/lint-agree`:
/// no false positive, no crash, and recall of at least 90% of the files cfn-lint finds errors in (70%
/// for sam-translator, whose inputs mostly lack their Transform line).
/// And every file there that cfn-lint can read converts to JSON and YAML that an independent loader
/// (cfn-flip's) reads as the same data as the original.
@Suite struct CorpusAgreementTests {
    static let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpora = ["cloudformation-samples", "sam-translator", "cfn-nag", "serverless-patterns"]
    static let minimumRecall = ["sam-translator": 70.0]
    /// The verdicts were recorded on this day or before; the Lambda runtime rules judge by it, so that a
    /// runtime reaching its end of life later does not turn a recorded "clean" into a disagreement.
    static let verdictDay = "2026-12-03"
    static var available: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path) }

    @Test(.enabled(if: available, "../shared/corpus is not beside this checkout"), arguments: corpora)
    func lintAgreesWithCfnLint(_ corpus: String) async throws {
        let python = try #require(which("python3"))
        var environment = cleanEnvironment
        environment["SPARKLE_TODAY"] = Self.verdictDay
        let root = Self.shared.appendingPathComponent("corpus/\(corpus)")
        let result = try await runDetached(
            python, [Self.shared.appendingPathComponent("tools/lint-agree").path, sparkleBinary, root.path, "--list"], environment: environment)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let summary = lines.last ?? ""
        // "…, recall 278/291 (96%), crashes 0"
        let recall = try #require(summary.firstMatch(of: /recall (\d+)\/(\d+)/).map { Double($0.1)! / max(Double($0.2)!, 1) * 100 }, "\(summary)\n\(result.stderr)")
        #expect(recall >= Self.minimumRecall[corpus, default: 90], "\(summary)")
        #expect(summary.hasSuffix("crashes 0"), "\(summary)\n\(lines.filter { $0.hasPrefix("crash") }.joined(separator: "\n"))")
        // A recorded "clean" is checked against cfn-lint itself before it counts against Sparkle: a
        // verdict recorded while cfn-lint crashed on the file (no output reads as no finding), or
        // before a date rule's day, is no false positive.
        var confirmed: [String] = []
        for line in lines where line.hasPrefix("false positive ") {
            let file = String(line.dropFirst("false positive ".count).split(separator: " ").first ?? "")
            if try await Self.cfnLintPasses(root.appendingPathComponent(file).path) { confirmed.append(line) }
        }
        #expect(confirmed.isEmpty, "\(summary)\nfalse positives that cfn-lint confirms:\n\(confirmed.joined(separator: "\n"))")
    }

    /// Whether cfn-lint, run now, reads the file and finds no error in it.
    static func cfnLintPasses(_ path: String) async throws -> Bool {
        let cfnLint = try #require(which("cfn-lint"))
        let result = try await runDetached(cfnLint, ["--format", "json", "--", path])
        guard let findings = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] else { return false }
        return !findings.contains { $0["Level"] as? String == "Error" }
    }

    @Test(.enabled(if: available, "../shared/corpus is not beside this checkout"), arguments: corpora)
    func everyReadableFileConvertsToTheSameData(_ corpus: String) async throws {
        let root = Self.shared.appendingPathComponent("corpus/\(corpus)")
        let verdicts = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("cfn-lint.json"))) as? [String: Any])
        let files = try #require(verdicts["files"] as? [String: [[Any]]])
        let readable = files.filter { !$0.value.contains { ($0.first as? String) == "E0000" } }.keys.sorted()
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var unreadable: [String] = []
        for (index, file) in readable.enumerated() {
            let original = root.appendingPathComponent(file)
            let bytes = Array(try Data(contentsOf: original))
            guard case .object(let tree) = try? TemplateParser.parse(bytes, file: file) else {
                unreadable.append(file)
                continue
            }
            let isJSON = TemplateFormat.detect(path: file, bytes: bytes) == .json
            let yaml = YAMLEmitter.bytes(.object(tree))
            let json = JSONEmitter.bytes(.object(tree))
            // Pairs for the loader: ours in both formats, and the original beside ours in the other.
            try Data(yaml).write(to: directory.appendingPathComponent("\(index)-ours.yaml"))
            try Data(json).write(to: directory.appendingPathComponent("\(index)-ours.json"))
            try Data(isJSON ? yaml : bytes).write(to: directory.appendingPathComponent("\(index)-original.yaml"))
            try Data(isJSON ? bytes : json).write(to: directory.appendingPathComponent("\(index)-original.json"))
        }
        #expect(unreadable.isEmpty, "cfn-lint reads these, Sparkle does not: \(unreadable)")
        let python = try #require(which("python3"))
        let script = testsDirectory.appendingPathComponent("yaml_equivalence.py")
        let result = try await runDetached(python, [script.path, directory.path])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "yaml_equivalence.py failed: \(result.stderr)")
        #expect(report["checked"] as? Int == 2 * (readable.count - unreadable.count))
        let mismatches = (report["mismatches"] as? [String] ?? []).map { line in
            let index = Int(line.prefix { $0.isNumber }) ?? 0
            return "\(readable[index]): \(line)"
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) conversions change the data:\n\(mismatches.prefix(20).joined(separator: "\n"))")
    }
}
