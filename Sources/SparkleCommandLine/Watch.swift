import ArgumentParser
import Foundation
import SparkleParsers

#if canImport(Glibc)
import Glibc
#endif

/// `sparkle watch`: the author's loop. Rebuilds a package's command line whenever one of its Swift
/// files changes, compiles every template to a folder, and says how long that took.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Rebuild and recompile a package's templates each time a Swift file changes.",
        discussion: """
            Run it in a package made by `sparkle init` (or give --package-path). On every save it runs \
            `swift build --product NAME` and then `NAME compile --all -o OUT`, and prints the time each took. \
            A build error is shown as the compiler wrote it, and the previous output stays as it was. Stop with Ctrl-C.
            """)

    @Option(help: "The package to watch.", completion: .directory)
    var packagePath = "."

    @Option(help: "The package's command-line product (default: its only executable product).")
    var product: String?

    @Option(name: .shortAndLong, help: "Where the templates go.", completion: .directory)
    var output = "out"

    @Option(help: "Output format: json or yaml.")
    var format: TemplateFormat = .json

    @Option(help: ArgumentHelp("How often to look for changes, in seconds.", valueName: "seconds"))
    var interval = 0.25

    @Flag(help: "Build and compile once, then exit with the outcome (for scripts).")
    var once = false

    func validate() throws {
        if !(0.05...10).contains(interval) { throw ValidationError("--interval takes 0.05 to 10 seconds, not \(interval).") }
    }

    func run() throws {
        let package = URL(fileURLWithPath: packagePath).standardizedFileURL
        guard FileManager.default.fileExists(atPath: package.appendingPathComponent("Package.swift").path) else {
            throw ValidationError("\(package.path) holds no Package.swift; run watch in a package (see `\(CatalogStore.shared.commandName) init`)")
        }
        guard let swift = Self.which("swift") else { throw ValidationError("swift is not on PATH") }
        let name = try product ?? Self.executableProduct(of: package, swift: swift)
        let binary = package.appendingPathComponent(".build/debug/\(name)").path
        let outputPath = URL(fileURLWithPath: output, relativeTo: package).standardizedFileURL.path
        var seen: [String: Date] = [:]
        while true {
            let sources = Self.modificationDates(in: package)
            if sources != seen {
                seen = sources
                let succeeded = cycle(swift: swift, package: package, product: name, binary: binary, output: outputPath)
                if once { throw succeeded ? ExitCode.success : ExitCode.failure }
                printError("watching \(sources.count) Swift files in \(package.path) (Ctrl-C to stop)")
            }
            Thread.sleep(forTimeInterval: interval)
        }
    }

    /// One build and compile; false when either failed (their own output says why).
    private func cycle(swift: String, package: URL, product: String, binary: String, output: String) -> Bool {
        let start = Date()
        // The build's progress lines are noise; its log is shown only when it fails.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("sparkle-watch-\(getpid()).log").path
        defer { unlink(log) }
        let built = Self.spawn(swift, ["build", "--package-path", package.path, "--product", product], log: log)
        let buildTime = Date().timeIntervalSince(start)
        guard built else {
            StandardStreams.error((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
            printError(String(format: "build failed after %.1f s; %@ is unchanged", buildTime, output))
            return false
        }
        let compiled = Self.spawn(binary, ["compile", "--all", "-o", output, "--format", format.rawValue])
        let total = Date().timeIntervalSince(start)
        printError(
            String(format: "%@ in %.2f s (build %.2f s, compile %.2f s)", compiled ? "wrote \(output)" : "compile failed", total, buildTime,
                total - buildTime))
        return compiled
    }

    /// The package's executable products, from `swift package describe`.
    static func executableProduct(of package: URL, swift: String) throws -> String {
        let pipe = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: swift)
        process.arguments = ["package", "--package-path", package.path, "describe", "--type", "json"]
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let described = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        let products = (described?["products"] as? [[String: Any]] ?? []).filter { ($0["type"] as? [String: Any])?["executable"] != nil }
            .compactMap { $0["name"] as? String }
        guard products.count == 1, let only = products.first else {
            throw ValidationError(
                products.isEmpty
                    ? "\(package.path) has no executable product to build; give --product"
                    : "\(package.path) has several executable products (\(products.joined(separator: ", "))); pick one with --product")
        }
        return only
    }

    /// The modification dates of the package's Swift sources and manifest; `.build` and hidden
    /// folders are not looked into.
    static func modificationDates(in package: URL) -> [String: Date] {
        var dates: [String: Date] = [:]
        let keys: [URLResourceKey] = [.contentModificationDateKey, .isDirectoryKey]
        guard let walker = FileManager.default.enumerator(at: package, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else {
            return dates
        }
        for case let url as URL in walker {
            let values = try? url.resourceValues(forKeys: Set(keys))
            if values?.isDirectory == true {
                if url.lastPathComponent == "node_modules" || url.lastPathComponent == "out" { walker.skipDescendants() }
                continue
            }
            if url.pathExtension == "swift" { dates[url.path] = values?.contentModificationDate ?? .distantPast }
        }
        return dates
    }

    /// Runs a program, its output to `log` (both streams) or else to this process's, waiting with
    /// `waitpid` rather than Foundation's polling (which rounds every time up to 50 ms); true when
    /// it exits 0.
    static func spawn(_ executable: String, _ arguments: [String], log: String? = nil) -> Bool {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let log {
            posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return false }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status == 0
    }

    static func which(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
