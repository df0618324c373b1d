import Foundation
import Testing

/// The catalog generator on every declaration form, run as the build plugin runs it. That the
/// listed constants also compile and appear in `list` is `UserPackageTests`' part.
@Suite struct CatalogGeneratorTests {
    static let fixtures = testsDirectory.appendingPathComponent("CatalogFixtures")
    static let generator = URL(fileURLWithPath: sparkleBinary).deletingLastPathComponent().appendingPathComponent("SparkleCatalogGenerator-tool").path

    func generate(_ files: [String]) throws -> (result: ProcessResult, source: String) {
        let output = try scratchDirectory().appendingPathComponent("Catalog.swift")
        let result = try run(
            Self.generator,
            ["--commit", "0123456789ab", "--root", Self.fixtures.path, output.path] + files.map { Self.fixtures.appendingPathComponent($0).path })
        return (result, (try? String(contentsOf: output, encoding: .utf8)) ?? "")
    }

    @Test func everyReachableConstantIsHandedToTheCollectorAndNothingFromCommentsStringsOrBodies() throws {
        let (result, source) = try generate(["forms.swift"])
        #expect(result.status == 0, "\(result.stderr)")
        let added = source.split(separator: "\n").filter { $0.contains("entries.add(") }
            .map { $0.split(separator: "(")[1].split(separator: ",")[0] }.map(String.init)
        #expect(
            added == [
                "formPlain", "formSpread", "formFromHelper", "FormStacks.web",
                "FormStacks.computed", "FormStacks.Inner.deep", "FormStacks.fromExtension", "formFirst", "formSecond",
                "formConditional", "formNever", "formLookup",
            ], "\(source)")
        #expect(source.contains(#"entries.add(formPlain, declaredAt: "forms.swift:15")"#))
        #expect(source.contains(#"entries.add(formSecond, declaredAt: "forms.swift:44")"#))
        // #if blocks are carried over, the #else as the negation of its #if.
        #expect(source.contains("#if (os(Linux) || os(macOS))\n    entries.add(formConditional"))
        #expect(source.contains("#if !(os(Linux) || os(macOS))\n    entries.add(formNever"))
        #expect(source.contains(#"public let catalogCommit: String? = "0123456789ab""#))
    }

    @Test func anEntryTheCatalogCannotReachIsABuildErrorNamingFileAndLine() throws {
        let (result, _) = try generate(["unreachable.swift"])
        #expect(result.status == 1)
        let path = Self.fixtures.appendingPathComponent("unreachable.swift").path
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            errors == [
                "\(path):3:13: error: 'hidden' is a Template that the catalog cannot list: it is private or fileprivate; make it internal or public",
                "\(path):4:17: error: 'alsoHidden' is a Component that the catalog cannot list: it is private or fileprivate; make it internal or public",
                "\(path):5:5: error: 'stored' is a Template that the catalog cannot list: it is a stored var; declare it with let",
                "\(path):7:16: error: 'Secret.inside' is a Template that the catalog cannot list: it belongs to a type the catalog cannot name (private, generic or local); make it internal or public",
            ], "\(result.stderr)")
    }
}
