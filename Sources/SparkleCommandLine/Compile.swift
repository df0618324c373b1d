import ArgumentParser
import Foundation
import Sparkle
import SparkleLint
import SparkleAWS
import SparkleFiles
import SparkleOutput
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
        let templates: [Template]
        do {
            templates = all ? catalog.templates : try catalog.templates(named: names)
        } catch {
            throw ValidationError(error.description)
        }
        let rendering = try renderingOptions.rendering(resolvedFormat)
        let several = templates.count > 1
        let batch = Compiler.compile(templates, options: CompileOptions(
            parameters: parameters.dictionary, stacks: stacks, mappings: mappings, ignoredRules: ignoredRules,
            recordsCompileState: !noCompileState, catalog: catalog))
        for result in batch.compiled {
            result.warnings.forEach { printError("\(result.name): \($0)") }
            result.applyReport?.lines.forEach { printError("\(result.name): apply-stack: \($0)") }
        }
        batch.failures.forEach { printError("error: \($0)") }
        batch.unknownNames.forEach { printError("error: no selected template has an input or parameter '\($0)'") }
        if !batch.succeeded { throw ExitCode.failure }
        let compiled = batch.compiled

        guard let output else {
            if several { throw ValidationError("Several templates need -o DIRECTORY.") }
            let only = compiled[0]
            if !only.children.isEmpty {
                printError("error: template '\(only.name)' nests \(only.children.map(\.logicalID).joined(separator: ", ")): give -o DIR to write the nested templates too")
                throw ExitCode.failure
            }
            StandardStreams.out(rendering.bytes(only.tree))
            return
        }
        let outputs = TemplateOutputs(output: output, several: several || all, rendering: rendering, writesStackPolicies: stackPolicy)
        let staging = stagingOptions.staging
        let files = outputs.files(of: compiled) { staging.files(of: $0, fileExtension: rendering.fileExtension, render: rendering.bytes).files }
        // With --all, most templates have no policy; say so only of a template asked for by name.
        for template in compiled where stackPolicy && !all && template.stackPolicy == nil {
            printError("\(template.name): no resource declares a stack policy (.denyUpdates, .allowUpdates); none written")
        }
        if check {
            let differences = TemplateOutputs.differences(from: files, extraIn: all ? output : nil)
            differences.flatMap(\.lines).forEach(printError)
            if !differences.isEmpty { throw ExitCode.failure }
            return
        }
        do {
            try outputs.write(files)
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
        printSummary("wrote \(files.count) file\(files.count == 1 ? "" : "s") to \(output)", since: start)
    }
}
