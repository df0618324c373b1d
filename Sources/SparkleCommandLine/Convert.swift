import ArgumentParser
import Foundation
import Sparkle
import SparkleParsers

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a CloudFormation template between JSON and YAML, canonically.",
        discussion: """
            Reads FILE (or standard input for -) as JSON or YAML, by its extension or its first character, and \
            writes it in the other format (or the one -o's extension names, or --to). YAML short forms become long form in JSON and back. \
            Numbers are written as read, never rounded. YAML comments cannot be kept: converting to JSON says so, and \
            rewriting YAML as YAML refuses to drop them unless --strip-comments is given. \
            With --check nothing is written: the command exits non-zero if OUT (or FILE itself, when no -o is \
            given) is not already the canonical rendering.
            """)

    @Argument(help: "The template to convert, or - for standard input.", completion: .templateFiles)
    var file: String

    @Option(help: "Output format: json or yaml (default: from the -o file name, else the other one).")
    var to: TemplateFormat?

    @Option(name: .shortAndLong, help: "Write here instead of standard output.")
    var output: String?

    @Flag(help: "Write nothing; exit non-zero if the target is not canonical.")
    var check = false

    @Flag(help: "Drop the input's YAML comments when writing YAML (without it, convert refuses to lose them).")
    var stripComments = false

    @OptionGroup var renderingOptions: RenderingOptions

    func validate() throws {
        if check && file == "-" && output == nil { throw ValidationError("--check on standard input needs -o to compare against.") }
    }

    func run() throws {
        let start = Date()
        let bytes = try readInput(file)
        let name = file == "-" ? "<stdin>" : file
        let tree: Value
        do {
            tree = try TemplateParser.parse(bytes, file: name)
        } catch {
            printError(error.description)
            throw ExitCode.failure
        }
        let inputFormat = TemplateFormat.detect(path: file, bytes: bytes)
        let target = to ?? output.flatMap { TemplateFormat(path: $0) } ?? (check && output == nil ? inputFormat : (inputFormat == .json ? .yaml : .json))
        let rendering = try renderingOptions.rendering(target)
        guard case .object(let root) = tree else {
            printError("\(name):1:1: error: a template must be a mapping (object) at its root")
            throw ExitCode.failure
        }
        if target == .json, let path = Self.firstNonFinite(in: tree) {
            let place = tree.nearestOrigin(along: path).map { "\($0.line)" + ($0.column.map { ":\($0)" } ?? "") } ?? "1:1"
            printError("\(name):\(place): error: \(path.joined(separator: ".")) is \(tree.value(at: path)!.scalarText ?? "not finite"), which JSON cannot hold; write a finite number")
            throw ExitCode.failure
        }
        if inputFormat == .yaml, !check {
            let comments = YAMLComments.lines(in: bytes)
            if let first = comments.first {
                let what = "\(name) has \(comments.count) comment\(comments.count == 1 ? "" : "s") (the first on line \(first))"
                if target == .json {
                    printError("note: \(what); JSON has no comments, so they are not carried over")
                } else if !stripComments {
                    printError("\(name):\(first): error: \(what), which the YAML written would lose; pass --strip-comments to drop them")
                    throw ExitCode(2)
                }
            }
        }
        let rendered = rendering.bytes(root)
        Teardown.keepUntilExit(tree)

        if check {
            let against = output ?? file
            let existing = (try? Data(contentsOf: URL(fileURLWithPath: against))).map(Array.init)
            if existing != rendered {
                printError("\(against) is not canonical \(target.rawValue); run \(CatalogStore.shared.commandName) convert to rewrite it")
                throw ExitCode.failure
            }
            return
        }
        if let output {
            try writeAtomically([(URL(fileURLWithPath: output), rendered)])
            printSummary("wrote \(output) (\(target.rawValue), \(rendered.count) bytes)", since: start)
        } else {
            StandardStreams.out(rendered)
        }
    }

    /// The path of the first infinite or NaN number (read from YAML's `.inf`, `.nan`), if any; the
    /// path is built on the way out, so a tree without one costs no allocation.
    static func firstNonFinite(in value: Value) -> [String]? {
        switch value {
        case .double(let double) where !double.isFinite: return []
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                if let found = firstNonFinite(in: element) { return [String(index)] + found }
            }
        case .object(let object):
            for (key, child) in object {
                if let found = firstNonFinite(in: child) { return [key] + found }
            }
        default: break
        }
        return nil
    }
}
