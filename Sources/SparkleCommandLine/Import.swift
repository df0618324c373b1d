import ArgumentParser
import Foundation
import SparkleAWS
import SparkleImport
import SparklePackage
import SparkleStacks

/// `sparkle import`: existing templates become Swift in a package of one's own.
struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn JSON or YAML CloudFormation templates into Sparkle Swift that compiles back to them.",
        discussion: """
            Each template becomes a folder of Swift sources in the package's templates target (the one that \
            uses SparkleCatalogPlugin), under Sources/TARGET/Imported/NAME, and the catalog lists it as NAME: \
            the file name (or the --stack name) in snake case, or --name. Without --into, the package the current folder belongs to \
            is used, or a new one is made in the current folder as `init` would. Nothing is written unless \
            every template imports; a name the package has already is an error unless --force.
            """)

    @Argument(help: "Template files, directories of them, or - for standard input.", completion: .templateFiles)
    var sources: [String] = []

    @Option(name: .customLong("stack"), help: ArgumentHelp("Import the template a deployed stack runs (repeatable).", valueName: "name"))
    var stacks: [String] = []

    @OptionGroup var aws: AWSOptions

    @Option(help: "The package to write into (default: the one the current folder belongs to).", completion: .directory)
    var into: String?

    @Option(help: "The template's catalog name (a single input only).")
    var name: String?

    @Option(help: "The file name standard input stands for (its catalog name comes from it).")
    var stdinName = "stdin.yaml"

    @Flag(help: "Replace a template of the same name the package has already.")
    var force = false

    func validate() throws {
        if sources.isEmpty && stacks.isEmpty { throw ValidationError("Name a template file, a directory, - or a --stack.") }
    }

    func run() async throws {
        let packagePath = try into ?? PackageImport.enclosingPackage() ?? Self.newPackage()
        let deployed = try await deployedTemplates()
        do throws(ImportError) {
            let package = try PackageImport(package: packagePath)
            let files: [ImportSource] = sources.map { $0 == "-" ? .text(Array(FileHandle.standardInput.readDataToEndOfFile()), name: stdinName) : .path($0) }
            let imported = try package.add(files + deployed, name: name, replacing: force)
            for template in imported {
                StandardStreams.out("imported \(template.name) (\(template.resourceCount) resources) as \(template.constant) in \(package.folder.appendingPathComponent(template.name).path)\n")
                if let first = template.droppedComments.first {
                    let count = template.droppedComments.count
                    printError("note: \(template.name)'s source has \(count) comment\(count == 1 ? "" : "s") (the first on line \(first)), which the Swift does not carry")
                }
            }
            // `sparkle init` names the command line after the package and the templates target NAMETemplates.
            let product = package.target.hasSuffix("Templates") ? " " + package.target.dropLast("Templates".count) : ""
            StandardStreams.out("compile it with: cd \(package.package.path) && swift run\(product) compile \(imported.first?.name ?? "NAME")\n")
        } catch {
            switch error {
            case .write: printError("error: \(error)")
            default:
                printError("error: \(error)\(Self.hint(for: error))")
                throw StackExit.usage
            }
            throw ExitCode.failure
        }
    }

    /// The templates the `--stack`s run, read before anything is written; a stack that does not
    /// exist exits 3.
    private func deployedTemplates() async throws -> [ImportSource] {
        guard !stacks.isEmpty else { return [] }
        do throws(StackError) {
            let operations: StackOperator
            do {
                operations = StackOperator(cloudFormation: try aws.cloudFormation())
            } catch {
                throw StackError(error)
            }
            var sources: [ImportSource] = []
            for stack in stacks { sources.append(.stack(stack, body: Array(try await operations.deployedTemplate(of: stack).utf8))) }
            return sources
        } catch {
            printError("error: \(error)")
            throw StackExit.code(for: error.kind)
        }
    }

    /// The option that resolves `error`, where one does.
    private static func hint(for error: ImportError) -> String {
        switch error {
        case .sameName: "; import them one at a time, each with its own --name"
        case .existing: "; give another --name, or --force to replace it"
        case .templatesTarget(_, let candidates) where candidates.isEmpty: "; make the package with `\(CatalogStore.shared.commandName) init`"
        default: ""
        }
    }

    /// A package made in the current folder, as `init` makes one.
    private static func newPackage() throws -> String {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
        do {
            let scaffold = try PackageScaffold(name: PackageScaffold.identifier(from: root.lastPathComponent), dependency: .path(PackageScaffold.builtFrom))
            try scaffold.write(into: root.path)
            StandardStreams.out("wrote package \(scaffold.name) in \(root.path)\n")
        } catch {
            printError("error: no package here to import into, and none could be made: \(error); run `\(CatalogStore.shared.commandName) init` first")
            throw StackExit.usage
        }
        return root.path
    }
}
