import Foundation
import Testing

/// A package of a user's own, depending on Sparkle by path, gets its catalog from the plugin:
/// adding a template or dynamic is adding a file.
@Suite struct UserPackageTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test(.timeLimit(.minutes(10)))
    func aUsersPackageBuildsItsCatalogFromItsFiles() throws {
        let swift = try #require(which("swift"), "swift is not on PATH")
        let package = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: package) }
        let sources = package.appendingPathComponent("Sources/MyStacks")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        let identity = Self.repository.lastPathComponent
        try """
        // swift-tools-version: 6.0
        import PackageDescription

        let package = Package(
            name: "MyStacks",
            platforms: [.macOS(.v13)],
            dependencies: [.package(path: "\(Self.repository.path)")],
            targets: [
                .executableTarget(
                    name: "MyStacks",
                    dependencies: [
                        .product(name: "Sparkle", package: "\(identity)"),
                        .product(name: "SparkleCommandLine", package: "\(identity)"),
                    ],
                    plugins: [.plugin(name: "SparkleCatalogPlugin", package: "\(identity)")]
                )
            ]
        )
        """.write(to: package.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        try "import SparkleCommandLine\n\nawait SparkleCommand.main(catalog: catalog)\n"
            .write(to: sources.appendingPathComponent("main.swift"), atomically: true, encoding: .utf8)
        try """
        import Sparkle

        public let queue = Template("queue", description: "A queue with a dead-letter queue") {
            FormatVersion()
            deadLetters("Jobs")
            Resource("Jobs", type: "AWS::SQS::Queue") {
                Property("RedrivePolicy", ["deadLetterTargetArn": Fn.getAtt("JobsDeadLetters", "Arn"), "maxReceiveCount": 5])
            }
        }
        """.write(to: sources.appendingPathComponent("queue.swift"), atomically: true, encoding: .utf8)
        try """
        import Sparkle

        let deadLetters = Dynamic<Void>("dead_letters", description: "A dead-letter queue") { name, _ in
            Resource("\\(name)DeadLetters", type: "AWS::SQS::Queue") { Property("MessageRetentionPeriod", 1209600) }
        }
        """.write(to: sources.appendingPathComponent("dead_letters.swift"), atomically: true, encoding: .utf8)

        let build = try run(swift, ["build", "--package-path", package.path])
        #expect(build.status == 0, "swift build failed:\n\(build.stdout)\n\(build.stderr)")
        let binary = package.appendingPathComponent(".build/debug/MyStacks").path
        let list = try run(binary, ["list"])
        #expect(list.stdout.contains("queue  A queue with a dead-letter queue"))
        #expect(list.stdout.contains("dead_letters  A dead-letter queue"))
        let compiled = try run(binary, ["compile", "queue", "--minify"])
        #expect(compiled.status == 0, "\(compiled.stderr)")
        #expect(compiled.stdout.contains(#""JobsDeadLetters":{"Type":"AWS::SQS::Queue","Properties":{"MessageRetentionPeriod":1209600}}"#))
    }
}
