import Foundation
import Sparkle
import SparkleFiles
import SparkleParsers

/// Where compiled templates are written, and how files on disk compare with a fresh compile:
/// what `compile -o` and `compile --check` do.
public struct TemplateOutputs: Sendable {
    /// Where the templates go.
    public enum Destination: Sendable, Equatable {
        /// `NAME.json` (or `.yaml`) for each template, nested ones in `NAME/`.
        case directory(String)
        /// One template, to this file; its nested templates in a folder beside it.
        case file(String)
    }

    public var destination: Destination
    public var rendering: TemplateRendering
    /// Whether the stack policy a template's resources declare is written beside it, as
    /// `NAME.stack-policy.json`.
    public var writesStackPolicies: Bool

    /// Templates written to `destination` in `rendering`, with their stack policies when asked.
    public init(destination: Destination, rendering: TemplateRendering, writesStackPolicies: Bool = false) {
        self.destination = destination
        self.rendering = rendering
        self.writesStackPolicies = writesStackPolicies
    }

    /// Templates written to `output` as `compile -o` writes them: to a directory when `several`
    /// templates are written, when `output` ends in `/`, or when it is a directory already; else
    /// to that one file.
    public init(output: String, several: Bool, rendering: TemplateRendering, writesStackPolicies: Bool = false) {
        var isDirectory: ObjCBool = false
        let existing = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue
        let toDirectory = several || output.hasSuffix("/") || existing
        self.init(destination: toDirectory ? .directory(output) : .file(output), rendering: rendering, writesStackPolicies: writesStackPolicies)
    }

    /// Writes `files` all or nothing (``OutputFiles/write(_:)``); a directory destination is made
    /// even when no file goes into it.
    ///
    /// - Throws: ``FileError`` naming what could not be written or made, and why.
    public func write(_ files: [OutputFile]) throws(FileError) {
        if case .directory(let path) = destination { try OutputFiles.makeDirectory(path) }
        try OutputFiles.write(files)
    }

    /// The files of `compiled`. `nestedFiles` renders one template with those it nests (see
    /// ``CompiledTemplate/files(fileExtension:render:location:)``, which a caller staging nested
    /// templates in S3 points elsewhere); by default their `TemplateURL`s are relative paths.
    public func files(
        of compiled: [CompiledTemplate], nestedFiles: ((CompiledTemplate) -> [TemplateFile])? = nil
    ) -> [OutputFile] {
        let render = nestedFiles ?? { $0.files(fileExtension: rendering.fileExtension, render: rendering.bytes) }
        switch destination {
        case .directory(let path):
            let directory = URL(fileURLWithPath: path, isDirectory: true)
            return compiled.flatMap { template in
                let written = render(template).map { OutputFile(path: directory.appendingPathComponent($0.path).path, bytes: $0.bytes) }
                return written + policyFile(of: template, beside: written.last!.path)
            }
        case .file(let path):
            let file = URL(fileURLWithPath: path)
            let all = render(compiled[0])
            return all.dropLast().map { OutputFile(path: file.deletingLastPathComponent().appendingPathComponent($0.path).path, bytes: $0.bytes) }
                + [OutputFile(path: path, bytes: all.last!.bytes)] + policyFile(of: compiled[0], beside: path)
        }
    }

    /// `NAME.stack-policy.json` beside the template written to `path`, when asked for and its
    /// resources declare a policy.
    private func policyFile(of template: CompiledTemplate, beside path: String) -> [OutputFile] {
        guard writesStackPolicies, let policy = template.stackPolicy else { return [] }
        let url = URL(fileURLWithPath: path)
        let name = url.deletingPathExtension().lastPathComponent + ".stack-policy.json"
        return [OutputFile(path: url.deletingLastPathComponent().appendingPathComponent(name).path, bytes: JSONEmitter.bytes(policy.document, style: .pretty))]
    }

    /// How the files on disk differ from `planned`: missing, stale (with what changed, entry by
    /// entry) and, with `extraIn`, template files in that directory that nothing compiles to.
    public static func differences(from planned: [OutputFile], extraIn directory: String? = nil) -> [OutputDifference] {
        var differences: [OutputDifference] = []
        for file in planned {
            guard let existing = FileManager.default.contents(atPath: file.path).map(Array.init) else {
                differences.append(.missing(file.path))
                continue
            }
            guard existing != file.bytes else { continue }
            do {
                let old = try TemplateParser.parseTemplate(existing, file: file.path)
                let new = try TemplateParser.parseTemplate(file.bytes, file: file.path)
                differences.append(.stale(file.path, TemplateDiff(deployed: old, proposed: new)))
            } catch {
                differences.append(.unreadable(file.path, error))
            }
        }
        if let directory {
            let planned = Set(planned.map { URL(fileURLWithPath: $0.path).standardizedFileURL.path })
            for file in TemplateFiles.find(in: directory) where !planned.contains(URL(fileURLWithPath: file).standardizedFileURL.path) {
                differences.append(.extra(file))
            }
        }
        return differences
    }
}

/// How a file on disk differs from a fresh compile.
public enum OutputDifference: Sendable, Equatable {
    /// No file where one is written.
    case missing(String)
    /// The file holds another template; the diff is empty when only the formatting differs
    /// (key order, style).
    case stale(String, TemplateDiff)
    /// The file differs and is not a template Sparkle can read.
    case unreadable(String, ParseError)
    /// A template file in the directory that no template compiles to any more.
    case extra(String)

    /// The difference for people: `missing: PATH`, `stale: PATH` with what changed, indented,
    /// or `extra: PATH`.
    public var lines: [String] {
        switch self {
        case .missing(let path): ["missing: \(path)"]
        case .stale(let path, let diff):
            ["stale: \(path)"] + (diff.isEmpty ? ["  the same template, written differently (formatting, key order or style)"] : diff.lines().map { "  " + $0 })
        case .unreadable(let path, let error): ["stale: \(path)", "  not a template Sparkle can read: \(error)"]
        case .extra(let path): ["extra: \(path) (no template compiles to it)"]
        }
    }
}
