import ArgumentParser
import Foundation

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

    /// The checkout this binary was built from, found through this file's path at build time.
    static let builtFrom = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL

    func validate() throws {
        if sparklePath != nil && sparkleURL != nil { throw ValidationError("Pass --sparkle-path or --sparkle-url, not both.") }
        if let name, !Self.isIdentifier(name) {
            throw ValidationError("--name must be a Swift identifier (letters and digits, not starting with a digit), not '\(name)'.")
        }
    }

    func run() throws {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let packageName = name ?? Self.identifier(from: root.lastPathComponent)
        guard Self.isIdentifier(packageName) else {
            throw ValidationError("'\(root.lastPathComponent)' makes no Swift identifier: give --name.")
        }
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            throw ValidationError("\(root.path) already holds a Package.swift; nothing was written.")
        }
        let dependency: (line: String, identity: String)
        if let sparkleURL {
            let identity = URL(string: sparkleURL)?.deletingPathExtension().lastPathComponent.lowercased() ?? "sparkle"
            dependency = (".package(url: \"\(sparkleURL)\", branch: \"main\")", identity)
        } else {
            let path = sparklePath.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? Self.builtFrom
            guard FileManager.default.fileExists(atPath: path.appendingPathComponent("Package.swift").path) else {
                throw ValidationError(
                    "no Sparkle checkout at \(path.path): give --sparkle-path to a checkout or --sparkle-url to a git URL")
            }
            dependency = (".package(path: \"\(path.path)\")", path.lastPathComponent.lowercased())
        }
        let files = Self.files(name: packageName, dependency: dependency, fastLinker: Self.toolchainHasLLD())
        try writeAtomically(files.map { (root.appendingPathComponent($0.path), Array($0.text.utf8)) })
        StandardStreams.out("wrote package \(packageName) in \(root.path) (\(files.count) files); try:\n"
            + "  cd \(root.path)\n  swift run \(packageName) compile --all -o out\n  swift test\n")
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// `my-stacks` → `MyStacks`.
    static func identifier(from text: String) -> String {
        text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Whether the `swift` on PATH ships LLVM's `ld.lld` beside it (Swift's Linux toolchains do).
    static func toolchainHasLLD() -> Bool {
        guard let swift = Watch.which("swift") else { return false }
        let bin = URL(fileURLWithPath: swift).resolvingSymlinksInPath().deletingLastPathComponent()
        return FileManager.default.isExecutableFile(atPath: bin.appendingPathComponent("ld.lld").path)
    }

    /// The package's files: a library of templates (with the catalog plugin), the command line
    /// over it, a test, a README. The templates build without debug info, which is a tenth of an
    /// edit's rebuild. With `fastLinker`, the command line links with lld on Linux: relinking
    /// after an edit is most of the loop's fixed cost, and lld takes a third of the time gold does
    /// (benchmark (f)).
    static func files(name: String, dependency: (line: String, identity: String), fastLinker: Bool = false) -> [(path: String, text: String)] {
        let library = "\(name)Templates"
        let package = dependency.identity
        let linker = fastLinker ? ",\n            linkerSettings: [.unsafeFlags([\"-use-ld=lld\"], .when(platforms: [.linux]))]" : ""
        return [
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
    }
}
