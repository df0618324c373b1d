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
