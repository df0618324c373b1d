import ArgumentParser
import Foundation
import SparklePackage
import SparkleParsers

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
        let watcher: PackageWatcher
        do {
            watcher = try PackageWatcher(package: packagePath, product: product)
        } catch {
            switch error {
            case .noPackage(let path):
                throw ValidationError("\(path) holds no Package.swift; run watch in a package (see `\(CatalogStore.shared.commandName) init`)")
            case .noSwift: throw ValidationError("swift is not on PATH")
            case .executableProducts(let path, let products):
                throw ValidationError(
                    products.isEmpty
                        ? "\(path) has no executable product to build; give --product"
                        : "\(path) has several executable products (\(products.joined(separator: ", "))); pick one with --product")
            }
        }
        var compiled = true
        watcher.watch(output: output, format: format.rawValue, interval: interval) { round, files in
            if !round.built {
                StandardStreams.error(round.buildLog)
                printError(String(format: "build failed after %.1f s; %@ is unchanged", round.buildTime, round.output))
            } else {
                printError(String(
                    format: "%@ in %.2f s (build %.2f s, compile %.2f s)", round.compiled ? "wrote \(round.output)" : "compile failed",
                    round.totalTime, round.buildTime, round.totalTime - round.buildTime))
            }
            compiled = round.compiled
            if !once { printError("watching \(files) Swift files in \(watcher.package.path) (Ctrl-C to stop)") }
            return !once
        }
        if !compiled { throw ExitCode.failure }
    }
}
