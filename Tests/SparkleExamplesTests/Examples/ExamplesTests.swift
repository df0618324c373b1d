import Foundation
import Sparkle
import SparkleExamples
import Testing

/// The bundled examples: each compiles, matches its golden JSON, and passes the real cfn-lint.
@Suite struct ExamplesTests {
    static let names = catalog.templates.map(\.name)

    /// The Quick start's `-o out` writes into the examples target's folder (the repository's top
    /// level): the folder is excluded, and kept in git (its README), so that no build warns of
    /// unhandled files and none warns of a missing exclude.
    @Test func theQuickStartsOutputFolderNeverReachesTheBuild() throws {
        let root = repositoryRoot
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains(#""README.md", "LICENSE", "out"],"#))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("out/README.md").path))
        let ignored = try String(contentsOf: root.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(ignored.contains("/out/*\n!/out/README.md"))
    }

    @Test func theCatalogHoldsTheCoreSetWithUniqueNames() {
        let core = [
            "food", "perpetual_beta", "ec2_example", "vpc", "vpc_subnets", "coolapp_elb", "coolapp_asg", "zookeeper",
            "consul_nat", "k8s_coreos", "dynamodb_sessions",
        ]
        #expect(Set(core).isSubset(of: Set(Self.names)))
        #expect(Set(catalog.components.map(\.name)).isSuperset(of: ["base", "environment"]))
        #expect(Set(catalog.dynamics.map(\.name)).isSuperset(of: ["vpc_subnet", "launch_config"]))
        #expect(Set(catalog.registries.map(\.name)).isSuperset(of: ["instance_metadata", "standard_tags"]))
        #expect(catalog.duplicates.isEmpty)
    }

    /// Set SPARKLE_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change. A template
    /// that nests others has theirs in a folder of its name, as `compile -o DIR` writes them.
    @Test(arguments: names)
    func matchesItsGoldenFile(_ name: String) throws {
        let template = try #require(catalog.template(named: name))
        let compiled = try Compiler.compile(template, options: CompileOptions(environment: [:]))
        #expect(compiled.json() == JSONEmitter.bytes(.object(compiled.tree)))
        for file in compiled.files(fileExtension: "json", render: { tree in JSONEmitter.bytes(.object(tree)) }) {
            let golden = goldenDirectory.appendingPathComponent(file.path)
            if ProcessInfo.processInfo.environment["SPARKLE_UPDATE_GOLDEN"] == "1" {
                try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: golden, options: .atomic)
            }
            let expected = try #require(
                try? Data(contentsOf: golden), "no golden file \(golden.path); run the tests with SPARKLE_UPDATE_GOLDEN=1")
            #expect(Data(file.bytes) == expected, "\(file.path) differs from \(golden.path)")
        }
    }

    @Test(arguments: names)
    func compilesToIdenticalBytesEveryTime(_ name: String) throws {
        let template = try #require(catalog.template(named: name))
        let first = try Compiler.compile(template, options: CompileOptions(environment: [:])).json()
        let second = try Compiler.compile(template, options: CompileOptions(environment: [:])).json()
        #expect(first == second)
        #expect(try Compiler.compile(template, options: CompileOptions(environment: [:])).json(style: .minified) == first.minifiedJSON)
    }

    @Test func everyExamplePassesCfnLintWithZeroErrors() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try writeCompiledExamples(to: directory, fileExtension: "json") { JSONEmitter.bytes(.object($0)) }
        let errors = try cfnLintErrors(files)
        #expect(errors.isEmpty, "cfn-lint errors: \(errors)")
        #expect(files.count == Self.names.count && files.count >= 11)
    }
}

extension Array where Element == UInt8 {
    /// These JSON bytes without insignificant whitespace.
    var minifiedJSON: [UInt8] {
        var out: [UInt8] = []
        var inString = false
        var escaped = false
        for byte in self {
            if inString {
                out.append(byte)
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
                out.append(byte)
            } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\n") {
                out.append(byte)
            }
        }
        return out
    }
}
