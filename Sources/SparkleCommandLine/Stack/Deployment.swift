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
        try await Deployment(
            options: options, mode: mode, yes: proceed.yes, detach: proceed.detach, waitTimeout: proceed.waitTimeout?.seconds,
            writeOutputs: writeOutputs
        ).run()
    }
}

/// One deployment as the command line shows it: the library's ``Deployer`` does the work, and
/// this renders each step, asks for confirmation, and maps the outcome to the exit code.
struct Deployment {
    var options: DeploymentOptions
    var mode: DeploymentRequest.Mode
    /// `plan` stops at ``DeploymentStage/planned``, `--detach` at ``DeploymentStage/started``.
    var planOnly = false
    var failOnChanges = false
    var yes = false
    var detach = false
    var waitTimeout: TimeInterval?
    var writeOutputs: String?

    func run() async throws {
        let session = try StackSession(aws: options.parameters.applyStack.aws, console: options.console, waitTimeout: waitTimeout)
        let console = session.console
        let name = options.stack
        if !planOnly { try session.requireConfirmation(of: "deploying stack '\(name)'", yes: yes) }
        var request = try await options.template.request(forStack: name, staging: options.settings.staging, session: session)
        let label = options.template.file ?? options.template.template ?? name.replacingOccurrences(of: "-", with: "_")
        for warning in request.warnings { console.warn("\(label): \(warning)") }
        if let policy = try await options.settings.stackPolicyOverride(session: session) { request.stackPolicy = policy }
        request.mode = mode
        request.parameters = try await options.parameters.sources(console: console)
        options.settings.apply(to: &request)
        let noEcho = request.template.noEchoParameters
        console.hide(noEcho.compactMap { request.parameters.explicit[$0] } + noEcho.compactMap { request.parameters.file[$0] })
        console.hide(StackApplication.match(request.parameters.applied, mappings: request.parameters.mappings, in: request.template).applied.filter(\.hidden).map(\.value))

        let stage: DeploymentStage = planOnly ? .planned : detach ? .started : .settled
        let yes = self.yes
        let outcome = try await session.run {
            try await session.deployer.deploy(request, until: stage) { plan in
                yes || console.confirm("Execute change set \(plan.changeSet?.name ?? "") on stack \(name)?")
            } progress: { step in
                show(step, session: session)
            }
        }
        if options.console.json { console.emit(outcome.document) }
        let changeSet = outcome.plan.changeSet?.name ?? ""
        switch outcome.result {
        case .noChanges:
            console.say("stack \(name): no changes (\(outcome.plan.noChangesReason ?? "nothing to update"))")
        case .planned:
            console.say("change set \(changeSet) is ready for review; execute it with: \(session.command) stack execute \(name) \(changeSet)")
            if failOnChanges { throw StackExit.failed }
        case .declined:
            console.error("declined: change set \(changeSet) deleted\(outcome.plan.createsStack ? " with its empty stack" : ""); nothing was changed")
            throw StackExit.confirmation
        case .started:
            if request.stackPolicy != nil { console.warn("--detach: the stack policy is set only by a deploy that waits for the stack; it was not set") }
            console.say("detached; watch it with: \(session.command) stack events \(name) --follow")
        case .gaveUp(let status):
            throw session.report(.gaveUp(status: status, events: []), stackName: name, verb: "")!
        case .failed(let settled):
            throw session.report(.settled(settled), stackName: name, verb: "")!
        case .deployed(let settled):
            _ = session.report(.settled(settled), stackName: name, verb: outcome.resultName)
            let stack = outcome.stack ?? settled.stack
            OutputsReport(stack: stack).show(on: console)
            if let writeOutputs {
                try writeAtomically([(URL(fileURLWithPath: writeOutputs), Array(JSONEmitter.string(stack.describeStacksDocument).utf8))])
                console.say("outputs written to \(writeOutputs)")
            }
        }
    }

    /// One step of the deploy, on the console.
    private func show(_ step: DeploymentProgress, session: StackSession) {
        let console = session.console
        switch step {
        case .deletingFailedStack(let name):
            console.say("deleting stack \(name), left by a failed create (--replace-failed)")
            session.interrupts.arm(stack: name)
        case .planned(let plan):
            if !plan.createsStack, plan.request.timeoutInMinutes != nil {
                console.warn("--timeout-minutes applies when a stack is created; stack '\(plan.request.stackName)' exists, so it is not used")
            }
            PlanReport(plan: plan, console: console).show()
        case .executing(let plan):
            console.say("\(plan.createsStack ? "creating" : "updating") stack \(plan.request.stackName) (change set \(plan.changeSet?.name ?? ""))")
            if !detach { session.interrupts.arm(stack: plan.request.stackName) }
        case .activity(let activity):
            console.show(activity)
        case .settled:
            console.finishLive()
            session.interrupts.disarm()
        case .protectionChanged(let stack, let enabled):
            console.say("termination protection \(enabled ? "on" : "off") for stack \(stack)")
        case .policySet(let stack, let changed):
            console.say(changed ? "stack policy set on stack \(stack)" : "stack policy of stack \(stack) unchanged")
        }
    }
}
