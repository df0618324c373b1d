import ArgumentParser
import Foundation
import Sparkle
import SparkleLint
import SparkleAWS
import SparkleFiles
import SparkleParsers
import SparkleStacks

struct Compile: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Compile templates to CloudFormation JSON or YAML.",
        discussion: """
            With one template and no -o, the template goes to standard output. With several (or --all), -o \
            names a directory that receives NAME.json (or NAME.yaml) for each. An -o file ending in .yaml or \
            .yml selects YAML. Nothing is written unless every template compiles; files are replaced atomically.
            """)

    @Argument(help: "Template names (see `sparkle list templates`).", completion: .templateNames)
    var names: [String] = []

    @Flag(help: "Compile every template in the catalog.")
    var all = false

    @Option(name: .shortAndLong, help: "Output file (one template) or directory.")
    var output: String?

    @Option(
        name: .customLong("param"),
        help: ArgumentHelp("Set a compile-time input or a parameter's Default.", valueName: "Name=Value"))
    var parameters: [KeyValue] = []

    @Option(help: "Output format: json or yaml (default: from the -o file name, else json).")
    var format: TemplateFormat?

    @OptionGroup var renderingOptions: RenderingOptions

    @Flag(help: "Write nothing; exit non-zero if the files at -o differ from a fresh compile.")
    var check = false

    @OptionGroup var stagingOptions: StagingOptions

    @Option(name: .customLong("ignore"), help: ArgumentHelp("Report this rule's errors as warnings and write the template anyway (repeatable).", valueName: "rule"), completion: .ruleIDs)
    var ignoredRules: [String] = []

    @Flag(help: "Leave out the CompileState output that records the compile-time inputs' values.")
    var noCompileState = false

    @Flag(help: "Also write the stack policy a template's resources declare beside it, as NAME.stack-policy.json.")
    var stackPolicy = false

    @OptionGroup(title: "Apply-stack") var applyStack: ApplyStackOptions

    func validate() throws {
        if names.isEmpty && !all { throw ValidationError("Name a template or pass --all (see `\(CatalogStore.shared.commandName) list templates`).") }
        if !names.isEmpty && all { throw ValidationError("Pass template names or --all, not both.") }
        if check && output == nil { throw ValidationError("--check compares against files on disk: give -o.") }
        if stackPolicy && output == nil { throw ValidationError("--stack-policy writes a file beside the template: give -o.") }
        _ = try renderingOptions.rendering(resolvedFormat)
        if let unknown = unknownRuleMessage(ignoredRules) { throw ValidationError(unknown) }
    }

    /// `--format`, else the -o file's extension, else JSON.
    var resolvedFormat: TemplateFormat {
        format ?? output.flatMap { TemplateFormat(path: $0) } ?? .json
    }

    func run() async throws {
        let start = Date()
        let stacks = try await applyStack.stackOutputs()
        let mappings = try applyStack.mappings()
        let catalog = try CatalogStore.shared.catalog()
        let templates = try selectTemplates(from: catalog)
        let rendering = try renderingOptions.rendering(resolvedFormat)
        let values = parameters.dictionary
        let several = templates.count > 1
        let options = CompileOptions(
            parameters: values, ignoresUnknownParameters: several, stacks: stacks, mappings: mappings, ignoredRules: ignoredRules,
            recordsCompileState: !noCompileState, catalog: CatalogStore.shared)

        var compiled: [CompiledTemplate] = []
        var failed = false
        for template in templates {
            do {
                let result = try Compiler.compile(template, options: options)
                result.warnings.forEach { printError("\(template.name): \($0)") }
                result.applyReport?.lines.forEach { printError("\(template.name): apply-stack: \($0)") }
                compiled.append(result)
            } catch {
                printError("error: \(error)")
                failed = true
            }
        }
        if several {
            let known = Set(templates.flatMap { $0.inputs.map(\.name) } + compiled.flatMap { $0.tree["Parameters"]?.objectValue?.keys ?? [] })
            for name in values.keys.sorted() where !known.contains(name) && Compiler.matchNames([name], known: known).renamed.isEmpty {
                printError("error: no selected template has an input or parameter '\(name)'")
                failed = true
            }
        }
        if failed { throw ExitCode.failure }

        let outputs = try plannedOutputs(compiled, several: several, rendering: rendering)
        if check {
            if !checkUpToDate(outputs) { throw ExitCode.failure }
            return
        }
        if outputs.isEmpty, let only = compiled.first {
            if !only.children.isEmpty {
                printError("error: template '\(only.name)' nests \(only.children.map(\.logicalID).joined(separator: ", ")): give -o DIR to write the nested templates too")
                throw ExitCode.failure
            }
            StandardStreams.out(rendering.bytes(only.tree))
            return
        }
        try writeAtomically(outputs)
        printSummary("wrote \(outputs.count) file\(outputs.count == 1 ? "" : "s") to \(output ?? ".")", since: start)
    }


    /// `--check`: whether every file is as a fresh compile writes it. Says which are missing,
    /// which are stale (with what changed, template entry by entry) and, with `--all`, which
    /// files in the directory no template compiles to any more.
    private func checkUpToDate(_ outputs: [(url: URL, bytes: [UInt8])]) -> Bool {
        var upToDate = true
        for (url, bytes) in outputs {
            guard let existing = FileManager.default.contents(atPath: url.path) else {
                printError("missing: \(url.path)")
                upToDate = false
                continue
            }
            guard Array(existing) != bytes else { continue }
            upToDate = false
            printError("stale: \(url.path)")
            do {
                let old = try TemplateParser.parseTemplate(Array(existing), file: url.path)
                let new = try TemplateParser.parseTemplate(bytes, file: url.path)
                let diff = TemplateDiff(deployed: old, proposed: new)
                if diff.isEmpty {
                    printError("  the same template, written differently (formatting, key order or style)")
                } else {
                    diff.lines().forEach { printError("  " + $0) }
                }
            } catch {
                printError("  not a template Sparkle can read: \(error)")
            }
        }
        if all, let output {
            let planned = Set(outputs.map { $0.url.standardizedFileURL.path })
            let root = URL(fileURLWithPath: output, isDirectory: true)
            for file in TemplateFiles.find(in: root.path) where !planned.contains(URL(fileURLWithPath: file).standardizedFileURL.path) {
                printError("extra: \(file) (no template compiles to it)")
                upToDate = false
            }
        }
        return upToDate
    }

    private func selectTemplates(from catalog: Catalog) throws -> [Template] {
        if all { return catalog.templates }
        var seen = Set<String>()
        return try names.filter { seen.insert($0).inserted }.map { name in
            guard let template = catalog.template(named: name) else {
                throw ValidationError(catalog.unknownTemplate(name))
            }
            return template
        }
    }

    /// Where each template goes: nothing for stdout, a file, or NAME.json in a directory.
    private func plannedOutputs(_ compiled: [CompiledTemplate], several: Bool, rendering: Rendering) throws
        -> [(url: URL, bytes: [UInt8])]
    {
        guard let output else {
            if several { throw ValidationError("Several templates need -o DIRECTORY.") }
            return []
        }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory)
        let toDirectory = several || all || output.hasSuffix("/") || (exists && isDirectory.boolValue)
        if toDirectory {
            let directory = URL(fileURLWithPath: output, isDirectory: true)
            if !check {
                do {
                    try OutputFiles.makeDirectory(directory.path)
                } catch {
                    printError("error: cannot write to \(output): \(error.reason)")
                    throw ExitCode.failure
                }
            }
            return try compiled.flatMap { template in
                let written = try files(of: template, rendering: rendering).map { (url: directory.appendingPathComponent($0.path), bytes: $0.bytes) }
                return written + policyFile(of: template, beside: written.last!.url)
            }
        }
        let file = URL(fileURLWithPath: output)
        let all = try files(of: compiled[0], rendering: rendering)
        return all.dropLast().map { (file.deletingLastPathComponent().appendingPathComponent($0.path), $0.bytes) } + [(file, all.last!.bytes)]
            + policyFile(of: compiled[0], beside: file)
    }

    /// With `--stack-policy`, `NAME.stack-policy.json` beside the template written to `url`, when
    /// its resources declare a policy.
    private func policyFile(of template: CompiledTemplate, beside url: URL) -> [(url: URL, bytes: [UInt8])] {
        guard stackPolicy else { return [] }
        guard let policy = template.stackPolicy else {
            // With --all, most templates have none; say so only of a template asked for by name.
            if !all { printError("\(template.name): no resource declares a stack policy (.denyUpdates, .allowUpdates); none written") }
            return []
        }
        let name = url.deletingPathExtension().lastPathComponent + ".stack-policy.json"
        return [(url.deletingLastPathComponent().appendingPathComponent(name), JSONEmitter.bytes(policy.document, style: .pretty))]
    }

    /// The template and those it nests, with TemplateURLs into --bucket when one is given.
    private func files(of template: CompiledTemplate, rendering: Rendering) throws -> [TemplateFile] {
        stagingOptions.staging.files(of: template, fileExtension: rendering.fileExtension, render: rendering.bytes).files
    }
}
