import Foundation
import SparkleFiles

/// A package of one's own templates, as `sparkle init` writes it: a library of templates with the
/// catalog plugin (one template, component, dynamic and registry to start from), the command line
/// over it, a test that compiles every template, a README. It builds, compiles and tests with no
/// edit.
public struct PackageScaffold: Sendable {
    /// How the package depends on Sparkle.
    public enum SparkleDependency: Sendable, Equatable {
        /// A local checkout.
        case path(String)
        /// A git URL, at its main branch.
        case url(String)
    }

    /// The package's name, a Swift identifier: its command line's too, and `NAMETemplates` its library's.
    public var name: String
    public var dependency: SparkleDependency
    /// Whether the command line links with lld on Linux (see ``toolchainHasLLD()``).
    public var fastLinker: Bool

    /// The checkout this library was built from, found through this file's path at build time.
    public static let builtFrom = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL.path

    /// - Throws: ``PackageError`` for a name that is no Swift identifier, or a path that holds no
    ///   Sparkle checkout.
    public init(name: String, dependency: SparkleDependency = .path(PackageScaffold.builtFrom), fastLinker: Bool = PackageScaffold.toolchainHasLLD()) throws(PackageError) {
        guard Self.isIdentifier(name) else { throw .notAnIdentifier(name) }
        if case .path(let path) = dependency, !FileManager.default.fileExists(atPath: URL(fileURLWithPath: path).appendingPathComponent("Package.swift").path) {
            throw .noSparkleCheckout(path)
        }
        self.name = name
        self.dependency = dependency
        self.fastLinker = fastLinker
    }

    /// Writes the package into the directory `root`, all files or none.
    ///
    /// - Throws: ``PackageError``: `.existingPackage` when `root` holds a `Package.swift` (nothing
    ///   is overwritten), `.file` when a file cannot be written.
    public func write(into root: String) throws(PackageError) {
        let folder = URL(fileURLWithPath: root).standardizedFileURL
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) { throw .existingPackage(folder.path) }
        do {
            try OutputFiles.write(files.map { OutputFile(path: folder.appendingPathComponent($0.path).path, bytes: $0.bytes) })
        } catch {
            throw .file(error)
        }
    }

    /// Whether `text` is a Swift identifier (ASCII letters, digits and `_`, not starting with a digit).
    public static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// `my-stacks` → `MyStacks`.
    public static func identifier(from text: String) -> String {
        text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Whether the `swift` on PATH ships LLVM's `ld.lld` beside it (Swift's Linux toolchains do).
    public static func toolchainHasLLD() -> Bool {
        guard let swift = PackageWatcher.which("swift") else { return false }
        let bin = URL(fileURLWithPath: swift).resolvingSymlinksInPath().deletingLastPathComponent()
        return FileManager.default.isExecutableFile(atPath: bin.appendingPathComponent("ld.lld").path)
    }

    /// The package's files, by their paths in it. The templates build without debug info, which
    /// is a tenth of an edit's rebuild. With ``fastLinker``, the command line links with lld on
    /// Linux: relinking after an edit is most of the loop's fixed cost, and lld takes a third of
    /// the time gold does (benchmark (f)).
    public var files: [OutputFile] {
        let dependency: (line: String, identity: String)
        switch self.dependency {
        case .url(let url):
            dependency = (".package(url: \"\(url)\", branch: \"main\")", URL(string: url)?.deletingPathExtension().lastPathComponent.lowercased() ?? "sparkle")
        case .path(let path):
            let absolute = URL(fileURLWithPath: path).standardizedFileURL
            dependency = (".package(path: \"\(absolute.path)\")", absolute.lastPathComponent.lowercased())
        }
        let library = "\(name)Templates"
        let package = dependency.identity
        let linker = fastLinker ? ",\n            linkerSettings: [.unsafeFlags([\"-use-ld=lld\"], .when(platforms: [.linux]))]" : ""
        let texts: [(path: String, text: String)] = [
            ("Package.swift", """
                // swift-tools-version: 6.0
                import PackageDescription

                let package = Package(
                    name: "\(name)",
                    platforms: [.macOS(.v13)],
                    dependencies: [\(dependency.line)],
                    targets: [
                        // The templates, components, dynamics and registries: adding one is adding a file.
                        // Built without debug info: an edit then rebuilds in 0.15 s less of the 1.3 s it
                        // takes (benchmark (f)); drop the setting to step through templates in a debugger.
                        .target(
                            name: "\(library)",
                            dependencies: [.product(name: "Sparkle", package: "\(package)")],
                            swiftSettings: [.unsafeFlags(["-gnone"], .when(configuration: .debug))],
                            plugins: [.plugin(name: "SparkleCatalogPlugin", package: "\(package)")]
                        ),
                        // `swift run \(name) compile --all -o out`, and every other sparkle command.
                        .executableTarget(
                            name: "\(name)",
                            dependencies: ["\(library)", .product(name: "SparkleCommandLine", package: "\(package)")]\(linker)
                        ),
                        .testTarget(name: "\(library)Tests", dependencies: ["\(library)", .product(name: "Sparkle", package: "\(package)")]),
                    ]
                )

                """),
            ("Sources/\(name)/main.swift", """
                import SparkleCommandLine
                import \(library)

                await SparkleCommand.main(catalog: \(library).catalog, version: "0.1.0", commit: \(library).catalogCommit)

                """),
            ("Sources/\(library)/Components/base.swift", """
                import Sparkle

                /// What every template of this package starts from: the format version and the owning team.
                let base = Component("base", description: "Format version and the owning team") {
                    FormatVersion()
                    Parameter("Team", type: .string, default: "platform", description: "The team that owns the stack")
                }

                """),
            ("Sources/\(library)/Registries/team_tags.swift", """
                import Sparkle

                /// A registry: a value to use anywhere, here the tags every taggable resource carries.
                let teamTags = Registry<String>("team_tags", description: "Role, team and stack tags for a resource") { role in
                    [
                        ["Key": "Role", "Value": .string(role)],
                        ["Key": "Team", "Value": Ref("Team")],
                        ["Key": "Stack", "Value": AWS.stackName],
                    ]
                }

                """),
            ("Sources/\(library)/Dynamics/dead_letters.swift", """
                import Sparkle

                /// A dynamic: a generator inserted by name, any number of times. Inserted as `Jobs`, it
                /// makes `JobsDeadLetters`, a queue that keeps failed messages for 14 days.
                let deadLetters = Dynamic<Void>("dead_letters", description: "A dead-letter queue") { name, _ in
                    Resource("\\(name)DeadLetters", type: "AWS::SQS::Queue") {
                        Property("MessageRetentionPeriod", 1_209_600)
                        Property("Tags", teamTags("dead-letters"))
                    }
                }

                """),
            ("Sources/\(library)/Templates/queue.swift", """
                import Sparkle

                /// A template: a work queue whose failed messages go to a dead-letter queue.
                public let queue = Template("queue", description: "A work queue with a dead-letter queue") {
                    Load(base)
                    deadLetters("Jobs")
                    jobs
                    Output("QueueUrl", jobs.ref, description: "Where to send work")
                }

                private var jobs: Resource {
                    Resource("Jobs", type: "AWS::SQS::Queue") {
                        Property("RedrivePolicy", ["deadLetterTargetArn": Fn.getAtt("JobsDeadLetters", "Arn"), "maxReceiveCount": 5])
                        Property("Tags", teamTags("jobs"))
                    }
                }

                """),
            ("Tests/\(library)Tests/\(library)Tests.swift", """
                import Sparkle
                import Testing
                import \(library)

                /// Every template of the catalog compiles with no error and no warning.
                @Test(arguments: catalog.templates.map(\\.name))
                func compilesCleanly(_ name: String) throws {
                    let template = try #require(catalog.template(named: name))
                    let compiled = try Compiler.compile(template, options: CompileOptions(environment: [:], catalog: catalog))
                    #expect(compiled.warnings.isEmpty, "\\(compiled.warnings)")
                }

                """),
            ("README.md", """
                # \(name)

                CloudFormation templates written in Swift with Sparkle. The templates,
                components, dynamics and registries live in `Sources/\(library)`; adding one is adding a file.

                ```sh
                swift run \(name) compile --all -o out    # every template to out/NAME.json
                swift test                               # every template compiles cleanly
                ```

                """),
            (".gitignore", ".build/\nPackage.resolved\n/out/\n"),
        ]
        return texts.map { OutputFile(path: $0.path, bytes: Array($0.text.utf8)) }
    }
}

/// Why a package could not be written.
public enum PackageError: Error, Sendable, Equatable {
    /// The name is no Swift identifier.
    case notAnIdentifier(String)
    /// No Sparkle checkout (a `Package.swift`) at the path given.
    case noSparkleCheckout(String)
    /// The directory already holds a package; nothing was written.
    case existingPackage(String)
    /// A file could not be written; nothing was.
    case file(FileError)
}
