import ArgumentParser
import Foundation
import Sparkle
import SparkleParsers
import SparkleFiles
import SparkleOutput
import SparkleStacks

/// The output options `compile` and `convert` share.
struct RenderingOptions: ParsableArguments {
    @Flag(help: "Write JSON without whitespace.")
    var minify = false

    @Flag(help: "Write YAML with long-form intrinsic functions (Fn::Join:) instead of short tags (!Join).")
    var longForm = false

    /// These options for `format`, or a usage error where one does not apply.
    func rendering(_ format: TemplateFormat) throws -> TemplateRendering {
        do {
            return try TemplateRendering(format: format, minify: minify, longForm: longForm)
        } catch .minifiedYAML {
            throw ValidationError("--minify applies to JSON output only.")
        } catch {
            throw ValidationError("--long-form applies to YAML output only.")
        }
    }
}

extension TemplateFormat: ExpressibleByArgument {}

/// `--bucket` and `--prefix`: where templates over 51,200 bytes and nested templates are uploaded,
/// and so where nested stacks' `TemplateURL`s point.
struct StagingOptions: ParsableArguments {
    @Option(help: "S3 bucket for nested templates and templates over 51,200 bytes (TemplateURLs point there).")
    var bucket: String?

    @Option(help: "Key prefix in --bucket.")
    var prefix: String?

    var staging: TemplateStaging { TemplateStaging(bucket: bucket, prefix: prefix) }
}

/// Replaces the file at `path` atomically (``OutputFiles/write(_:)``); a failure is one error line and exit 1.
func writeAtomically(_ path: String, _ bytes: [UInt8]) throws {
    do {
        try OutputFiles.write([OutputFile(path: path, bytes: bytes)])
    } catch {
        printError("error: \(error)")
        throw ExitCode.failure
    }
}

/// Reads a file, or standard input for `-`; one that cannot be read is an input error (exit 2).
func readInput(_ path: String) throws -> [UInt8] {
    do {
        return try InputFile.read(path)
    } catch {
        printError("error: \(error)")
        throw StackExit.usage
    }
}
