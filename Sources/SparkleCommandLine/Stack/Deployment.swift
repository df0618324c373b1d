import ArgumentParser
import Foundation
import Sparkle
import SparkleAWS
import SparkleParsers
import SparkleStacks

/// The options of every command that deploys: `deploy`, `create`, `update` and `plan`.
struct DeploymentOptions: ParsableArguments {
    @Argument(help: "The stack's name.")
    var stack: String

    @OptionGroup(title: "Template") var template: TemplateChoice
    @OptionGroup(title: "Parameters") var parameters: StackParameterOptions
    @OptionGroup(title: "Stack") var settings: StackSettings
    @OptionGroup(title: "Output") var console: ConsoleOptions
}

/// What `deploy`, `create` and `update` take: a deployment, how to proceed, where outputs go.
struct DeployingOptions: ParsableArguments {
    @OptionGroup var options: DeploymentOptions
    @OptionGroup(title: "Proceeding") var proceed: ProceedOptions

    @Option(help: ArgumentHelp("After the deploy, write the outputs where --outputs-file reads them.", valueName: "file"))
    var writeOutputs: String?

    func run(_ mode: DeploymentRequest.Mode) async throws {
        try await Deployment(options: options, mode: mode, proceed: proceed, writeOutputs: writeOutputs).run()
    }
}

/// One deployment, from the template to the settled stack: compile or read, resolve parameters,
/// detect capabilities, upload when needed, plan a change set, preview, confirm, execute, follow
/// the events, print the outputs.
struct Deployment {
    var options: DeploymentOptions
    var mode: DeploymentRequest.Mode
    /// Stop after the preview and leave the change set (`plan`).
    var planOnly = false
    var failOnChanges = false
    var proceed = ProceedOptions()
    var writeOutputs: String?

    func run() async throws {
        let session = try StackSession(aws: options.parameters.applyStack.aws, console: options.console)
        let console = session.console
        let name = options.stack
        if !planOnly { try session.requireConfirmation(of: "deploying stack '\(name)'", yes: proceed.yes) }
        // An update compiles with the inputs the stack was compiled with, unless told otherwise.
        let previous = options.template.file == nil ? try await session.run { try await session.stacks.existingStack(name) } : nil
        let loaded = try options.template.load(
            forStack: name, staging: options.settings.staging, console: console,
            previousState: previous.flatMap { CompileState(of: $0, console: console) })
        let tree = loaded.tree
        let policy = try stackPolicy(declared: loaded.stackPolicy, console: console)
        let sources = try await options.parameters.sources(console: console)
        let noEcho = Set((tree["Parameters"]?.objectValue ?? Object()).filter { _, declaration in
            declaration.objectValue?["NoEcho"] == .bool(true) || declaration.objectValue?["NoEcho"] == .string("true")
        }.map(\.key))
        console.hide(noEcho.compactMap { sources.explicit[$0] } + noEcho.compactMap { sources.file[$0] })
        console.hide(StackApplication.match(sources.applied, mappings: sources.mappings, in: tree).applied.filter(\.hidden).map(\.value))

        var request = loaded.request(stack: name)
        request.mode = mode
        request.parameters = sources
        options.settings.apply(to: &request)
        let plan = try await session.run {
            try await session.stacks.plan(request) { cursor throws(StackError) in
                console.say("deleting stack \(name), left by a failed create (--replace-failed)")
                let result: WaitResult
                do {
                    result = try await session.follow(cursor, stackName: name, deleting: true)
                } catch {
                    throw StackError(.operationFailed, "stack '\(name)' could not be deleted")
                }
                guard case .settled(let outcome) = result, outcome.succeeded else {
                    throw StackError(.operationFailed, "stack '\(name)' could not be deleted: \(StackStatus.nextStep(for: "DELETE_FAILED", stack: name) ?? "")")
                }
            }
        }
        if !plan.createsStack, request.timeoutInMinutes != nil {
            console.warn("--timeout-minutes applies when a stack is created; stack '\(name)' exists, so it is not used")
        }
        PlanReport(plan: plan, console: console).show()

        guard let changeSet = plan.changeSet else {
            console.say("stack \(name): no changes (\(plan.noChangesReason ?? "nothing to update"))")
            if options.console.json { console.emit(PlanReport(plan: plan, console: console).document(result: "no-changes")) }
            try await protectIfAsked(plan.existing, session: session)
            try await apply(policy, to: name, session: session)
            return
        }
        if planOnly {
            console.say("change set \(changeSet.name) is ready for review; execute it with: sparkle stack execute \(name) \(changeSet.name)")
            if options.console.json { console.emit(PlanReport(plan: plan, console: console).document(result: "planned")) }
            if failOnChanges { throw StackExit.failed }
            return
        }
        if !proceed.yes, !console.confirm("Execute change set \(changeSet.name) on stack \(name)?") {
            try await session.run { try await session.stacks.discard(plan) }
            console.error("declined: change set \(changeSet.name) deleted\(plan.createsStack ? " with its empty stack" : ""); nothing was changed")
            throw StackExit.confirmation
        }
        let cursor = try await session.run { try await session.stacks.execute(plan) }
        console.say("\(plan.createsStack ? "creating" : "updating") stack \(name) (change set \(changeSet.name))")
        if proceed.detach {
            if policy != nil { console.warn("--detach: the stack policy is set only by a deploy that waits for the stack; it was not set") }
            console.say("detached; watch it with: sparkle stack events \(name) --follow")
            if options.console.json { console.emit(PlanReport(plan: plan, console: console).document(result: "started")) }
            return
        }
        let result = try await session.follow(cursor, stackName: name, waitTimeout: proceed.waitTimeout?.seconds)
        if let code = session.report(result, stackName: name, verb: plan.createsStack ? "created" : "updated") {
            if options.console.json {
                console.emit(PlanReport(plan: plan, console: console).document(result: code == StackExit.gaveUp ? "gave-up" : "failed", outcome: result))
            }
            throw code
        }
        guard case .settled(let outcome) = result else { return }
        let stack = try await session.stack(outcome.stack.id)
        if !plan.createsStack { try await protectIfAsked(stack, session: session) }
        try await apply(policy, to: stack.id, session: session)
        OutputsReport(stack: stack).show(on: console)
        if let writeOutputs {
            try writeAtomically([(URL(fileURLWithPath: writeOutputs), Array(JSONEmitter.string(OutputsReport(stack: stack).describeStacksDocument).utf8))])
            console.say("outputs written to \(writeOutputs)")
        }
        if options.console.json {
            console.emit(PlanReport(plan: plan, console: console).document(result: plan.createsStack ? "created" : "updated", outcome: result, stack: stack))
        }
    }

    /// The stack policy to set: `--stack-policy FILE`, checked now so that a bad file stops the
    /// deploy before anything changes, else the one the template declares.
    private func stackPolicy(declared: String?, console: StackConsole) throws -> String? {
        guard let file = options.settings.stackPolicy else { return declared }
        let (bytes, document) = try parsedFile(file, console: console) { bytes throws(ParseError) in
            try TemplateParser.parse(bytes, file: file, format: .json)
        }
        guard case .array(let statements)? = document.objectValue?["Statement"], !statements.isEmpty else {
            console.error("\(file): a stack policy is a JSON object with a non-empty Statement list")
            throw StackExit.usage
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Sets `policy` on the deployed stack when it has another (CloudFormation applies a stack's
    /// policy to the updates after it is set, so this deploy was never held by the new one).
    private func apply(_ policy: String?, to stack: String, session: StackSession) async throws {
        guard let policy else { return }
        let changed = try await session.run { try await session.stacks.setPolicy(policy, on: stack) }
        session.console.say(changed ? "stack policy set on stack \(options.stack)" : "stack policy of stack \(options.stack) unchanged")
    }

    /// `--termination-protection` on a stack that exists (a new stack gets it as it is created).
    private func protectIfAsked(_ stack: StackDescription?, session: StackSession) async throws {
        guard let stack, let enabled = options.settings.terminationProtection, stack.terminationProtection != enabled else { return }
        try await session.run { try await session.stacks.protect(stack, enabled: enabled) }
        session.console.say("termination protection \(enabled ? "on" : "off") for stack \(stack.name)")
    }
}
