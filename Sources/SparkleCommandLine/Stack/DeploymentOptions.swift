import ArgumentParser
import Foundation
import Sparkle
import SparkleAWS
import SparkleParsers
import SparkleStacks

/// Which template a deployment sends: a bundled one, compiled, or a file.
struct TemplateChoice: ParsableArguments {
    @Option(help: "Bundled template to compile (default: the stack name with '-' read as '_').", completion: .templateNames)
    var template: String?

    @Option(help: "A JSON or YAML CloudFormation file to send instead.", completion: .templateFiles)
    var file: String?

    @Option(
        name: .customLong("param"),
        help: ArgumentHelp("Set a compile-time input, as `compile --param` does.", valueName: "Name=Value"))
    var inputs: [String] = []

    func validate() throws {
        if template != nil && file != nil { throw ValidationError("Pass --template or --file, not both.") }
        if file != nil && !inputs.isEmpty { throw ValidationError("--param sets compile-time inputs of a bundled template; a --file has none.") }
        for input in inputs where !input.contains("=") || input.hasPrefix("=") {
            throw ValidationError("--param expects Name=Value, got '\(input)'.")
        }
    }

    /// The template as a tree and as the text to send, checked as `compile` and `lint` check them,
    /// with the templates it nests staged under `staging` (which must have a bucket for them).
    /// A bundled template's inputs not given otherwise take the values of `previousState`, the
    /// `CompileState` of the stack already deployed.
    func load(
        forStack stack: String, staging: TemplateStaging, console: StackConsole, previousState: CompileState? = nil
    ) throws -> LoadedTemplate {
        if let file {
            let (bytes, tree) = try parsedFile(file, console: console) { bytes throws(ParseError) in
                try TemplateParser.parseTemplate(bytes, file: file)
            }
            let diagnostics = Compiler.validate(tree)
            for diagnostic in diagnostics where diagnostic.severity == .warning { console.warn("\(file): \(diagnostic)") }
            let errors = diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty {
                console.error("\(file) has \(errors.count) error(s):\n" + errors.map { "  \($0)" }.joined(separator: "\n"))
                throw StackExit.usage
            }
            let format = TemplateFormat.detect(path: file, bytes: bytes)
            return LoadedTemplate(tree: tree, body: String(decoding: bytes, as: UTF8.self), fileExtension: format.rawValue)
        }
        let catalog = CatalogStore.shared.catalog
        let name = template ?? stack.replacingOccurrences(of: "-", with: "_")
        guard let chosen = catalog.template(named: name) else {
            let how = template == nil ? " (from the stack name; pick one with --template or --file)" : ""
            console.error(catalog.unknownTemplate(name) + how)
            throw StackExit.usage
        }
        var values: [String: String] = [:]
        for input in inputs {
            let (key, value) = input.splitOnce("=")
            values[key] = value
        }
        let compiled: CompiledTemplate
        do {
            compiled = try Compiler.compile(chosen, parameters: values, previousState: previousState)
        } catch {
            console.error(error.description)
            throw StackExit.usage
        }
        compiled.warnings.forEach { console.warn("\(chosen.name): \($0)") }
        if !compiled.children.isEmpty && staging.bucket == nil {
            console.error(
                "template '\(chosen.name)' nests \(compiled.children.map(\.logicalID).joined(separator: ", ")): give --bucket BUCKET to upload the nested templates")
            throw StackExit.usage
        }
        // Pretty JSON when it fits inline; minified when only that fits, so no bucket is needed.
        func staged(_ style: JSONEmitter.Style) -> (files: [TemplateFile], uploads: [(key: String, bytes: [UInt8])]) {
            staging.files(of: compiled, fileExtension: "json") { JSONEmitter.bytes(.object($0), style: style) }
        }
        var (files, uploads) = staged(.pretty)
        if files.last!.bytes.count > TemplateStaging.inlineLimit {
            let minified = staged(.minified)
            if minified.files.last!.bytes.count <= TemplateStaging.inlineLimit { (files, uploads) = minified }
        }
        var loaded = LoadedTemplate(tree: compiled.tree, body: String(decoding: files.last!.bytes, as: UTF8.self), fileExtension: "json")
        loaded.uploads = uploads
        loaded.stackPolicy = compiled.stackPolicy.map { String(decoding: JSONEmitter.bytes($0.document, style: .minified), as: UTF8.self) }
        func nested(_ template: CompiledTemplate, path: String) -> [(path: String, tree: Object)] {
            template.children.flatMap { child in
                let childPath = path.isEmpty ? child.logicalID : "\(path)/\(child.logicalID)"
                return [(childPath, child.template.tree)] + nested(child.template, path: childPath)
            }
        }
        loaded.nested = nested(compiled, path: "")
        return loaded
    }
}

/// The file at `path` (or standard input for `-`), read and parsed; a parse error is reported
/// where it is and ends the command with the usage exit code.
func parsedFile<Parsed>(
    _ path: String, console: StackConsole, _ parse: ([UInt8]) throws(ParseError) -> Parsed
) throws -> (bytes: [UInt8], parsed: Parsed) {
    let bytes = try readInput(path)
    do {
        return (bytes, try parse(bytes))
    } catch {
        console.error(error.description)
        throw StackExit.usage
    }
}

extension CompileState {
    /// The state recorded in a deployed stack's `CompileState` output; nil when it has none, and
    /// a warning (then nil) when the output is not the JSON object sparkle writes.
    init?(of stack: StackDescription, console: StackConsole) {
        guard let output = stack.outputs.first(where: { $0.key == CompileState.outputName }) else { return nil }
        guard let parsed = try? TemplateParser.parse(Array(output.value.utf8), file: "CompileState", format: .json),
            let state = CompileState(outputValue: parsed)
        else {
            console.warn("stack '\(stack.name)': its CompileState output is not a JSON object of strings; the inputs' defaults apply")
            return nil
        }
        self = state
    }
}

/// A template ready to deploy: its tree, the text to send, and the nested templates to upload first.
struct LoadedTemplate {
    var tree: Object
    var body: String
    var fileExtension: String
    var uploads: [(key: String, bytes: [UInt8])] = []
    /// Each nested template's tree, by its path of stack logical IDs (`Network`, `App/Queue`).
    var nested: [(path: String, tree: Object)] = []
    /// The stack policy its resources declare, as JSON text; nil when they declare none.
    var stackPolicy: String?

    /// A deployment request for `stack` with this template.
    func request(stack: String) -> DeploymentRequest {
        var request = DeploymentRequest(stackName: stack, template: tree, body: body, fileExtension: fileExtension)
        request.nestedTemplates = nested
        request.uploads = uploads
        return request
    }
}

/// Parameter values: explicit, from a file, from upstream stacks.
struct StackParameterOptions: ParsableArguments {
    @Option(
        name: .customLong("parameter"),
        help: ArgumentHelp("A stack parameter's value (repeatable; wins over everything else).", valueName: "Key=Value"))
    var parameters: [String] = []

    @Option(help: ArgumentHelp(
        "Parameter values: the AWS CLI's [{\"ParameterKey\": …, \"ParameterValue\": …}] or a flat map.", valueName: "file"))
    var parametersFile: String?

    @OptionGroup(title: "Apply-stack") var applyStack: ApplyStackOptions

    func validate() throws {
        for parameter in parameters where !parameter.contains("=") || parameter.hasPrefix("=") {
            throw ValidationError("--parameter expects Key=Value, got '\(parameter)'.")
        }
    }

    /// The sources, read: the file parsed, the upstream stacks' outputs fetched.
    func sources(console: StackConsole) async throws -> ParameterSources {
        var sources = ParameterSources()
        for parameter in parameters {
            let (key, value) = parameter.splitOnce("=")
            sources.explicit[key] = value
        }
        if let parametersFile {
            let (_, parsed) = try parsedFile(parametersFile, console: console) { bytes throws(ParseError) in
                try TemplateParser.parse(bytes, file: parametersFile)
            }
            guard let values = StackParameters.values(fromParametersFile: parsed) else {
                console.error("\(parametersFile) is neither [{\"ParameterKey\": …, \"ParameterValue\": …}] nor a flat map of values")
                throw StackExit.usage
            }
            sources.file = values
        }
        sources.applied = try await applyStack.stackOutputs(notFound: StackExit.notFound)
        sources.mappings = try applyStack.mappings()
        return sources
    }
}

/// Everything about the stack besides its template and parameters.
struct StackSettings: ParsableArguments {
    @Option(name: .customLong("tag"), help: ArgumentHelp("A stack tag (repeatable).", valueName: "Key=Value"))
    var tags: [String] = []

    @Option(help: "The IAM role CloudFormation acts as.")
    var roleARN: String?

    @Option(name: .customLong("notification-arn"), help: ArgumentHelp("An SNS topic for stack events (repeatable).", valueName: "arn"))
    var notificationARNs: [String] = []

    @Option(help: ArgumentHelp(
        "Capabilities to acknowledge instead of the detected ones (comma-separated; NONE for none).", valueName: "list"))
    var capabilities: String?

    @Flag(inversion: .prefixedNo, help: "Turn termination protection on (or off) once the stack is deployed.")
    var terminationProtection: Bool?

    @Option(help: "Give up creating a new stack after this many minutes (CloudFormation's TimeoutInMinutes; create only).")
    var timeoutMinutes: Int?

    @Option(help: "What CloudFormation does when a new stack fails to create: rollback, delete or do-nothing.")
    var onFailure: String?

    @OptionGroup var stagingOptions: StagingOptions

    @Option(help: "Name of the change set (default: sparkle-TIME-N).")
    var changeSetName: String?

    @Flag(help: "Delete a stack left by a failed create (ROLLBACK_COMPLETE) and create it anew.")
    var replaceFailed = false

    @Option(
        help: ArgumentHelp(
            "Set this stack policy (a JSON file) once the stack is deployed, instead of the one the template's resources declare.",
            valueName: "file"), completion: .file(extensions: ["json"]))
    var stackPolicy: String?

    func validate() throws {
        for tag in tags where !tag.contains("=") || tag.hasPrefix("=") {
            throw ValidationError("--tag expects Key=Value, got '\(tag)'.")
        }
        if let onFailure, !["rollback", "delete", "do-nothing"].contains(onFailure.lowercased()) {
            throw ValidationError("--on-failure is rollback, delete or do-nothing, not '\(onFailure)'.")
        }
        if let timeoutMinutes, timeoutMinutes <= 0 { throw ValidationError("--timeout-minutes must be positive.") }
        if let changeSetName, changeSetName.range(of: "^[A-Za-z][-A-Za-z0-9]{0,127}$", options: .regularExpression) == nil {
            throw ValidationError("--change-set-name must start with a letter and hold only letters, digits and '-' (128 at most).")
        }
        for capability in acknowledged ?? [] where !["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"].contains(capability) {
            throw ValidationError("unknown capability '\(capability)' (CAPABILITY_IAM, CAPABILITY_NAMED_IAM, CAPABILITY_AUTO_EXPAND, or NONE)")
        }
    }

    /// Where templates too large to send inline, and nested ones, are uploaded.
    var staging: TemplateStaging { stagingOptions.staging }

    /// `--capabilities`, parsed; nil when not given.
    var acknowledged: [String]? {
        guard let capabilities else { return nil }
        let names = capabilities.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        return names == ["NONE"] ? [] : names.map { $0.hasPrefix("CAPABILITY_") ? $0 : "CAPABILITY_\($0)" }
    }

    /// These settings on `request`.
    func apply(to request: inout DeploymentRequest) {
        if !tags.isEmpty { request.tags = tags.map { let (key, value) = $0.splitOnce("="); return StackTag(key: key, value: value) } }
        request.roleARN = roleARN
        if !notificationARNs.isEmpty { request.notificationARNs = notificationARNs }
        request.capabilities = acknowledged
        request.onFailure = onFailure.map { $0.uppercased().replacingOccurrences(of: "-", with: "_") }
        request.changeSetName = changeSetName
        request.staging = staging
        request.replaceFailed = replaceFailed
        request.timeoutInMinutes = timeoutMinutes
        request.terminationProtection = terminationProtection
    }
}

/// `--yes`, `--detach`, `--wait-timeout`.
struct ProceedOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Do not ask for confirmation (needed without a terminal).")
    var yes = false

    @Flag(help: "Return once the operation has started, without waiting for it.")
    var detach = false

    @Option(help: ArgumentHelp("Stop waiting after this long (the operation goes on); exit 5.", valueName: "duration"))
    var waitTimeout: WaitDuration?
}
