import Foundation
import Sparkle
import SparkleAWS

// The JSON documents the stack commands print with `--json`, and write for `--outputs-file`: one
// shape for every caller, documented by the Operating Stacks article.

extension DeploymentOutcome {
    /// The document of a deploy: the stack, the change set and its changes, the parameters (NoEcho
    /// values masked), the capabilities, how it ended (`result`: `no-changes`, `planned`, `declined`,
    /// `started`, `gave-up`, `failed`, `created` or `updated`), the root cause of a failure, and
    /// the outputs of a deployed stack.
    public var document: Value {
        var document: Object = [
            "stack": .string(plan.request.stackName), "stackId": .string(stack?.id ?? plan.stackID), "result": .string(resultName),
        ]
        document["changeSet"] = plan.changeSet.map { .string($0.name) } ?? .null
        document["changeSetType"] = .string(plan.createsStack ? "CREATE" : "UPDATE")
        document["capabilities"] = .array(plan.acknowledged.map { .string($0) })
        document["parameters"] = .array(plan.parameters.map { parameter in
            var entry: Object = ["key": .string(parameter.key)]
            switch parameter.value {
            case .value(let value)?: entry["value"] = .string(parameter.hidden ? "****" : value)
            case .previous?: entry["usePreviousValue"] = .bool(true)
            case nil: entry["templateDefault"] = .bool(true)
            }
            return .object(entry)
        })
        document["changes"] = .array((plan.changeSet?.changes ?? []).map { change in
            var entry: Object = ["action": .string(change.action), "logicalId": .string(change.logicalID), "type": .string(change.resourceType)]
            if let replacement = change.replacement { entry["replacement"] = .string(replacement) }
            return .object(entry)
        })
        if let reason = plan.noChangesReason { document["reason"] = .string(reason) }
        switch result {
        case .failed(let settled), .deployed(let settled):
            document["status"] = .string(settled.stack.status)
            if !settled.succeeded, let cause = settled.rootCause {
                document["rootCause"] = [
                    "logicalId": .string(cause.logicalResourceID), "type": .string(cause.resourceType),
                    "status": .string(cause.status), "reason": .string(cause.statusReason ?? ""),
                ]
            }
            if case .deployed = result, let stack { document["outputs"] = stack.outputsDocument }
        case .gaveUp(let status):
            document["status"] = .string(status)
        default: break
        }
        return .object(document)
    }

    /// The name of how the deploy ended, as the document gives it.
    public var resultName: String {
        switch result {
        case .noChanges: "no-changes"
        case .planned: "planned"
        case .declined: "declined"
        case .started: "started"
        case .gaveUp: "gave-up"
        case .failed: "failed"
        case .deployed: plan.createsStack ? "created" : "updated"
        }
    }
}

extension DestroyOutcome {
    /// How the deletion ended: `started` (not followed), `deleted`, `gave-up` or `failed`.
    public var resultName: String {
        switch result {
        case nil: "started"
        case .gaveUp?: "gave-up"
        case .settled(let outcome)?: outcome.succeeded ? "deleted" : "failed"
        }
    }

    /// `{"stack": NAME, "result": resultName}`, one of `stack destroy --json`'s `stacks`.
    public var document: Value { ["stack": .string(stack.name), "result": .string(resultName)] }
}

extension StackDescription {
    /// The outputs as `{"Key": "value"}`.
    public var outputsDocument: Value {
        var object = Object()
        for output in outputs { object[output.key] = .string(output.value) }
        return .object(object)
    }

    /// What `aws cloudformation describe-stacks` prints, which ``StackOutputs/read(outputsFile:bytes:stacks:)`` reads.
    public var describeStacksDocument: Value {
        let entries: [Value] = outputs.map { output in
            var entry: Object = ["OutputKey": .string(output.key), "OutputValue": .string(output.value)]
            if let description = output.description { entry["Description"] = .string(description) }
            if let export = output.exportName { entry["ExportName"] = .string(export) }
            return .object(entry)
        }
        return ["Stacks": [["StackName": .string(name), "StackId": .string(id), "Outputs": .array(entries)]]]
    }
}

extension StackEvent {
    /// The event as `events --json` gives it.
    public var document: Value {
        var entry: Object = [
            "eventId": .string(id), "timestamp": .string(Self.iso(timestamp)), "logicalId": .string(logicalResourceID),
            "type": .string(resourceType), "status": .string(status),
        ]
        if let physical = physicalResourceID { entry["physicalId"] = .string(physical) }
        if let path = nestedPath { entry["nestedStack"] = .string(path.description) }
        if let reason = statusReason { entry["reason"] = .string(reason) }
        return .object(entry)
    }

    /// A time as the documents write it: ISO 8601 with milliseconds.
    public static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}

extension StackOverview {
    /// The stack as `describe --json` gives it, NoEcho values masked.
    public var document: Value {
        let stack = masked.stack
        var document: Object = [
            "stackName": .string(stack.name), "stackId": .string(stack.id), "status": .string(stack.status),
            "terminationProtection": .bool(stack.terminationProtection),
        ]
        document["statusReason"] = stack.statusReason.map { .string($0) } ?? .null
        document["description"] = stack.description.map { .string($0) } ?? .null
        document["creationTime"] = stack.creationTime.map { .string(StackEvent.iso($0)) } ?? .null
        document["lastUpdatedTime"] = stack.lastUpdatedTime.map { .string(StackEvent.iso($0)) } ?? .null
        document["parameters"] = .object(Object(pairs: masked.parameters.map { ($0.key, Value.string($0.value)) }))
        document["outputs"] = .array(stack.outputs.map { output in
            var entry: Object = ["key": .string(output.key), "value": .string(output.value)]
            if let export = output.exportName { entry["exportName"] = .string(export) }
            if let description = output.description { entry["description"] = .string(description) }
            return .object(entry)
        })
        document["tags"] = .object(Object(pairs: stack.tags.map { ($0.key, Value.string($0.value)) }))
        document["capabilities"] = .array(stack.capabilities.map { .string($0) })
        document["resources"] = .array(resources.map { resource in
            var entry: Object = ["logicalId": .string(resource.logicalID), "type": .string(resource.type), "status": .string(resource.status)]
            if let physical = resource.physicalID { entry["physicalId"] = .string(physical) }
            if let reason = resource.statusReason { entry["reason"] = .string(reason) }
            return .object(entry)
        })
        document["nestedStacks"] = .array(nested.map { path, stack in
            ["path": .string(path.description), "stackName": .string(stack.name), "stackId": .string(stack.id), "status": .string(stack.status)]
        })
        return .object(document)
    }
}

extension TemplateDiff {
    /// The differences as `diff --json` gives them: one object an entry, with its changed values.
    public var document: Value {
        .array(entries.map { entry in
            var object: Object = ["section": .string(entry.section), "name": .string(entry.name), "change": .string(entry.kind.rawValue)]
            if let type = entry.type { object["type"] = .string(type) }
            object["values"] = .array(entry.changes.map { change in
                ["path": .string(change.path), "old": change.old ?? .null, "new": change.new ?? .null]
            })
            return .object(object)
        })
    }
}

extension StackSummary {
    /// The stack as `list --json` gives it.
    public var document: Value {
        var entry: Object = ["stackName": .string(name), "stackId": .string(id), "status": .string(status)]
        entry["lastChange"] = lastChange.map { .string(StackEvent.iso($0)) } ?? .null
        if let templateDescription { entry["description"] = .string(templateDescription) }
        return .object(entry)
    }
}
