import Foundation
import Sparkle
import SparkleParsers
import Testing

/// `sparkle lint` against cfn-lint 1.51.0's recorded verdicts on the public template collections in
/// `../shared/corpus/` (skipped where that folder is absent), scored by `../shared/tools/lint-agree`:
/// no false positive, no crash, and recall of at least 90% of the files cfn-lint finds errors in.
/// And every file there that cfn-lint can read converts to JSON and YAML that an independent loader
/// (cfn-flip's) reads as the same data as the original.
@Suite struct CorpusAgreementTests {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    static let corpora = ["cloudformation-samples", "sam-translator"]
    /// The verdicts were recorded on this day; the Lambda runtime rules judge by it, so that a runtime
    /// reaching its end of life later does not turn a recorded "clean" into a disagreement.
    static let verdictDay = "2026-12-03"
    static var available: Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent("corpus").path) }

    @Test(.enabled(if: available, "../shared/corpus is not beside this checkout"), arguments: corpora)
    func lintAgreesWithCfnLint(_ corpus: String) async throws {
        let python = try #require(which("python3"))
        var environment = cleanEnvironment
        environment["SPARKLE_TODAY"] = Self.verdictDay
        let result = try await runDetached(
            python,
            [Self.shared.appendingPathComponent("tools/lint-agree").path, sparkleBinary, Self.shared.appendingPathComponent("corpus/\(corpus)").path,
             "--list", "--min-recall", "90"],
            environment: environment)
        let summary = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(result.status == 0, "\(summary)\n\(result.stdout.split(separator: "\n").filter { !$0.hasPrefix("missed") }.joined(separator: "\n"))\n\(result.stderr)")
        #expect(summary.contains("false positives 0/") && summary.hasSuffix("crashes 0"), "\(summary)")
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
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("yaml_equivalence.py")
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
