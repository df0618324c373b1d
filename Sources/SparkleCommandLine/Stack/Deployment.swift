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
        try await options.deploy(mode, until: proceed.detach ? .started : .settled, waitTimeout: proceed.waitTimeout?.seconds) {
            DeploymentView(session: $0, yes: proceed.yes, detach: proceed.detach, writeOutputs: writeOutputs)
        }
    }
}

extension DeploymentOptions {
    /// Deploys as these options say, as far as `stage` (`plan` stops at ``DeploymentStage/planned``,
    /// `--detach` at ``DeploymentStage/started``): the library's ``Deployer`` does the work, and
    /// the view made for the session shows it.
    func deploy(
        _ mode: DeploymentRequest.Mode, until stage: DeploymentStage, waitTimeout: TimeInterval? = nil, view: (StackSession) -> DeploymentView
    ) async throws {
        let session = try StackSession(aws: parameters.applyStack.aws, console: console, waitTimeout: waitTimeout)
        let view = view(session)
        if stage != .planned { try session.requireConfirmation(of: "deploying stack '\(stack)'", yes: view.yes) }
        var request = try await template.request(forStack: stack, staging: settings.staging, session: session)
        if let policy = try await settings.stackPolicyOverride(session: session) { request.stackPolicy = policy }
        request.mode = mode
        request.parameters = try await parameters.sources(console: session.console)
        settings.apply(to: &request)
        session.console.secrets.hide(request.secrets)
        try await view.render(session.run {
            try await session.deployer.deploy(request, until: stage, confirm: view.confirm, progress: view.show)
        })
    }
}

/// How a deploy or an execute is shown: each step as it happens, the confirmation, and how it
/// ended, with the exit code that goes with it.
struct DeploymentView: Sendable {
    let session: StackSession
    var yes = false
    var detach = false
    var failOnChanges = false
    var writeOutputs: String?
    /// An execute leaves a declined change set as it was; a deploy deletes it.
    var keepsDeclined = false

    /// Asks on the terminal, unless `--yes` answered already.
    func confirm(_ plan: DeploymentPlan) async -> Bool {
        yes || session.console.confirm("Execute change set \(plan.changeSet?.name ?? "") on stack \(plan.request.stackName)?")
    }

    /// How the deploy ended, and its JSON document with `--json`; throws the exit code of an
    /// outcome that is not a success.
    func render(_ outcome: DeploymentOutcome) throws {
        let console = session.console
        let name = outcome.plan.request.stackName
        if console.json { console.emit(outcome.document) }
        let changeSet = outcome.plan.changeSet?.name ?? ""
        switch outcome.result {
        case .noChanges:
            console.say("stack \(name): no changes (\(outcome.plan.noChangesReason ?? "nothing to update"))")
        case .planned:
            console.say("change set \(changeSet) is ready for review; execute it with: \(session.command) stack execute \(name) \(changeSet)")
            if failOnChanges { throw StackExit.failed }
        case .declined:
            let what = keepsDeclined
                ? "the change set is left as it was" : "change set \(changeSet) deleted\(outcome.plan.createsStack ? " with its empty stack" : ""); nothing was changed"
            console.error("declined: \(what)")
            throw StackExit.confirmation
        case .started:
            if outcome.plan.request.stackPolicy != nil { console.warn("--detach: the stack policy is set only by a deploy that waits for the stack; it was not set") }
            console.say("detached; watch it with: \(session.command) stack events \(name) --follow")
        case .gaveUp(let status):
            throw session.report(.gaveUp(status: status, events: []), stackName: name, verb: "")!
        case .failed(let settled):
            throw session.report(.settled(settled), stackName: name, verb: "")!
        case .deployed(let settled):
            _ = session.report(.settled(settled), stackName: name, verb: outcome.resultName)
            let stack = outcome.stack ?? settled.stack
            if !stack.outputs.isEmpty { console.say("outputs of \(stack.name):") }
            for output in stack.outputs { console.say("  \(output.key) = \(output.value)\(output.exportName.map { " (exported as \($0))" } ?? "")") }
            if let writeOutputs {
                try writeAtomically(writeOutputs, Array(JSONEmitter.string(stack.describeStacksDocument).utf8))
                console.say("outputs written to \(writeOutputs)")
            }
        }
    }

    /// One step of the deploy, on the console.
    func show(_ step: DeploymentProgress) {
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
