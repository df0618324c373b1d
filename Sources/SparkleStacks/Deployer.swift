import Foundation
import Sparkle
import SparkleAWS
import SparkleParsers

/// How far a deploy goes.
public enum DeploymentStage: Sendable {
    /// Make and describe the change set, and leave it for review (`plan`).
    case planned
    /// Execute it, and return once the operation has started (`--detach`).
    case started
    /// Execute it and follow the stack until it settles, then set termination protection and the
    /// stack policy (`deploy`).
    case settled
}

/// What a deploy reports as it goes, for its caller to show.
public enum DeploymentProgress: Sendable {
    /// A stack left by a failed create is deleted before the stack is created anew; its events follow.
    case deletingFailedStack(String)
    /// The change set is made and described; a deploy that goes on asks for confirmation next.
    case planned(DeploymentPlan)
    /// The change set is executing; the operation's events follow until ``settled``.
    case executing(DeploymentPlan)
    /// An event, or a quiet stretch, of the operation being followed.
    case activity(StackActivity)
    /// Following the operation ended.
    case settled
    /// Termination protection was turned on or off on the stack.
    case protectionChanged(stack: String, enabled: Bool)
    /// The stack policy was set (`changed`), or the stack already had it.
    case policySet(stack: String, changed: Bool)
}

/// How a deploy ended.
public struct DeploymentOutcome: Sendable {
    public enum Result: Sendable {
        /// The change set had nothing to change (and was deleted).
        case noChanges
        /// The change set is ready for review (``DeploymentStage/planned``).
        case planned
        /// The confirmation was declined: a deploy deleted the change set (and a new stack's empty
        /// stack); an execute left it as it was.
        case declined
        /// The operation started (``DeploymentStage/started``); its events can be followed from the cursor.
        case started(EventCursor)
        /// Waiting timed out while the operation still ran.
        case gaveUp(status: String)
        /// The operation failed; the outcome names the root cause.
        case failed(StackOutcome)
        /// The stack is deployed.
        case deployed(StackOutcome)
    }

    public var plan: DeploymentPlan
    public var result: Result
    /// The stack as it is after the deploy, with its outputs: set when it was deployed, or when
    /// there was nothing to change on an existing stack.
    public var stack: StackDescription?

    /// Whether the deploy did what was asked: deployed, planned, started, or nothing to change.
    public var succeeded: Bool {
        switch result {
        case .noChanges, .planned, .started, .deployed: true
        case .declined, .gaveUp, .failed: false
        }
    }
}

/// The whole deployment sequence `sparkle stack deploy` runs, for any caller: compile (or read)
/// the template with the deployed stack's compile state, stage nested templates, plan a change set,
/// confirm, execute, follow the events, then set termination protection and the stack policy.
///
/// ```swift
/// let deployer = Deployer(configuration: try AWSConfiguration.resolve())
/// var request = try await deployer.request(compiling: template, stackName: "queue", staging: TemplateStaging(bucket: "my-templates"))
/// request.parameters.explicit = ["Team": "jobs"]
/// let outcome = try await deployer.deploy(request) { _ in true } progress: { print($0) }
/// ```
public struct Deployer: Sendable {
    public let stacks: StackOperator
    /// How the operation is followed: poll intervals, a timeout.
    public var waitOptions: WaitOptions

    /// A deployer over `stacks`, following operations at `waitOptions`' cadence.
    public init(stacks: StackOperator, waitOptions: WaitOptions = WaitOptions()) {
        self.stacks = stacks
        self.waitOptions = waitOptions
    }

    /// A deployer in `configuration`'s account and region: CloudFormation and S3 clients over one
    /// transport, retrying and polling as `environment` tunes them (``RetryPolicy/init(environment:)``,
    /// ``WaitOptions/init(timeout:environment:)``), waiting at most `timeout` for an operation.
    public init(
        configuration: AWSConfiguration, timeout: TimeInterval? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        let policy = RetryPolicy(environment: environment)
        let transport = CurlTransport()
        let stacks = StackOperator(
            cloudFormation: CloudFormationClient(configuration: configuration, retryPolicy: policy, transport: transport),
            s3: S3Client(configuration: configuration, retryPolicy: policy, transport: transport))
        self.init(stacks: stacks, waitOptions: WaitOptions(timeout: timeout, environment: environment))
    }

    /// The request that deploys `template` as the stack `stackName`: compiled with `options`, where
    /// inputs not given take the values the deployed stack was compiled with (its `CompileState`
    /// output), then staged as ``DeploymentRequest/init(stackName:compiled:staging:)`` stages it.
    ///
    /// A `CompileState` output that is not what Sparkle writes is passed over with a warning in
    /// the request's ``DeploymentRequest/warnings``: the inputs' defaults apply.
    ///
    /// - Throws: ``StackError``: `.invalidTemplate` with the compile errors, `.usage` for nested
    ///   templates without a bucket, or the error of reading the deployed stack.
    public func request(
        compiling template: Template, options: CompileOptions = CompileOptions(), stackName: String, staging: TemplateStaging
    ) async throws(StackError) -> DeploymentRequest {
        var options = options
        var notes: [Diagnostic] = []
        if options.previousState == nil, let stack = try await stacks.existingStack(stackName),
            let output = stack.outputs.first(where: { $0.key == CompileState.outputName })
        {
            if let parsed = try? TemplateParser.parse(Array(output.value.utf8), file: CompileState.outputName, format: .json),
                let state = CompileState(outputValue: parsed)
            {
                options.previousState = state
            } else {
                notes.append(
                    Diagnostic(
                        rule: .input, severity: .warning,
                        message: "stack '\(stackName)': its CompileState output is not a JSON object of strings; the inputs' defaults apply"))
            }
        }
        let compiled: CompiledTemplate
        do {
            compiled = try Compiler.compile(template, options: options)
        } catch {
            var failure = StackError(.invalidTemplate, "template '\(template.name)' does not compile")
            failure.diagnostics = error.diagnostics
            throw failure
        }
        var request = try DeploymentRequest(stackName: stackName, compiled: compiled, staging: staging)
        request.warnings = notes + request.warnings
        return request
    }

    /// Deploys `request` as far as `stage`.
    ///
    /// - Parameters:
    ///   - confirm: asked with the plan before a change set is executed; `false` discards it and
    ///     ends the deploy as ``DeploymentOutcome/Result/declined``. Not asked with ``DeploymentStage/planned``.
    ///   - progress: each step, and every event of the operations followed.
    /// - Throws: ``StackError`` for what stops the deploy before it has an outcome: bad input, a
    ///   stack in the way, a failed change set, an AWS error.
    public func deploy(
        _ request: DeploymentRequest, until stage: DeploymentStage = .settled,
        confirm: @Sendable (DeploymentPlan) async -> Bool = { _ in true },
        progress: @escaping @Sendable (DeploymentProgress) -> Void = { _ in }
    ) async throws(StackError) -> DeploymentOutcome {
        let name = request.stackName
        let monitor = StackMonitor(client: stacks.cloudFormation, options: waitOptions)
        let plan = try await stacks.plan(request) { cursor throws(StackError) in
            progress(.deletingFailedStack(name))
            let result = try await monitor.wait(for: cursor, deleting: true) { progress(.activity($0)) }
            progress(.settled)
            guard case .settled(let outcome) = result, outcome.succeeded else {
                throw StackError(.operationFailed, "stack '\(name)' could not be deleted", nextStep: StackStatus.nextStep(for: "DELETE_FAILED", stack: name))
            }
        }
        progress(.planned(plan))
        guard plan.changeSet != nil else {
            var outcome = DeploymentOutcome(plan: plan, result: .noChanges, stack: plan.existing)
            if let existing = plan.existing {
                outcome.stack = try await protect(existing, as: request, progress: progress)
                try await setPolicy(of: request, on: existing.id, progress: progress)
            }
            return outcome
        }
        if stage == .planned { return DeploymentOutcome(plan: plan, result: .planned) }
        return try await proceed(with: plan, until: stage, discardingDeclined: true, confirm: confirm, progress: progress)
    }

    /// Executes the change set `id` of the stack `stackName` that a ``DeploymentStage/planned``
    /// deploy left, as far as `stage`, as ``deploy(_:until:confirm:progress:)`` goes on once it
    /// has a plan: confirm, execute, follow. The plan it reports holds the change set only, and a
    /// declined confirmation leaves the change set as it is.
    ///
    /// - Throws: ``StackError``: `.changeSetFailed` for a change set that cannot be executed
    ///   (failed, obsolete), `.stackNotFound` for one that does not exist, or an AWS error.
    public func execute(
        changeSet id: String, stackName: String, until stage: DeploymentStage = .settled,
        confirm: @Sendable (DeploymentPlan) async -> Bool = { _ in true },
        progress: @escaping @Sendable (DeploymentProgress) -> Void = { _ in }
    ) async throws(StackError) -> DeploymentOutcome {
        let changeSet = try await stacks.executableChangeSet(id, stackName: stackName)
        // A change set that creates its stack holds it in REVIEW_IN_PROGRESS until executed.
        let existing = try await stacks.existingStack(changeSet.stackID).flatMap { $0.status == "REVIEW_IN_PROGRESS" ? nil : $0 }
        let plan = DeploymentPlan(
            request: DeploymentRequest(stackName: stackName, template: Object(), body: ""), existing: existing, parameters: [],
            applyReport: ApplyReport(), capabilities: [], acknowledged: [], changeSet: changeSet, stackID: changeSet.stackID)
        progress(.planned(plan))
        if stage == .planned { return DeploymentOutcome(plan: plan, result: .planned) }
        return try await proceed(with: plan, until: stage, discardingDeclined: false, confirm: confirm, progress: progress)
    }

    /// Confirms, executes and follows `plan`'s change set, then sets termination protection and
    /// the stack policy as its request asks. A declined change set is deleted when
    /// `discardingDeclined`.
    private func proceed(
        with plan: DeploymentPlan, until stage: DeploymentStage, discardingDeclined: Bool,
        confirm: @Sendable (DeploymentPlan) async -> Bool, progress: @escaping @Sendable (DeploymentProgress) -> Void
    ) async throws(StackError) -> DeploymentOutcome {
        let request = plan.request
        guard await confirm(plan) else {
            if discardingDeclined { try await stacks.discard(plan) }
            return DeploymentOutcome(plan: plan, result: .declined)
        }
        let cursor = try await stacks.execute(plan)
        progress(.executing(plan))
        if stage == .started { return DeploymentOutcome(plan: plan, result: .started(cursor)) }
        let result = try await StackMonitor(client: stacks.cloudFormation, options: waitOptions).wait(for: cursor) { progress(.activity($0)) }
        progress(.settled)
        switch result {
        case .gaveUp(let status, _):
            return DeploymentOutcome(plan: plan, result: .gaveUp(status: status))
        case .settled(let outcome) where !outcome.succeeded:
            return DeploymentOutcome(plan: plan, result: .failed(outcome))
        case .settled(let outcome):
            var stack = outcome.stack
            if !plan.createsStack { _ = try await protect(stack, as: request, progress: progress) }
            try await setPolicy(of: request, on: stack.id, progress: progress)
            stack = try await stacks.existingStack(stack.id) ?? stack
            return DeploymentOutcome(plan: plan, result: .deployed(outcome), stack: stack)
        }
    }

    /// Termination protection as the request asks, on a stack that exists (a new stack gets it
    /// as it is created).
    /// Answers the stack as it is after.
    private func protect(
        _ stack: StackDescription, as request: DeploymentRequest, progress: @Sendable (DeploymentProgress) -> Void
    ) async throws(StackError) -> StackDescription {
        guard let enabled = request.terminationProtection, stack.terminationProtection != enabled else { return stack }
        try await stacks.protect(stack, enabled: enabled)
        progress(.protectionChanged(stack: stack.name, enabled: enabled))
        var protected = stack
        protected.terminationProtection = enabled
        return protected
    }

    /// The request's stack policy, set once the stack is deployed: CloudFormation applies a
    /// policy to the updates after it is set, so this deploy was never held by the new one.
    private func setPolicy(
        of request: DeploymentRequest, on stack: String, progress: @Sendable (DeploymentProgress) -> Void
    ) async throws(StackError) {
        guard let policy = request.stackPolicy else { return }
        let changed = try await stacks.setPolicy(policy, on: stack)
        progress(.policySet(stack: request.stackName, changed: changed))
    }
}

/// How a stack's deletion ended.
public struct DestroyOutcome: Sendable {
    /// The stack as it was before.
    public var stack: StackDescription
    /// How waiting ended; nil when the deletion was only started.
    public var result: WaitResult?
    /// The stack's own resources that would not delete (for `retaining` on the next try).
    public var undeletable: [String] {
        if case .settled(let settled)? = result { settled.undeletable } else { [] }
    }
    /// The stacks it nested, each with its status now (`DELETE_COMPLETE` once gone).
    public var nested: [(path: StackPath, stack: StackDescription, status: String)] = []
}

extension Deployer {
    /// Deletes `stack` with the stacks it nests, and follows the deletion until it settles.
    ///
    /// - Parameters:
    ///   - retaining: resources of a `DELETE_FAILED` stack to keep rather than delete.
    ///   - stage: ``DeploymentStage/started`` returns once the deletion has started.
    /// - Throws: ``StackError``: `.operationFailed` for a stack with termination protection
    ///   (nothing is deleted), or an AWS error.
    public func destroy(
        _ stack: StackDescription, retaining: [String] = [], roleARN: String? = nil, until stage: DeploymentStage = .settled,
        progress: @escaping @Sendable (DeploymentProgress) -> Void = { _ in }
    ) async throws(StackError) -> DestroyOutcome {
        if stack.terminationProtection {
            throw StackError(.operationFailed, "stack \(stack.name) has termination protection", nextStep: .turnOffTerminationProtection(stack: stack.name))
        }
        let nested = try await stacks.nestedStacks(of: stack.id).flatMap { $0.flattened() }
        let cursor = try await stacks.startDestroy(stack.id, retaining: retaining, roleARN: roleARN)
        var outcome = DestroyOutcome(stack: stack)
        guard stage == .settled else { return outcome }
        let result = try await StackMonitor(client: stacks.cloudFormation, options: waitOptions).wait(for: cursor, deleting: true) { progress(.activity($0)) }
        progress(.settled)
        outcome.result = result
        for (path, child) in nested {
            let status = (try? await stacks.existingStack(child.id))??.status ?? "DELETE_COMPLETE"
            outcome.nested.append((path, child, status))
        }
        return outcome
    }
}
