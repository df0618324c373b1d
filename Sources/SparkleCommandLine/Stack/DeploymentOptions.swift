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
    var inputs: [KeyValue] = []

    func validate() throws {
        if template != nil && file != nil { throw ValidationError("Pass --template or --file, not both.") }
        if file != nil && !inputs.isEmpty { throw ValidationError("--param sets compile-time inputs of a bundled template; a --file has none.") }
    }

    /// The deployment request for `stack`: the file, or the bundled template compiled with the
    /// inputs the deployed stack was compiled with, its nested templates staged in `staging`. Its
    /// warnings are shown.
    func request(forStack stack: String, staging: TemplateStaging, session: StackSession) async throws -> DeploymentRequest {
        let name = template ?? stack.replacingOccurrences(of: "-", with: "_")
        let request: DeploymentRequest
        if let file {
            let bytes = try readInput(file)
            request = try await session.run { () throws(StackError) in try DeploymentRequest(stackName: stack, file: file, bytes: bytes) }
        } else {
            let catalog = try CatalogStore.shared.catalog()
            let chosen: Template
            do {
                chosen = try catalog.templates(named: [name])[0]
            } catch {
                session.console.error("\(error)\(template == nil ? " (from the stack name; pick one with --template or --file)" : "")")
                throw StackExit.usage
            }
            let options = CompileOptions(parameters: inputs.dictionary, catalog: catalog)
            request = try await session.run { try await session.deployer.request(compiling: chosen, options: options, stackName: stack, staging: staging) }
        }
        for warning in request.warnings { session.console.warn("\(file ?? name): \(warning)") }
        return request
    }
}

/// Parameter values: explicit, from a file, from upstream stacks.
struct StackParameterOptions: ParsableArguments {
    @Option(
        name: .customLong("parameter"),
        help: ArgumentHelp("A stack parameter's value (repeatable; wins over everything else).", valueName: "Key=Value"))
    var parameters: [KeyValue] = []

    @Option(help: ArgumentHelp(
        "Parameter values: the AWS CLI's [{\"ParameterKey\": …, \"ParameterValue\": …}] or a flat map.", valueName: "file"))
    var parametersFile: String?

    @OptionGroup(title: "Apply-stack") var applyStack: ApplyStackOptions

    /// The sources, read: the file parsed, the upstream stacks' outputs fetched.
    func sources(console: StackConsole) async throws -> ParameterSources {
        var sources = ParameterSources(explicit: parameters.dictionary)
        if let parametersFile {
            let bytes = try readInput(parametersFile)
            do {
                sources.file = try StackParameters.values(parametersFile: parametersFile, bytes: bytes)
            } catch {
                console.error(error.message)
                throw StackExit.usage
            }
        }
        sources.applied = try await applyStack.stackOutputs(notFound: StackExit.notFound)
        sources.mappings = try applyStack.mappings()
        return sources
    }
}

/// Everything about the stack besides its template and parameters.
struct StackSettings: ParsableArguments {
    @Option(name: .customLong("tag"), help: ArgumentHelp("A stack tag (repeatable).", valueName: "Key=Value"))
    var tags: [KeyValue] = []

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
    var onFailure: DeploymentRequest.OnFailure?

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
        if let timeoutMinutes, timeoutMinutes <= 0 { throw ValidationError("--timeout-minutes must be positive.") }
        if let changeSetName, !StackOperator.isValidChangeSetName(changeSetName) {
            throw ValidationError("--change-set-name must start with a letter and hold only letters, digits and '-' (128 at most).")
        }
        _ = try acknowledged
    }

    /// `--stack-policy FILE`, read and checked now so that a bad file stops the deploy before
    /// anything changes; nil when not given.
    func stackPolicyOverride(session: StackSession) async throws -> String? {
        guard let file = stackPolicy else { return nil }
        let bytes = try readInput(file)
        return try await session.run { () throws(StackError) in try DeploymentRequest.stackPolicy(file: file, bytes: bytes) }
    }

    /// Where templates too large to send inline, and nested ones, are uploaded.
    var staging: TemplateStaging { stagingOptions.staging }

    /// `--capabilities`, parsed; nil when not given.
    var acknowledged: [String]? {
        get throws {
            do {
                return try capabilities.map(Capabilities.acknowledging)
            } catch {
                throw ValidationError(error.message)
            }
        }
    }

    /// These settings on `request`.
    func apply(to request: inout DeploymentRequest) {
        if !tags.isEmpty { request.tags = tags.map { StackTag(key: $0.key, value: $0.value) } }
        request.roleARN = roleARN
        if !notificationARNs.isEmpty { request.notificationARNs = notificationARNs }
        request.capabilities = try? acknowledged
        request.onFailure = onFailure
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

extension DeploymentRequest.OnFailure: ExpressibleByArgument {
    /// `rollback`, `delete` or `do-nothing`, in any case.
    public init?(argument: String) {
        self.init(rawValue: argument.uppercased().replacingOccurrences(of: "-", with: "_"))
    }

    public static var allValueStrings: [String] { ["rollback", "delete", "do-nothing"] }
}
