import ArgumentParser
import Foundation
import Sparkle
import SparkleParsers

/// The output options `compile` and `convert` share.
struct RenderingOptions: ParsableArguments {
    @Flag(help: "Write JSON without whitespace.")
    var minify = false

    @Flag(help: "Write YAML with long-form intrinsic functions (Fn::Join:) instead of short tags (!Join).")
    var longForm = false

    /// These options for `format`, or a usage error where one does not apply.
    func rendering(_ format: TemplateFormat) throws -> Rendering {
        if minify && format == .yaml { throw ValidationError("--minify applies to JSON output only.") }
        if longForm && format == .json { throw ValidationError("--long-form applies to YAML output only.") }
        return Rendering(format: format, minify: minify, longForm: longForm)
    }
}

/// How a command writes a template: JSON or YAML, and the options of each.
struct Rendering {
    var format: TemplateFormat
    var minify = false
    var longForm = false

    /// The bytes of `tree` in this rendering.
    func bytes(_ tree: Object) -> [UInt8] {
        switch format {
        case .json: JSONEmitter.bytes(.object(tree), style: minify ? .minified : .pretty)
        case .yaml: YAMLEmitter.bytes(.object(tree), longForm: longForm)
        }
    }

    /// The file extension of this format.
    var fileExtension: String { format.rawValue }
}

extension TemplateFormat: ExpressibleByArgument {}

/// Writes each file atomically (temporary file, then rename), so a reader never sees half a file.
/// The folders of nested templates' files are made as needed.
func writeAtomically(_ files: [(url: URL, bytes: [UInt8])]) throws {
    for file in files {
        do {
            try FileManager.default.createDirectory(at: file.url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: file.url, options: .atomic)
        } catch {
            printError("error: cannot write \(file.url.path): \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}

/// Reads a file, or standard input for `-`.
func readInput(_ path: String) throws -> [UInt8] {
    if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
    do {
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
        printError("error: cannot read \(path): \(error.localizedDescription)")
        throw ExitCode.failure
    }
}
