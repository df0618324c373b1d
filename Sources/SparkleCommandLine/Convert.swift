import ArgumentParser
import Foundation
import Sparkle
import SparkleFiles
import SparkleOutput
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
        let inputFormat = TemplateFormat.detect(path: file, bytes: bytes)
        let target = to ?? output.flatMap { TemplateFormat(path: $0) } ?? (check && output == nil ? inputFormat : (inputFormat == .json ? .yaml : .json))
        let conversion: TemplateConversion
        do {
            conversion = try TemplateConversion(bytes, name: name, rendering: try renderingOptions.rendering(target), keepingComments: !stripComments && !check)
        } catch let error as ConversionError {
            switch error {
            case .unreadable(let failure): printError(failure.description)
            case .notATemplate(let message): printError(message)
            case .wouldDropComments(let name, let count, let first):
                printError("\(name):\(first): error: \(name) has \(count) comment\(count == 1 ? "" : "s") (the first on line \(first)), which the YAML written would lose; pass --strip-comments to drop them")
                throw StackExit.usage
            }
            throw ExitCode.failure
        }
        Teardown.keepUntilExit(conversion)
        if let first = conversion.droppedComments.first, target == .json, !check {
            let count = conversion.droppedComments.count
            printError("note: \(name) has \(count) comment\(count == 1 ? "" : "s") (the first on line \(first)); JSON has no comments, so they are not carried over")
        }
        if check {
            let against = output ?? file
            if (try? InputFile.read(against)) != conversion.bytes {
                printError("\(against) is not canonical \(target.rawValue); run \(CatalogStore.shared.commandName) convert to rewrite it")
                throw ExitCode.failure
            }
            return
        }
        if let output {
            try writeAtomically(output, conversion.bytes)
            printSummary("wrote \(output) (\(target.rawValue), \(conversion.bytes.count) bytes)", since: start)
        } else {
            StandardStreams.out(conversion.bytes)
        }
    }
}
