import ArgumentParser
import Foundation
import Sparkle
import SparkleParsers

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a CloudFormation template between JSON and YAML, canonically.",
        discussion: """
            Reads FILE (or standard input for -) as JSON or YAML, by its extension or its first character, and \
            writes it in the other format (or the one -o's extension names, or --to). YAML short forms become long form in JSON and back. \
            With --check nothing is written: the command exits non-zero if OUT (or FILE itself, when no -o is \
            given) is not already the canonical rendering.
            """)

    @Argument(help: "The template to convert, or - for standard input.")
    var file: String

    @Option(help: "Output format: json or yaml (default: from the -o file name, else the other one).")
    var to: TemplateFormat?

    @Option(name: .shortAndLong, help: "Write here instead of standard output.")
    var output: String?

    @Flag(help: "Write nothing; exit non-zero if the target is not canonical.")
    var check = false

    @OptionGroup var renderingOptions: RenderingOptions

    func validate() throws {
        if check && file == "-" && output == nil { throw ValidationError("--check on standard input needs -o to compare against.") }
    }

    func run() throws {
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
        let rendered = rendering.bytes(root)

        if check {
            let against = output ?? file
            let existing = (try? Data(contentsOf: URL(fileURLWithPath: against))).map(Array.init)
            if existing != rendered {
                printError("\(against) is not canonical \(target.rawValue); run sparkle convert to rewrite it")
                throw ExitCode.failure
            }
            return
        }
        if let output {
            try writeAtomically([(URL(fileURLWithPath: output), rendered)])
        } else {
            StandardStreams.out(rendered)
        }
    }
}
