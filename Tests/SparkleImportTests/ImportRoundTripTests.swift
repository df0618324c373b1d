import Foundation
import Sparkle
import SparkleImport
import SparkleLint
import SparkleParsers
import Testing

/// The sample of the shared collections and the fixtures in `Imported` (written by
/// `python3 Scripts/import-roundtrip.py --write-samples 60 ../shared/corpus/*`): importing each
/// source still writes exactly those files, each compiles back to the very data of its source,
/// and compiling it reports what linting the source reports.
@Suite struct ImportRoundTripTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let corpus = folder.appendingPathComponent("../../../shared/corpus").standardizedFileURL

    @Test func theSampleSpansEveryCollection() {
        let fromCollections = importSamples.filter { !$0.source.hasPrefix("Fixtures/") }
        let collections = Set(fromCollections.map { $0.source.split(separator: "/")[0] })
        #expect(fromCollections.count >= 50 && collections.count == 4, "\(fromCollections.count) samples from \(collections.sorted())")
    }

    /// A source's file: a fixture of this folder, or a template of the shared collections.
    static func file(_ source: String) -> URL {
        source.hasPrefix("Fixtures/") ? folder.appendingPathComponent(source) : corpus.appendingPathComponent(source)
    }

    @Test(arguments: importSamples.map(\.source))
    func anImportedTemplateCompilesBackToItsSource(_ source: String) throws {
        let template = try #require(importSamples.first { $0.source == source }?.template)
        let bytes = Array(try Data(contentsOf: Self.file(source)))
        let tree = try TemplateParser.parseTemplate(bytes, file: source)

        // The files on disk are what importing the source writes today.
        let imported = TemplateImport(tree, name: template.name, source: URL(fileURLWithPath: source).lastPathComponent)
        let written = Self.folder.appendingPathComponent("Imported/\(template.name)")
        for file in imported.files {
            let onDisk = try String(contentsOf: Self.folder.appendingPathComponent("Imported/\(file.path)"), encoding: .utf8)
            #expect(onDisk == file.text, "\(file.path) is not what importing \(source) writes; run the script again")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: written.path).count == imported.files.count)

        // Compiled, the Swift gives the source's data: every key, value and array order.
        let checked = Compiler.check(template, options: CompileOptions(ignoresUnknownParameters: true, environment: [:]))
        #expect(Self.sameData(.object(checked.tree), .object(tree)), "\(source) does not compile back to itself")

        // And it reports what the source's lint reports, rule by rule.
        let linted = try Linter().lint([.text(bytes, name: source)]).diagnostics.map(\.rule.id).sorted()
        #expect(checked.diagnostics.map(\.rule.id).sorted() == linted, "\(source)")
    }

    /// The same data: values and array order, objects' keys in any order.
    static func sameData(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.object(let left), .object(let right)):
            left.count == right.count && left.allSatisfy { key, value in right[key].map { sameData(value, $0) } ?? false }
        case (.array(let left), .array(let right)):
            left.count == right.count && zip(left, right).allSatisfy { sameData($0, $1) }
        default:
            a == b
        }
    }
}
