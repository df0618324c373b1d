import ArgumentParser
import Foundation
import SparklePackage

/// `sparkle init`: a package of one's own that builds, compiles and tests with no edit.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a new package of your own templates: one template, component, dynamic and registry, a test, a README.",
        discussion: """
            The package depends on Sparkle by path (--sparkle-path; by default the checkout this sparkle was built \
            from, when it is still there) or by URL (--sparkle-url). Nothing is overwritten: DIR must not hold a \
            Package.swift. Then `swift run NAME compile --all -o out` and `swift test` work as they are.
            """)

    @Argument(help: "Where to write the package (default: the current directory).", completion: .directory)
    var directory = "."

    @Option(help: "The package's name, a Swift identifier (default: the directory's name).")
    var name: String?

    @Option(help: "A local checkout of Sparkle to depend on.")
    var sparklePath: String?

    @Option(help: "A git URL of Sparkle to depend on (its main branch).")
    var sparkleURL: String?

    func validate() throws {
        if sparklePath != nil && sparkleURL != nil { throw ValidationError("Pass --sparkle-path or --sparkle-url, not both.") }
        if let name, !PackageScaffold.isIdentifier(name) {
            throw ValidationError("--name must be a Swift identifier (letters and digits, not starting with a digit), not '\(name)'.")
        }
    }

    func run() throws {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let packageName = name ?? PackageScaffold.identifier(from: root.lastPathComponent)
        let scaffold: PackageScaffold
        do {
            scaffold = try PackageScaffold(name: packageName, dependency: sparkleURL.map { .url($0) } ?? .path(sparklePath ?? PackageScaffold.builtFrom))
            try scaffold.write(into: root.path)
        } catch {
            switch error {
            case .notAnIdentifier: throw ValidationError("'\(root.lastPathComponent)' makes no Swift identifier: give --name.")
            case .noSparkleCheckout(let path):
                throw ValidationError("no Sparkle checkout at \(path): give --sparkle-path to a checkout or --sparkle-url to a git URL")
            case .existingPackage(let path): throw ValidationError("\(path) already holds a Package.swift; nothing was written.")
            case .file(let failure):
                printError("error: \(failure)")
                throw ExitCode.failure
            }
        }
        StandardStreams.out("wrote package \(packageName) in \(root.path) (\(scaffold.files.count) files); try:\n"
            + "  cd \(root.path)\n  swift run \(packageName) compile --all -o out\n  swift test\n")
    }
}
