import Foundation
import Sparkle
import SparkleAWS
import SparkleParsers

/// What to deploy, where, and how.
public struct DeploymentRequest: Sendable {
    /// `deploy` creates or updates; `create` and `update` insist on one (sfn's verbs).
    public enum Mode: Sendable {
        case deploy, create, update
    }

    public var stackName: String
    /// The template as a tree: its parameters and capabilities are read from it.
    public var template: Object
    /// The template as it is sent.
    public var body: String
    /// `json` or `yaml`: the body's format, for the uploaded object's name.
    public var fileExtension: String
    public var mode: Mode = .deploy
    public var parameters = ParameterSources()
    /// Capabilities to acknowledge instead of the detected ones.
    public var capabilities: [String]?
    public var tags: [StackTag]?
    public var roleARN: String?
    public var notificationARNs: [String]?
    /// What CloudFormation does when a new stack fails to create.
    public var onFailure: OnFailure?
    /// The change set's name (see ``StackOperator/isValidChangeSetName(_:)``); by default `sparkle-TIME-N`.
    public var changeSetName: String?
    public var staging = TemplateStaging()
    /// Delete a stack left by a failed create (`ROLLBACK_COMPLETE`) before creating it anew.
    public var replaceFailed = false
    /// CloudFormation's `TimeoutInMinutes`, which only CreateStack takes: a new stack with it is
    /// previewed through a change set, then created directly.
    public var timeoutInMinutes: Int?
    /// Turn termination protection on or off; on a new stack it is set as the stack is created.
    public var terminationProtection: Bool?
    /// The nested templates' trees, by their stack path: their capabilities are the parent's to
    /// acknowledge.
    public var nestedTemplates: [(path: StackPath, tree: Object)] = []
    /// Nested templates to upload (with ``staging``) before the change set is made.
    public var uploads: [(key: String, bytes: [UInt8])] = []
    /// The stack policy (JSON text) to set once the stack is deployed, when it differs from the
    /// stack's; nil leaves the stack's policy as it is.
    public var stackPolicy: String?
    /// The template's warnings, found as it was compiled or read.
    public var warnings: [Diagnostic] = []

    /// A request to deploy `template`, sent as `body` (written as `fileExtension`), as `stackName`;
    /// see ``init(stackName:compiled:staging:)`` for a compiled template with nested stacks.
    public init(stackName: String, template: Object, body: String, fileExtension: String = "json") {
        self.stackName = stackName
        self.template = template
        self.body = body
        self.fileExtension = fileExtension
    }
}

extension DeploymentRequest {
    /// What CloudFormation does with a new stack that fails to create (`OnStackFailure`).
    public enum OnFailure: String, Sendable, CaseIterable {
        case rollback = "ROLLBACK", delete = "DELETE", doNothing = "DO_NOTHING"
    }

    /// The values of the template's NoEcho parameters that this request sends (given, from a
    /// file, or applied from an upstream stack): never to be printed.
    public var secrets: [String] {
        let noEcho = template.noEchoParameters
        let given = noEcho.compactMap { parameters.explicit[$0] } + noEcho.compactMap { parameters.file[$0] }
        let applied = StackApplication.match(parameters.applied, mappings: parameters.mappings, in: template).applied
        return given + applied.filter(\.hidden).map(\.value)
    }

    /// The stack policy in the JSON file `path` (its text, `bytes`), checked before anything is sent.
    ///
    /// - Throws: ``StackError`` (`.usage`) for text that is not JSON, or not an object with a
    ///   non-empty `Statement` list.
    public static func stackPolicy(file path: String, bytes: [UInt8]) throws(StackError) -> String {
        let document: Value
        do {
            document = try TemplateParser.parse(bytes, file: path, format: .json)
        } catch {
            throw StackError(.usage, error.description)
        }
        guard case .array(let statements)? = document.objectValue?["Statement"], !statements.isEmpty else {
            throw StackError(.usage, "\(path): a stack policy is a JSON object with a non-empty Statement list")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A change set made and described, ready to show, execute or discard.
public struct DeploymentPlan: Sendable {
    public var request: DeploymentRequest
    /// The stack before the change; nil when it is created.
    public var existing: StackDescription?
    public var parameters: [ResolvedParameter]
    public var applyReport: ApplyReport
    public var capabilities: [CapabilityRequirement]
    /// What was acknowledged: the detected capabilities, or `--capabilities`.
    public var acknowledged: [String]
    /// The template's S3 URL, when it was uploaded.
    public var uploadedTo: String?
    /// The keys of the nested templates uploaded now (those already in the bucket are not).
    public var uploadedNested: [String] = []
    /// The change set; nil when there is nothing to change.
    public var changeSet: ChangeSetDescription?
    /// Why there is nothing to change, in CloudFormation's words.
    public var noChangesReason: String?
    /// The stack's ID (a new stack gets one with its change set).
    public var stackID: String
    /// The status of an empty stack of the same name deleted before creating this one
    /// (`REVIEW_IN_PROGRESS`, or `ROLLBACK_COMPLETE` with `replaceFailed`).
    public var removedLeftover: String?
    /// What the change set was made from, to create a stack directly from it.
    var changeSetRequest: ChangeSetRequest?

    /// Whether the change set creates the stack.
    public var createsStack: Bool { existing == nil }
}

/// Stack operations over the CloudFormation API, one call each: plan a deployment as a change set,
/// execute it, delete stacks. ``Deployer`` puts them together as `sparkle stack deploy` does.
public struct StackOperator: Sendable {
    public let cloudFormation: CloudFormationClient
    public let s3: S3Client?

    /// Operations through `cloudFormation`, uploading templates with `s3` when one is given.
    public init(cloudFormation: CloudFormationClient, s3: S3Client? = nil) {
        self.cloudFormation = cloudFormation
        self.s3 = s3
    }

    /// The stack called `name` (or with that ID).
    ///
    /// - Throws: ``StackError``: `.stackNotFound` naming the stack and the region when there is none.
    public func stack(named name: String) async throws(StackError) -> StackDescription {
        guard let stack = try await existingStack(name) else {
            throw StackError(.stackNotFound, "stack '\(name)' does not exist in \(cloudFormation.configuration.region)")
        }
        return stack
    }

    /// The template the stack `name` runs now (`GetTemplate`), as it was sent.
    ///
    /// - Throws: ``StackError``: `.stackNotFound` naming the stack and the region when there is none.
    public func deployedTemplate(of name: String) async throws(StackError) -> String {
        let stack = try await stack(named: name)
        do {
            return try await cloudFormation.template(of: stack.id)
        } catch {
            throw StackError(error)
        }
    }

    /// The stack called `name`, or nil when there is none.
    public func existingStack(_ name: String) async throws(StackError) -> StackDescription? {
        do {
            return try await cloudFormation.describeStack(name)
        } catch where error.kind == .stackNotFound {
            return nil
        } catch {
            throw StackError(error)
        }
    }

    /// Resolves parameters and capabilities, stages the template, creates the change set and
    /// waits until CloudFormation has described it. A change set with nothing to change is deleted
    /// (with the empty stack a new one made), and the plan says so.
    ///
    /// - Parameter replacing: called before a stack left by a failed create is deleted (with
    ///   `replaceFailed`), to follow that deletion.
    public func plan(
        _ request: DeploymentRequest, replacing: @Sendable (EventCursor) async throws(StackError) -> Void = { _ throws(StackError) in }
    ) async throws(StackError) -> DeploymentPlan {
        let name = request.stackName
        var existing = try await existingStack(name)
        var removedLeftover: String?
        if let stack = existing {
            if StackStatus.isInProgress(stack.status) {
                throw StackError(
                    .operationFailed, "stack '\(name)' is in \(stack.status) and cannot be changed now", nextStep: .waitForOperation(stack: name))
            }
            if stack.status == "REVIEW_IN_PROGRESS" {
                // An empty stack whose change set was never executed: delete it and create anew
                // (an emulator may not reuse it for a CREATE change set).
                do {
                    try await cloudFormation.deleteStack(stack.id, clientRequestToken: Self.token("discard"))
                } catch {
                    throw StackError(error)
                }
                try await waitUntilGone(stack.id)
                existing = nil
                removedLeftover = stack.status
            } else if StackStatus.isEmptyLeftover(stack.status) {
                guard request.replaceFailed else {
                    throw StackError(
                        .operationFailed, "stack '\(name)' is in \(stack.status)", nextStep: StackStatus.nextStep(for: stack.status, stack: name))
                }
                let cursor = try await startDestroy(stack.id, retaining: [], roleARN: request.roleARN)
                try await replacing(cursor)
                existing = nil
                removedLeftover = stack.status
            }
        }
        switch request.mode {
        case .create where existing != nil:
            throw StackError(.usage, "stack '\(name)' already exists (\(existing!.status))", nextStep: .updateInstead(stack: name))
        case .update where existing == nil:
            throw StackError(.stackNotFound, "stack '\(name)' does not exist in \(cloudFormation.configuration.region)", nextStep: .createInstead(stack: name))
        default: break
        }

        let (parameters, report) = try StackParameters.resolve(template: request.template, sources: request.parameters, previous: existing)
        let capabilities = Capabilities.required(by: request.template) + request.nestedTemplates.flatMap { nested in
            Capabilities.required(by: nested.tree).map { requirement in
                var named = requirement
                named.source = "\(nested.path)/\(requirement.source)"
                return named
            }
        }
        let acknowledged = request.capabilities ?? Capabilities.names(capabilities)
        var uploadedNested: [String] = []
        if !request.uploads.isEmpty {
            guard let s3 else { throw StackError(.usage, "nested templates need an S3 client to be uploaded") }
            uploadedNested = try await request.staging.upload(request.uploads, with: s3)
        }
        let (source, uploadedTo) = try await request.staging.source(
            for: request.body, stackName: name, fileExtension: request.fileExtension, s3: s3)

        var changeSet = ChangeSetRequest(
            stackName: name, changeSetName: request.changeSetName ?? Self.changeSetName(), type: existing == nil ? .create : .update,
            template: source)
        changeSet.parameters = parameters.compactMap { parameter in parameter.value.map { (parameter.key, $0) } }
        changeSet.capabilities = acknowledged
        changeSet.tags = request.tags
        changeSet.roleARN = request.roleARN
        changeSet.notificationARNs = request.notificationARNs
        changeSet.onStackFailure = existing == nil ? request.onFailure?.rawValue : nil
        changeSet.includeNestedStacks = !request.nestedTemplates.isEmpty
        var plan = DeploymentPlan(
            request: request, existing: existing, parameters: parameters, applyReport: report, capabilities: capabilities,
            acknowledged: acknowledged, uploadedTo: uploadedTo, stackID: existing?.id ?? "")
        plan.removedLeftover = removedLeftover
        plan.uploadedNested = uploadedNested

        let created: (changeSetID: String, stackID: String)
        do {
            created = try await cloudFormation.createChangeSet(changeSet)
        } catch where error.kind == .noUpdates {
            plan.noChangesReason = error.serverMessage ?? "No updates are to be performed."
            return plan
        } catch where error.kind == .insufficientCapabilities {
            throw StackError(.changeSetFailed, error.message)
        } catch {
            throw StackError(error)
        }
        if plan.stackID.isEmpty { plan.stackID = created.stackID }
        plan.changeSetRequest = changeSet
        let described = try await settledChangeSet(created.changeSetID, stackName: name)
        if described.status == "FAILED" {
            let reason = described.statusReason ?? ""
            try? await discard(changeSet: created.changeSetID, stack: plan.stackID, deleteStack: existing == nil)
            if Self.meansNoChanges(reason) {
                plan.noChangesReason = reason
                return plan
            }
            throw StackError(.changeSetFailed, "change set for stack '\(name)' failed: \(reason.isEmpty ? "no reason given" : reason)")
        }
        var withNested = described
        withNested.changes = try await describeNested(described.changes, depth: 5)
        plan.changeSet = withNested
        return plan
    }

    /// The nested stacks' change sets (`IncludeNestedStacks`) described into their changes.
    private func describeNested(_ changes: [ResourceChange], depth: Int) async throws(StackError) -> [ResourceChange] {
        guard depth > 0 else { return changes }
        var result: [ResourceChange] = []
        for var change in changes {
            if let nested = change.changeSetID {
                let described = try await settledChangeSet(nested, stackName: nil)
                change.nestedChanges = try await describeNested(described.changes, depth: depth - 1)
            }
            result.append(change)
        }
        return result
    }

    /// Whether a failed change set's reason means "nothing to change", in every shape CloudFormation
    /// says it (and with a transform, `No updates are to be performed.`).
    public static func meansNoChanges(_ reason: String) -> Bool {
        reason.hasPrefix("The submitted information didn't contain changes") || reason.hasPrefix("No updates are to be performed")
    }

    /// The change set once CloudFormation has finished making it.
    public func settledChangeSet(_ id: String, stackName: String?) async throws(StackError) -> ChangeSetDescription {
        var pause = 0.5
        let deadline = Date().addingTimeInterval(600)
        while true {
            let described: ChangeSetDescription
            do {
                described = try await cloudFormation.describeChangeSet(id, stackName: stackName)
            } catch {
                throw StackError(error)
            }
            guard ["CREATE_PENDING", "CREATE_IN_PROGRESS"].contains(described.status), Date() < deadline else { return described }
            try? await Task.sleep(nanoseconds: UInt64(pause * 1_000_000_000))
            pause = min(5, pause * 1.5)
        }
    }

    /// Executes the plan's change set, and answers a cursor that reads only this operation's events.
    ///
    /// A new stack with options only CreateStack takes (a timeout, termination protection) is
    /// created directly instead: the change set and its empty stack are deleted first.
    public func execute(_ plan: DeploymentPlan, disableRollback: Bool? = nil) async throws(StackError) -> EventCursor {
        guard let changeSet = plan.changeSet else { throw StackError(.usage, "there is no change set to execute") }
        let direct = plan.createsStack && (plan.request.timeoutInMinutes != nil || plan.request.terminationProtection == true)
        guard direct, let request = plan.changeSetRequest else {
            return try await execute(changeSet: changeSet.id, stack: plan.stackID, disableRollback: disableRollback)
        }
        try await discard(plan)
        try await waitUntilGone(plan.stackID)
        let token = Self.token("create")
        do {
            let id = try await cloudFormation.createStack(
                request, timeoutInMinutes: plan.request.timeoutInMinutes, terminationProtection: plan.request.terminationProtection == true,
                clientRequestToken: token)
            return EventCursor(stack: id, start: .beginning, token: token)
        } catch {
            throw StackError(error)
        }
    }

    /// Waits (up to five minutes) until the stack with ID `id` is deleted.
    private func waitUntilGone(_ id: String) async throws(StackError) {
        let deadline = Date().addingTimeInterval(300)
        var pause = 0.5
        while Date() < deadline {
            guard let stack = try await existingStack(id), stack.status != "DELETE_COMPLETE" else { return }
            try? await Task.sleep(nanoseconds: UInt64(pause * 1_000_000_000))
            pause = min(5, pause * 1.5)
        }
        throw StackError(.operationFailed, "the empty stack \(id) was not deleted within five minutes")
    }

    /// Sets termination protection when it differs from what `stack` has.
    public func protect(_ stack: StackDescription, enabled: Bool) async throws(StackError) {
        guard stack.terminationProtection != enabled else { return }
        do {
            try await cloudFormation.updateTerminationProtection(stack.id, enabled: enabled)
        } catch {
            throw StackError(error)
        }
    }

    /// Sets `policy` (a JSON document) as the stack's policy unless it holds the same document
    /// already; answers whether it was set.
    public func setPolicy(_ policy: String, on stack: String) async throws(StackError) -> Bool {
        do {
            if let current = try await cloudFormation.stackPolicy(of: stack),
                let old = try? TemplateParser.parse(Array(current.utf8), file: "stack policy", format: .json),
                let new = try? TemplateParser.parse(Array(policy.utf8), file: "stack policy", format: .json), old == new
            {
                return false
            }
            try await cloudFormation.setStackPolicy(stack, body: policy)
            return true
        } catch {
            throw StackError(error)
        }
    }

    /// Executes a change set by ID (or by name with `stack`).
    public func execute(changeSet: String, stack: String, disableRollback: Bool? = nil) async throws(StackError) -> EventCursor {
        let token = Self.token("execute")
        var cursor = EventCursor(stack: stack, start: .afterExisting, token: token)
        do {
            try await cursor.markExisting(on: cloudFormation)
            try await cloudFormation.executeChangeSet(changeSet, stackName: stack, clientRequestToken: token, disableRollback: disableRollback)
        } catch {
            throw StackError(error)
        }
        return cursor
    }

    /// Deletes the plan's change set and, for a stack it would have created, the empty stack.
    public func discard(_ plan: DeploymentPlan) async throws(StackError) {
        guard let changeSet = plan.changeSet else { return }
        do {
            try await discard(changeSet: changeSet.id, stack: plan.stackID, deleteStack: plan.createsStack)
        } catch {
            throw StackError(error)
        }
    }

    private func discard(changeSet: String, stack: String, deleteStack: Bool) async throws(AWSError) {
        try await cloudFormation.deleteChangeSet(changeSet, stackName: stack)
        if deleteStack {
            try await cloudFormation.deleteStack(stack, clientRequestToken: Self.token("discard"))
        }
    }

    /// Starts deleting `stack` (by name or ID), and answers a cursor on its ID for this deletion's events.
    public func startDestroy(_ stack: String, retaining: [String], roleARN: String?) async throws(StackError) -> EventCursor {
        let token = Self.token("delete")
        do {
            let id = try await cloudFormation.describeStack(stack).id
            var cursor = EventCursor(stack: id, start: .afterExisting, token: token)
            try await cursor.markExisting(on: cloudFormation)
            try await cloudFormation.deleteStack(id, retaining: retaining, roleARN: roleARN, clientRequestToken: token)
            return cursor
        } catch {
            throw StackError(error)
        }
    }

    /// Whether CloudFormation accepts `name` for a change set: a letter, then letters, digits and
    /// `-`, 128 characters at most.
    public static func isValidChangeSetName(_ name: String) -> Bool {
        name.range(of: "^[A-Za-z][-A-Za-z0-9]{0,127}$", options: .regularExpression) != nil
    }

    /// A fresh change set name: `sparkle-` and the time, which CloudFormation's name rules allow.
    static func changeSetName() -> String {
        "sparkle-\(Int(Date().timeIntervalSince1970))-\(UInt16.random(in: 0...UInt16.max))"
    }

    /// A `ClientRequestToken`: the operation and a UUID, within CloudFormation's 128 characters.
    static func token(_ operation: String) -> String {
        "sparkle-\(operation)-\(UUID().uuidString.lowercased())"
    }
}
