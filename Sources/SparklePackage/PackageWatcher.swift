import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The author's loop over a package of one's own templates: notice a change to its Swift files,
/// build its command line, and compile every template with it.
public struct PackageWatcher: Sendable {
    /// The package's folder (holding `Package.swift`).
    public let package: URL
    /// The command-line product built and run.
    public let product: String
    /// The `swift` driver.
    public let swift: String

    /// - Parameters:
    ///   - product: the command-line product; nil picks the package's only executable product.
    /// - Throws: ``WatchError`` for a folder without a package, no `swift` on `PATH`, or a package
    ///   without exactly one executable product when none is named.
    public init(package path: String, product: String? = nil) throws(WatchError) {
        package = URL(fileURLWithPath: path).standardizedFileURL
        guard FileManager.default.fileExists(atPath: package.appendingPathComponent("Package.swift").path) else {
            throw .noPackage(package.path)
        }
        guard let swift = Self.which("swift") else { throw .noSwift }
        self.swift = swift
        if let product {
            self.product = product
        } else {
            self.product = try Self.executableProduct(of: package, swift: swift)
        }
    }

    /// How one round went.
    public struct Round: Sendable {
        /// Whether the build succeeded, and its log (shown when it did not).
        public var built: Bool
        public var buildLog: String
        public var buildTime: TimeInterval
        /// Whether every template compiled (its own errors went to standard error).
        public var compiled: Bool
        public var totalTime: TimeInterval
        /// Where the templates were written.
        public var output: String
    }

    /// Runs a ``round(output:format:)`` now, and again after each change to the package's Swift
    /// files (looked for every `interval` seconds), until `report` answers false. `report` gets
    /// each round and the number of files watched. A relative `output` is below the package.
    public func watch(output: String, format: String, interval: TimeInterval, report: (Round, _ files: Int) -> Bool) {
        let output = URL(fileURLWithPath: output, relativeTo: package).standardizedFileURL.path
        var seen: [String: Date] = [:]
        while true {
            let sources = modificationDates()
            if sources != seen {
                seen = sources
                guard report(round(output: output, format: format), sources.count) else { return }
            }
            Thread.sleep(forTimeInterval: interval)
        }
    }

    /// Builds the product, then runs `PRODUCT compile --all -o OUTPUT --format FORMAT`; a failed
    /// build leaves the output as it was.
    public func round(output: String, format: String) -> Round {
        let start = Date()
        // The build's progress lines are noise; its log is kept for when it fails.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("sparkle-watch-\(getpid()).log").path
        defer { unlink(log) }
        let built = Self.spawn(swift, ["build", "--package-path", package.path, "--product", product], log: log)
        let buildTime = Date().timeIntervalSince(start)
        guard built else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            return Round(built: false, buildLog: text, buildTime: buildTime, compiled: false, totalTime: buildTime, output: output)
        }
        let binary = package.appendingPathComponent(".build/debug/\(product)").path
        let compiled = Self.spawn(binary, ["compile", "--all", "-o", output, "--format", format])
        return Round(built: true, buildLog: "", buildTime: buildTime, compiled: compiled, totalTime: Date().timeIntervalSince(start), output: output)
    }

    /// The modification dates of the package's Swift sources and manifest; `.build`, hidden
    /// folders, `node_modules` and `out` are not looked into.
    public func modificationDates() -> [String: Date] {
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

    /// The package's only executable product, from `swift package describe`.
    static func executableProduct(of package: URL, swift: String) throws(WatchError) -> String {
        let pipe = Pipe()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: swift)
        process.arguments = ["package", "--package-path", package.path, "describe", "--type", "json"]
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            throw .noSwift
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let described = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        let products = (described?["products"] as? [[String: Any]] ?? []).filter { ($0["type"] as? [String: Any])?["executable"] != nil }
            .compactMap { $0["name"] as? String }
        guard products.count == 1, let only = products.first else { throw .executableProducts(package.path, products) }
        return only
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

    /// The first executable called `name` on `PATH`.
    static func which(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// Why a package cannot be watched.
public enum WatchError: Error, Sendable, Equatable {
    /// The folder holds no `Package.swift`.
    case noPackage(String)
    /// No `swift` on `PATH`.
    case noSwift
    /// No product was named, and the package has not exactly one executable product (these).
    case executableProducts(String, [String])
}
