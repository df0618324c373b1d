import Foundation

/// The calls that change stacks and follow them: change sets, events, resources, templates,
/// deletion and termination protection.
extension CloudFormationClient {
    /// Creates a change set and answers its ID and the stack's ID. CloudFormation builds it
    /// asynchronously; follow it with ``describeChangeSet(_:stackName:)``.
    public func createChangeSet(_ request: ChangeSetRequest) async throws(AWSError) -> (changeSetID: String, stackID: String) {
        let result = try await call("CreateChangeSet", Self.stackArguments(request), subject: "stack '\(request.stackName)'")
        return (result.string("Id") ?? "", result.string("StackId") ?? "")
    }

    /// The arguments of a change set request.
    private static func stackArguments(_ request: ChangeSetRequest) -> [(String, String)] {
        var arguments: [(String, String)] = [
            ("StackName", request.stackName), ("ChangeSetName", request.changeSetName),
            ("ChangeSetType", request.type.rawValue), ("ClientToken", request.clientToken),
        ]
        switch request.template {
        case .body(let body): arguments.append(("TemplateBody", body))
        case .url(let url): arguments.append(("TemplateURL", url))
        case .previous: arguments.append(("UsePreviousTemplate", "true"))
        }
        arguments += parameterArguments(request.parameters)
        arguments += list("Capabilities", request.capabilities)
        if let tags = request.tags {
            for (index, tag) in tags.enumerated() {
                arguments += [("Tags.member.\(index + 1).Key", tag.key), ("Tags.member.\(index + 1).Value", tag.value)]
            }
        }
        if let roleARN = request.roleARN { arguments.append(("RoleARN", roleARN)) }
        if let arns = request.notificationARNs { arguments += list("NotificationARNs", arns) }
        if let onStackFailure = request.onStackFailure { arguments.append(("OnStackFailure", onStackFailure)) }
        if let description = request.description { arguments.append(("Description", description)) }
        if request.includeNestedStacks { arguments.append(("IncludeNestedStacks", "true")) }
        return arguments
    }

    /// Creates a stack directly, from what a change set would have sent plus the options only
    /// CreateStack takes, and answers its ID.
    public func createStack(
        _ request: ChangeSetRequest, timeoutInMinutes: Int? = nil, terminationProtection: Bool = false, clientRequestToken: String
    ) async throws(AWSError) -> String {
        var arguments = Self.stackArguments(request).filter { !["ChangeSetName", "ChangeSetType", "ClientToken", "OnStackFailure", "Description", "IncludeNestedStacks"].contains($0.0) }
        arguments.append(("ClientRequestToken", clientRequestToken))
        if let onFailure = request.onStackFailure { arguments.append(("OnFailure", onFailure)) }
        if let timeoutInMinutes { arguments.append(("TimeoutInMinutes", String(timeoutInMinutes))) }
        if terminationProtection { arguments.append(("EnableTerminationProtection", "true")) }
        let result = try await call("CreateStack", arguments, subject: "stack '\(request.stackName)'")
        return result.string("StackId") ?? ""
    }

    /// The change set, with the changes of every page.
    public func describeChangeSet(_ changeSet: String, stackName: String? = nil) async throws(AWSError) -> ChangeSetDescription {
        var description: ChangeSetDescription?
        var arguments = [("ChangeSetName", changeSet)]
        if let stackName { arguments.append(("StackName", stackName)) }
        try await callPages("DescribeChangeSet", arguments, subject: "change set '\(changeSet)'") { result in
            let changes = (result.child("Changes")?.all("member") ?? []).compactMap(Self.resourceChange)
            if description == nil {
                description = ChangeSetDescription(
                    id: result.string("ChangeSetId") ?? changeSet, name: result.string("ChangeSetName") ?? changeSet,
                    stackID: result.string("StackId") ?? "", stackName: result.string("StackName") ?? stackName ?? "",
                    status: result.string("Status") ?? "", statusReason: result.string("StatusReason"),
                    executionStatus: result.string("ExecutionStatus") ?? "",
                    creationTime: result.string("CreationTime").flatMap(Timestamp.parse), changes: changes)
            } else {
                description!.changes += changes
            }
            return true
        }
        return description!
    }

    private static func resourceChange(_ member: XMLTree) -> ResourceChange? {
        guard let change = member.child("ResourceChange") else { return nil }
        let details = (change.child("Details")?.all("member") ?? []).compactMap { detail -> (name: String, requiresRecreation: String?)? in
            guard let target = detail.child("Target") else { return nil }
            let name = target.string("Name") ?? target.string("Attribute") ?? ""
            return (name, target.string("RequiresRecreation"))
        }
        var resourceChange = ResourceChange(
            action: change.string("Action") ?? "", logicalID: change.string("LogicalResourceId") ?? "",
            physicalID: change.string("PhysicalResourceId").flatMap { $0.isEmpty ? nil : $0 },
            resourceType: change.string("ResourceType") ?? "", replacement: change.string("Replacement").flatMap { $0.isEmpty ? nil : $0 },
            scope: (change.child("Scope")?.all("member") ?? []).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) },
            details: details)
        resourceChange.changeSetID = change.string("ChangeSetId").flatMap { $0.isEmpty ? nil : $0 }
        return resourceChange
    }

    /// Starts executing a change set.
    public func executeChangeSet(
        _ changeSet: String, stackName: String? = nil, clientRequestToken: String, disableRollback: Bool? = nil
    ) async throws(AWSError) {
        var arguments = [("ChangeSetName", changeSet), ("ClientRequestToken", clientRequestToken)]
        if let stackName { arguments.append(("StackName", stackName)) }
        if let disableRollback { arguments.append(("DisableRollback", disableRollback ? "true" : "false")) }
        _ = try await call("ExecuteChangeSet", arguments, subject: "change set '\(changeSet)'")
    }

    /// Deletes a change set.
    public func deleteChangeSet(_ changeSet: String, stackName: String? = nil) async throws(AWSError) {
        var arguments = [("ChangeSetName", changeSet)]
        if let stackName { arguments.append(("StackName", stackName)) }
        _ = try await call("DeleteChangeSet", arguments, subject: "change set '\(changeSet)'")
    }

    /// Starts deleting a stack. `retaining` keeps those resources of a `DELETE_FAILED` stack.
    public func deleteStack(
        _ stack: String, retaining: [String] = [], roleARN: String? = nil, clientRequestToken: String
    ) async throws(AWSError) {
        var arguments = [("StackName", stack), ("ClientRequestToken", clientRequestToken)]
        arguments += Self.list("RetainResources", retaining)
        if let roleARN { arguments.append(("RoleARN", roleARN)) }
        _ = try await call("DeleteStack", arguments, subject: "stack '\(stack)'")
    }

    /// Turns termination protection on or off.
    public func updateTerminationProtection(_ stack: String, enabled: Bool) async throws(AWSError) {
        _ = try await call(
            "UpdateTerminationProtection",
            [("StackName", stack), ("EnableTerminationProtection", enabled ? "true" : "false")], subject: "stack '\(stack)'")
    }

    /// Sets the stack's policy: the JSON document that says which resources updates may touch.
    public func setStackPolicy(_ stack: String, body: String) async throws(AWSError) {
        _ = try await call("SetStackPolicy", [("StackName", stack), ("StackPolicyBody", body)], subject: "stack '\(stack)'")
    }

    /// The stack's policy document; nil when it has none.
    public func stackPolicy(of stack: String) async throws(AWSError) -> String? {
        let result = try await call("GetStackPolicy", [("StackName", stack)], subject: "stack '\(stack)'")
        guard let body = result.child("StackPolicyBody")?.text, !body.isEmpty else { return nil }
        return body
    }

    /// The stack's events, newest first, page by page, until `shouldContinue` answers false for a
    /// page (it sees each page's events in order) or the pages run out.
    public func stackEvents(
        _ stack: String, while shouldContinue: ([StackEvent]) -> Bool = { _ in true }
    ) async throws(AWSError) -> [StackEvent] {
        var events: [StackEvent] = []
        try await callPages("DescribeStackEvents", [("StackName", stack)], subject: "stack '\(stack)'") { result in
            let page = (result.child("StackEvents")?.all("member") ?? []).map { member in
                StackEvent(
                    id: member.string("EventId") ?? "", stackID: member.string("StackId") ?? "",
                    stackName: member.string("StackName") ?? "", logicalResourceID: member.string("LogicalResourceId") ?? "",
                    physicalResourceID: member.string("PhysicalResourceId").flatMap { $0.isEmpty ? nil : $0 },
                    resourceType: member.string("ResourceType") ?? "",
                    timestamp: member.string("Timestamp").flatMap(Timestamp.parse) ?? Date(timeIntervalSince1970: 0),
                    status: member.string("ResourceStatus") ?? "",
                    statusReason: member.string("ResourceStatusReason").flatMap { $0.isEmpty ? nil : $0 },
                    clientRequestToken: member.string("ClientRequestToken").flatMap { $0.isEmpty ? nil : $0 },
                    operationID: member.string("OperationId").flatMap { $0.isEmpty ? nil : $0 })
            }
            events += page
            return shouldContinue(page)
        }
        return events
    }

    /// The stack's resources.
    public func stackResources(_ stack: String) async throws(AWSError) -> [StackResource] {
        let result = try await call("DescribeStackResources", [("StackName", stack)], subject: "stack '\(stack)'")
        return (result.child("StackResources")?.all("member") ?? []).map { member in
            StackResource(
                logicalID: member.string("LogicalResourceId") ?? "",
                physicalID: member.string("PhysicalResourceId").flatMap { $0.isEmpty ? nil : $0 },
                type: member.string("ResourceType") ?? "", status: member.string("ResourceStatus") ?? "",
                statusReason: member.string("ResourceStatusReason").flatMap { $0.isEmpty ? nil : $0 },
                timestamp: member.string("Timestamp").flatMap(Timestamp.parse))
        }
    }

    /// The template the stack runs now, as text (JSON or YAML, as it was given).
    public func template(of stack: String) async throws(AWSError) -> String {
        let result = try await call("GetTemplate", [("StackName", stack)], subject: "stack '\(stack)'")
        return result.child("TemplateBody")?.text ?? ""
    }
}
