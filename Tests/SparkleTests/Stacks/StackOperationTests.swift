import Foundation
import Sparkle
import SparkleAWS
import SparkleStacks
import Testing

private typealias CF = ScriptedCloudFormation

/// Collects what a monitor reports.
private final class Activities: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [StackActivity] = []

    func add(_ activity: StackActivity) {
        lock.lock()
        items.append(activity)
        lock.unlock()
    }

    var events: [StackEvent] {
        lock.lock()
        defer { lock.unlock() }
        return items.compactMap { if case .event(let event) = $0 { event } else { nil } }
    }

    var retries: Int {
        lock.lock()
        defer { lock.unlock() }
        return items.filter { if case .retrying = $0 { true } else { false } }.count
    }
}

private let quickWait = WaitOptions(initialInterval: 0.01, maxInterval: 0.02, heartbeat: 60)

/// What the emulator cannot show, against CloudFormation answers scripted as the real API writes them:
/// per-resource events over several pages, rollbacks and their root cause, throttling, missing
/// capabilities, failed change sets, DELETE_FAILED, retried tokens.
@Suite struct StackOperationTests {
    @Test func eventsAreReadNewestFirstAcrossPagesAndEachHandedOutOnce() async throws {
        let old = [CF.event("e2", "app", "CREATE_COMPLETE", second: 2), CF.event("e1", "app", "CREATE_IN_PROGRESS", reason: "User Initiated", second: 1)]
        let cf = CF(["DescribeStackEvents": [
            CF.events(old),  // marking what exists before the operation
            CF.events([CF.event("e5", "Bucket", "UPDATE_COMPLETE", second: 5), CF.event("e4", "Bucket", "UPDATE_IN_PROGRESS", second: 5)], next: "p2"),
            CF.events([CF.event("e3", "app", "UPDATE_IN_PROGRESS", reason: "User Initiated", second: 4)] + old),
            CF.events([CF.event("e6", "app", "UPDATE_COMPLETE", second: 6), CF.event("e5", "Bucket", "UPDATE_COMPLETE", second: 5)], next: "p2"),
        ]])
        let client = cf.client()
        var cursor = EventCursor(stack: CF.stackID, start: .afterExisting)
        try await cursor.markExisting(on: client)
        #expect(try await cursor.next(from: client).map(\.id) == ["e3", "e4", "e5"])
        #expect(try await cursor.next(from: client).map(\.id) == ["e6"])
        // The second read stopped at a seen event on its first page: no second page was asked for.
        #expect(cf.calls("DescribeStackEvents").map { $0.formValue("NextToken") } == [nil, nil, "p2", nil])
    }

    @Test func theLastOperationStartsAtItsUserInitiatedStackEvent() async throws {
        let cf = CF(["DescribeStackEvents": [CF.events([
            CF.event("e9", "app", "UPDATE_COMPLETE", second: 9), CF.event("e8", "Bucket", "UPDATE_COMPLETE", second: 8),
            CF.event("e7", "app", "UPDATE_IN_PROGRESS", reason: "User Initiated", second: 7),
            CF.event("e6", "app", "CREATE_COMPLETE", second: 6), CF.event("e5", "app", "CREATE_IN_PROGRESS", second: 5),
        ])]])
        var cursor = EventCursor(stack: "app", start: .lastOperation)
        #expect(try await cursor.next(from: cf.client()).map(\.id) == ["e7", "e8", "e9"])
    }

    @Test func aFailedCreateNamesTheFirstRealFailureNotTheCancellationsOrTheNestedEcho() async throws {
        let cf = CF([
            "DescribeStacks": [CF.stack("CREATE_IN_PROGRESS"), CF.stack("ROLLBACK_IN_PROGRESS"), CF.stack("ROLLBACK_COMPLETE")],
            "DescribeStackEvents": [
                CF.events([CF.event("e1", "app", "CREATE_IN_PROGRESS", reason: "User Initiated", second: 1)]),
                CF.events([
                    CF.event("e5", "app", "ROLLBACK_IN_PROGRESS", reason: "The following resource(s) failed to create: [Role, Bucket, Network].", second: 5),
                    CF.event("e4", "Bucket", "CREATE_FAILED", reason: "Resource creation cancelled", second: 4),
                    CF.event("e3", "Role", "CREATE_FAILED", reason: "Role name already exists", type: "AWS::IAM::Role", second: 3),
                    CF.event("e2", "Network", "CREATE_FAILED", reason: "Embedded stack arn:aws:…/network was not successfully created", type: "AWS::CloudFormation::Stack", second: 2),
                    CF.event("e1", "app", "CREATE_IN_PROGRESS", reason: "User Initiated", second: 1),
                ]),
                CF.events([CF.event("e6", "app", "ROLLBACK_COMPLETE", second: 6), CF.event("e5", "app", "ROLLBACK_IN_PROGRESS", second: 5)]),
            ],
        ])
        let activities = Activities()
        let cursor = EventCursor(stack: CF.stackID, start: .beginning)
        let result = try await StackMonitor(client: cf.client(), options: quickWait).wait(for: cursor) { activities.add($0) }
        guard case .settled(let outcome) = result else { Issue.record("did not settle"); return }
        #expect(!outcome.succeeded)
        #expect(outcome.stack.status == "ROLLBACK_COMPLETE")
        #expect(outcome.rootCause?.logicalResourceID == "Role")
        #expect(outcome.rootCause?.statusReason == "Role name already exists")
        #expect(activities.events.map(\.id) == ["e1", "e2", "e3", "e4", "e5", "e6"])
        #expect(StackStatus.nextStep(for: outcome.stack.status, stack: "app") == .destroyOrReplaceFailed(stack: "app"))
        let failure = try #require(outcome.failure)
        #expect(failure.kind == .operationFailed && failure.nextStep == .destroyOrReplaceFailed(stack: "app"))
        #expect(failure.message.hasSuffix("ROLLBACK_COMPLETE: Role (AWS::IAM::Role) CREATE_FAILED: Role name already exists"), "\(failure.message)")
    }

    @Test func nestedStacksAreFollowedAndTheirFailureIsTheRootCause() async throws {
        let child = "arn:aws:cloudformation:eu-west-1:123456789012:stack/app-Network-X1/9f9f"
        let nestedType = "AWS::CloudFormation::Stack"
        let started = CF.event("e2", "Network", "CREATE_IN_PROGRESS", reason: "Resource creation Initiated", type: nestedType, second: 2, physical: child)
        let cf = CF([
            "DescribeStacks": [CF.stack("CREATE_IN_PROGRESS"), CF.stack("ROLLBACK_IN_PROGRESS"), CF.stack("ROLLBACK_COMPLETE")],
            "DescribeStackEvents \(CF.stackID)": [
                CF.events([
                    started, CF.event("e1b", "Network", "CREATE_IN_PROGRESS", type: nestedType, second: 1),
                    CF.event("e1", "app", "CREATE_IN_PROGRESS", reason: "User Initiated", second: 1),
                ]),
                CF.events([
                    CF.event("e4", "app", "ROLLBACK_IN_PROGRESS", reason: "The following resource(s) failed to create: [Network].", second: 5),
                    CF.event("e3", "Network", "CREATE_FAILED", reason: "Embedded stack \(child) was not successfully created: The following resource(s) failed to create: [Bucket].", type: nestedType, second: 4, physical: child),
                    started,
                ]),
                CF.events([CF.event("e5", "app", "ROLLBACK_COMPLETE", second: 6), CF.event("e4", "app", "ROLLBACK_IN_PROGRESS", second: 5)]),
            ],
            "DescribeStackEvents \(child)": [CF.events([
                CF.event("c2", "Bucket", "CREATE_FAILED", reason: "my-bucket already exists", second: 3, stack: child),
                CF.event("c1", "app-Network-X1", "CREATE_IN_PROGRESS", reason: "User Initiated", second: 2, stack: child, physical: child),
                CF.event("c0", "Old", "DELETE_COMPLETE", second: 0, stack: child),
            ])],
        ])
        let activities = Activities()
        let result = try await StackMonitor(client: cf.client(), options: quickWait)
            .wait(for: EventCursor(stack: CF.stackID, start: .beginning)) { activities.add($0) }
        guard case .settled(let outcome) = result else { Issue.record("did not settle"); return }
        #expect(activities.events.map(\.id) == ["e1", "e1b", "e2", "c1", "c2", "e3", "e4", "e5"], "events before the nested stack started are not its own")
        #expect(activities.events.first { $0.id == "c2" }?.displayName == "Network/Bucket")
        #expect(outcome.rootCause?.id == "c2" && outcome.rootCause?.statusReason == "my-bucket already exists")
    }

    @Test func throttlingWhilePollingSlowsDownAndWaitingGoesOn() async throws {
        let throttled = CF.failure(400, "Throttling", "Rate exceeded")
        let cf = CF([
            "DescribeStacks": [throttled, throttled, throttled, throttled, CF.stack("UPDATE_COMPLETE")],
            "DescribeStackEvents": [CF.events([CF.event("e1", "app", "UPDATE_COMPLETE")])],
        ])
        let activities = Activities()
        let result = try await StackMonitor(client: cf.client(attempts: 2), options: quickWait)
            .wait(for: EventCursor(stack: CF.stackID, start: .beginning)) { activities.add($0) }
        guard case .settled(let outcome) = result else { Issue.record("did not settle"); return }
        #expect(outcome.succeeded)
        #expect(activities.retries == 2)
        #expect(cf.calls("DescribeStacks").count == 5)
    }

    @Test func waitingGivesUpAfterItsTimeoutWhileTheOperationGoesOn() async throws {
        let cf = CF(["DescribeStacks": [CF.stack("UPDATE_IN_PROGRESS")], "DescribeStackEvents": [CF.events([])]])
        var options = quickWait
        options.timeout = 0.2
        let result = try await StackMonitor(client: cf.client(), options: options).wait(for: EventCursor(stack: CF.stackID, start: .beginning)) { _ in }
        guard case .gaveUp(let status, _) = result else { Issue.record("should have given up"); return }
        #expect(status == "UPDATE_IN_PROGRESS")
    }

    @Test func deleteFailedNamesTheResourcesThatStuck() async throws {
        let cf = CF([
            "DescribeStacks": [CF.stack("DELETE_IN_PROGRESS"), CF.stack("DELETE_FAILED", reason: "The following resource(s) failed to delete: [Bucket].")],
            "DescribeStackEvents": [CF.events([
                CF.event("e3", "app", "DELETE_FAILED", second: 3),
                CF.event("e2", "Bucket", "DELETE_FAILED", reason: "The bucket you tried to delete is not empty", second: 2),
                CF.event("e1", "app", "DELETE_IN_PROGRESS", reason: "User Initiated", second: 1),
            ])],
        ])
        let result = try await StackMonitor(client: cf.client(), options: quickWait)
            .wait(for: EventCursor(stack: CF.stackID, start: .beginning), deleting: true) { _ in }
        guard case .settled(let outcome) = result else { Issue.record("did not settle"); return }
        #expect(!outcome.succeeded)
        #expect(outcome.deleteFailures.map(\.logicalResourceID) == ["Bucket"])
        #expect(outcome.rootCause?.statusReason == "The bucket you tried to delete is not empty")
        #expect(StackStatus.nextStep(for: "DELETE_FAILED", stack: "app") == .retainUndeletable(stack: "app"))
        // The stack's own resources that stuck are named in the next step, to retain them.
        #expect(outcome.undeletable == ["Bucket"])
        #expect(outcome.failure?.nextStep == .retainUndeletable(stack: "app", resources: ["Bucket"]))
    }

    private func request(_ template: Object, capabilities: [String]? = nil) -> DeploymentRequest {
        var request = DeploymentRequest(stackName: "app", template: template, body: JSONEmitter.string(.object(template)))
        request.capabilities = capabilities
        return request
    }

    private let roleTemplate: Object = [
        "Resources": ["Role": ["Type": "AWS::IAM::Role", "Properties": ["RoleName": "fixed", "AssumeRolePolicyDocument": [:]]]],
    ]

    @Test func missingCapabilitiesAreAChangeSetFailureThatSaysWhichOnes() async throws {
        let cf = CF([
            "DescribeStacks": [CF.failure(400, "ValidationError", "Stack with id app does not exist")],
            "CreateChangeSet": [CF.failure(400, "InsufficientCapabilitiesException", "Requires capabilities : [CAPABILITY_NAMED_IAM]")],
        ])
        await #expect {
            _ = try await StackOperator(cloudFormation: cf.client()).plan(request(roleTemplate, capabilities: []))
        } throws: { error in
            let error = error as? StackError
            return error?.kind == .changeSetFailed && error?.message.contains("Requires capabilities : [CAPABILITY_NAMED_IAM]") == true
        }
        // Without the override, the detected capabilities are sent.
        let detected = CF([
            "DescribeStacks": [CF.failure(400, "ValidationError", "Stack with id app does not exist")],
            "CreateChangeSet": [CF.createdChangeSet], "DescribeChangeSet": [CF.changeSet("CREATE_COMPLETE", changes: [("Add", "Role", nil)])],
        ])
        let plan = try await StackOperator(cloudFormation: detected.client()).plan(request(roleTemplate))
        #expect(plan.acknowledged == ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"])
        let sent = try #require(detected.calls("CreateChangeSet").first)
        #expect(sent.formValue("Capabilities.member.2") == "CAPABILITY_NAMED_IAM" && sent.formValue("ChangeSetType") == "CREATE")
    }

    @Test func aChangeSetWithoutChangesIsDeletedAndOneThatFailsOtherwiseIsReported() async throws {
        let existing = CF.stack("UPDATE_COMPLETE")
        let empty = CF([
            "DescribeStacks": [existing], "CreateChangeSet": [CF.createdChangeSet],
            "DescribeChangeSet": [
                CF.changeSet("CREATE_PENDING", execution: "UNAVAILABLE"),
                CF.changeSet("FAILED", execution: "UNAVAILABLE", reason: "The submitted information didn't contain changes. Submit different information to create a change set."),
            ],
            "DeleteChangeSet": [CF.response("DeleteChangeSet", "")],
        ])
        let plan = try await StackOperator(cloudFormation: empty.client()).plan(request(["Resources": [:]]))
        #expect(plan.changeSet == nil && plan.noChangesReason?.hasPrefix("The submitted information didn't contain changes") == true)
        #expect(empty.calls("DeleteChangeSet").count == 1 && empty.calls("DeleteStack").isEmpty)
        #expect(empty.calls("CreateChangeSet").first?.formValue("ChangeSetType") == "UPDATE")

        let broken = CF([
            "DescribeStacks": [CF.failure(400, "ValidationError", "Stack with id app does not exist")], "CreateChangeSet": [CF.createdChangeSet],
            "DescribeChangeSet": [CF.changeSet("FAILED", execution: "UNAVAILABLE", reason: "Template format error: Unresolved resource dependencies [Nope]")],
            "DeleteChangeSet": [CF.response("DeleteChangeSet", "")], "DeleteStack": [CF.response("DeleteStack", "")],
        ])
        await #expect {
            _ = try await StackOperator(cloudFormation: broken.client()).plan(request(["Resources": [:]]))
        } throws: { error in
            (error as? StackError)?.kind == .changeSetFailed && (error as? StackError)?.message.contains("Unresolved resource dependencies [Nope]") == true
        }
        // The new stack's change set and the empty stack it made are both gone.
        #expect(broken.calls("DeleteChangeSet").count == 1 && broken.calls("DeleteStack").count == 1)
    }

    @Test func nestedStacksChangeSetsAreDescribedIntoThePreview() async throws {
        let nestedID = "arn:aws:cloudformation:eu-west-1:123456789012:changeSet/cs-Network-1/2"
        var parent = CF.changeSet("CREATE_COMPLETE", changes: [("Modify", "Network", nil)])
        parent.body = parent.body.replacingOccurrences(
            of: "<ResourceType>AWS::S3::Bucket</ResourceType>", with: "<ResourceType>AWS::CloudFormation::Stack</ResourceType><ChangeSetId>\(nestedID)</ChangeSetId>")
        let cf = CF([
            "DescribeStacks": [CF.stack("UPDATE_COMPLETE")], "CreateChangeSet": [CF.createdChangeSet],
            "DescribeChangeSet app": [parent],
            "DescribeChangeSet": [CF.changeSet("CREATE_COMPLETE", changes: [("Modify", "Vpc", "True"), ("Add", "Gateway", nil)])],
        ])
        var nested = request(["Resources": ["Network": ["Type": "AWS::CloudFormation::Stack", "Properties": ["TemplateURL": "https://b.s3.amazonaws.com/n.json"]]]])
        nested.nestedTemplates = [(StackPath(["Network"]), ["Resources": ["Vpc": ["Type": "AWS::EC2::VPC"]]])]
        let plan = try await StackOperator(cloudFormation: cf.client()).plan(nested)
        let network = try #require(plan.changeSet?.changes.first)
        #expect(network.changeSetID == nestedID)
        #expect(network.nestedChanges.map(\.logicalID) == ["Vpc", "Gateway"] && network.nestedChanges.first?.replacement == "True")
        #expect(cf.calls("CreateChangeSet").first?.formValue("IncludeNestedStacks") == "true")
        #expect(cf.calls("DescribeChangeSet").last?.formValue("ChangeSetName") == nestedID)
    }

    @Test func everyPageOfAChangeSetIsRead() async throws {
        let cf = CF(["DescribeChangeSet": [
            CF.changeSet("CREATE_COMPLETE", changes: [("Modify", "A", "True"), ("Modify", "B", "Conditional")], next: "2"),
            CF.changeSet("CREATE_COMPLETE", changes: [("Remove", "C", nil)]),
        ]])
        let described = try await cf.client().describeChangeSet("cs", stackName: "app")
        #expect(described.changes.map(\.logicalID) == ["A", "B", "C"])
        #expect(described.changes.map(\.replacement) == ["True", "Conditional", nil])
        #expect(described.changes[0].details.first?.name == "BucketName" && described.changes[0].details.first?.requiresRecreation == "Always")
        #expect(described.summary == "3 change(s): 2 to modify, 1 to remove, 1 replaced")
    }

    @Test func aRetriedCallKeepsItsClientRequestToken() async throws {
        let cf = CF([
            "DescribeStackEvents": [CF.events([])],
            "ExecuteChangeSet": [CF.failure(503, "ServiceUnavailable", "try again"), CF.response("ExecuteChangeSet", "")],
        ])
        let cursor = try await StackOperator(cloudFormation: cf.client()).execute(changeSet: "cs", stack: CF.stackID)
        let tokens = cf.calls("ExecuteChangeSet").map { $0.formValue("ClientRequestToken") }
        #expect(tokens.count == 2 && tokens[0] != nil && tokens[0] == tokens[1])
        #expect(cursor.token == tokens[0])
    }

    @Test func terminationProtectionIsSetOnlyWhenItDiffers() async throws {
        let cf = CF(["UpdateTerminationProtection": [CF.response("UpdateTerminationProtection", "<StackId>\(CF.stackID)</StackId>")]])
        let stack = StackDescription(id: CF.stackID, name: "app", status: "UPDATE_COMPLETE")
        let stacks = StackOperator(cloudFormation: cf.client())
        try await stacks.protect(stack, enabled: false)
        #expect(cf.calls("UpdateTerminationProtection").isEmpty)
        try await stacks.protect(stack, enabled: true)
        #expect(cf.calls("UpdateTerminationProtection").first?.formValue("EnableTerminationProtection") == "true")
    }

    @Test func anUpdateWhoseCleanupCouldNotDeleteAResourceStillSucceeds() async throws {
        let cf = CF([
            "DescribeStacks": [CF.stack("UPDATE_COMPLETE_CLEANUP_IN_PROGRESS"), CF.stack("UPDATE_COMPLETE")],
            "DescribeStackEvents": [CF.events([
                CF.event("e4", "app", "UPDATE_COMPLETE", second: 4),
                CF.event("e3", "OldBucket", "DELETE_FAILED", reason: "The bucket you tried to delete is not empty", second: 3),
                CF.event("e2", "app", "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS", second: 2),
                CF.event("e1", "app", "UPDATE_IN_PROGRESS", reason: "User Initiated", second: 1),
            ])],
        ])
        let result = try await StackMonitor(client: cf.client(), options: quickWait).wait(for: EventCursor(stack: CF.stackID, start: .beginning)) { _ in }
        guard case .settled(let outcome) = result else { Issue.record("did not settle"); return }
        #expect(outcome.succeeded)
        #expect(outcome.deleteFailures.map(\.logicalResourceID) == ["OldBucket"])
    }

    @Test func replaceFailedDeletesTheFailedStackThenCreatesIt() async throws {
        let cf = CF([
            "DescribeStacks": [CF.stack("ROLLBACK_COMPLETE"), CF.stack("ROLLBACK_COMPLETE"), CF.stack("DELETE_COMPLETE")],
            "DescribeStackEvents": [CF.events([CF.event("e1", "app", "ROLLBACK_COMPLETE")]), CF.events([CF.event("e2", "app", "DELETE_COMPLETE"), CF.event("e1", "app", "ROLLBACK_COMPLETE")])],
            "DeleteStack": [CF.response("DeleteStack", "")],
            "CreateChangeSet": [CF.createdChangeSet], "DescribeChangeSet": [CF.changeSet("CREATE_COMPLETE", changes: [("Add", "Bucket", nil)])],
        ])
        var request = request(["Resources": ["Bucket": ["Type": "AWS::S3::Bucket"]]])
        request.replaceFailed = true
        let client = cf.client()
        let plan = try await StackOperator(cloudFormation: client).plan(request) { cursor throws(StackError) in
            guard case .settled(let outcome) = try await StackMonitor(client: client, options: quickWait).wait(for: cursor, deleting: true, report: { _ in }),
                outcome.succeeded
            else { throw StackError(.operationFailed, "not deleted") }
        }
        #expect(plan.createsStack && plan.removedLeftover == "ROLLBACK_COMPLETE")
        #expect(cf.calls("DeleteStack").count == 1)
        #expect(cf.calls("CreateChangeSet").first?.formValue("ChangeSetType") == "CREATE")
    }

    @Test func aStackLeftByAFailedCreateIsRefusedWithTheNextStep() async throws {
        let cf = CF(["DescribeStacks": [CF.stack("ROLLBACK_COMPLETE")]])
        await #expect {
            _ = try await StackOperator(cloudFormation: cf.client()).plan(request(["Resources": [:]]))
        } throws: { error in
            (error as? StackError)?.nextStep == .destroyOrReplaceFailed(stack: "app")
        }
        #expect(cf.calls("CreateChangeSet").isEmpty)
    }
}

/// Capabilities, parameters and template differences: pure functions of the template.
@Suite struct StackPlanningTests {
    @Test func capabilitiesAreDetectedWithTheResourceThatNeedsEach() {
        let tree: Object = [
            "Transform": "AWS::Serverless-2016-10-31",
            "Resources": [
                "Role": ["Type": "AWS::IAM::Role", "Properties": [:]],
                "Named": ["Type": "AWS::IAM::ManagedPolicy", "Properties": ["ManagedPolicyName": "x"]],
                "Queue": ["Type": "AWS::SQS::Queue"],
            ],
        ]
        let required = Capabilities.required(by: tree)
        #expect(required.map(\.source) == ["Role", "Named", "Transform"])
        #expect(Capabilities.names(required) == ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"])
        #expect(Capabilities.names(Capabilities.required(by: ["Resources": ["Q": ["Type": "AWS::SQS::Queue"]]])).isEmpty)
        let nested: Object = ["Resources": ["Q": ["Type": "AWS::SQS::Queue", "Properties": ["Fn::Transform": ["Name": "M"]]]]]
        #expect(Capabilities.required(by: nested).first?.capability == "CAPABILITY_AUTO_EXPAND")
    }

    @Test func parametersFollowTheirPrecedenceAndKeepPreviousValues() throws {
        let template: Object = ["Parameters": [
            "Flag": ["Type": "String"], "File": ["Type": "String"], "Applied": ["Type": "String"], "Same": ["Type": "String"],
            "Kept": ["Type": "String"], "Defaulted": ["Type": "String", "Default": "d"], "Secret": ["Type": "String", "NoEcho": true],
        ]]
        let sources = ParameterSources(
            explicit: ["Flag": "f", "Secret": "hush"], file: ["Flag": "ignored", "File": "from-file"],
            applied: [StackOutputs(stackName: "net", outputs: [("Applied", "a"), ("Same", "s"), ("File", "ignored")])])
        var previous = StackDescription(id: "id", name: "app", status: "UPDATE_COMPLETE")
        previous.parameters = ["Kept": "old", "Same": "s", "Flag": "old"]
        let (resolved, report) = try StackParameters.resolve(template: template, sources: sources, previous: previous)
        let byKey = Dictionary(uniqueKeysWithValues: resolved.map { ($0.key, $0) })
        #expect(byKey["Flag"]?.value == .value("f") && byKey["Flag"]?.origin == .explicit)
        #expect(byKey["File"]?.value == .value("from-file") && byKey["File"]?.origin == .file)
        #expect(byKey["Applied"]?.value == .value("a") && byKey["Applied"]?.origin == .applied(stack: "net", output: "Applied"))
        #expect(byKey["Same"]?.value == .previous && byKey["Same"]?.unchangedValue == "s")
        #expect(byKey["Kept"]?.value == .previous)
        #expect(byKey["Defaulted"]?.value == nil)
        #expect(byKey["Secret"]?.hidden == true && byKey["Secret"]?.origin == .explicit)
        #expect(report.overridden == ["File"])
        // What may be shown: NoEcho masked, an unchanged applied value as it stays, nothing for previous or default.
        #expect(byKey["Secret"]?.shownValue == "****" && byKey["Flag"]?.shownValue == "f" && byKey["Same"]?.shownValue == "s")
        #expect(byKey["Kept"]?.shownValue == nil && byKey["Defaulted"]?.shownValue == nil)

        #expect { try StackParameters.resolve(template: template, sources: ParameterSources(), previous: nil) } throws: { error in
            (error as? StackError)?.message.hasPrefix("no value for parameters Flag, File, Applied, Same, Kept, Secret") == true
        }
        #expect { try StackParameters.resolve(template: template, sources: ParameterSources(explicit: ["Flg": "x"]), previous: previous) } throws: { error in
            (error as? StackError)?.kind == .usage && (error as? StackError)?.message.contains("no parameter 'Flg'") == true
        }
        #expect(StackParameters.values(fromParametersFile: [["ParameterKey": "A", "ParameterValue": 1]]) == ["A": "1"])
        #expect(StackParameters.values(fromParametersFile: ["A": "x", "B": true]) == ["A": "x", "B": "true"])
        #expect(StackParameters.values(fromParametersFile: [["Key": "A"]]) == nil)
    }

    @Test func templatesDifferResourceByResourceAndPropertyByProperty() {
        let deployed: Object = [
            "Description": "old",
            "Resources": [
                "Topic": ["Type": "AWS::SNS::Topic", "Properties": ["DisplayName": "a", "Tags": [["Key": "k", "Value": "1"]]]],
                "Queue": ["Type": "AWS::SQS::Queue"],
            ],
        ]
        let proposed: Object = [
            "Description": "new",
            "Resources": [
                "Topic": ["Properties": ["Tags": [["Value": "2", "Key": "k"]], "DisplayName": "a"], "Type": "AWS::SNS::Topic"],
                "Bucket": ["Type": "AWS::S3::Bucket"],
            ],
        ]
        let diff = TemplateDiff(deployed: deployed, proposed: proposed)
        #expect(diff.entries.map { "\($0.section)/\($0.name)/\($0.kind.rawValue)" } == [
            "Description/Description/modified", "Resources/Bucket/added", "Resources/Topic/modified", "Resources/Queue/removed",
        ])
        #expect(diff.entries[2].changes.map(\.path) == ["Properties.Tags[0].Value"])
        #expect(diff.entries[2].changes.map(\.old) == ["1"] && diff.entries[2].changes.map(\.new) == ["2"])
        #expect(TemplateDiff(deployed: deployed, proposed: deployed).isEmpty)
        #expect(diff.lines().prefix(3) == ["Description", "  ~ Description", "      (value): \"old\" → \"new\""])
        #expect(diff.lines { text, kind in kind == .added ? "[\(text)]" : text }.contains("[  + Bucket (AWS::S3::Bucket)]"))
    }

    @Test func durationsAreReadWithOrWithoutUnits() {
        #expect(WaitOptions.seconds(in: "90") == 90 && WaitOptions.seconds(in: "2.5") == 2.5)
        #expect(WaitOptions.seconds(in: "90s") == 90 && WaitOptions.seconds(in: "5m") == 300 && WaitOptions.seconds(in: "1h30m") == 5400)
        #expect(WaitOptions.seconds(in: "5x") == nil && WaitOptions.seconds(in: "m") == nil && WaitOptions.seconds(in: "0m") == nil)
        #expect(WaitOptions.seconds(in: "10m5") == nil, "a number after the last unit has no unit")
    }

    @Test func aSecretMaskHidesEveryValueItWasGivenTheLongestFirst() {
        let mask = SecretMask()
        #expect(mask.redact("pass hush") == "pass hush")
        mask.hide(["hush", "hush-hush", "", "****"])
        #expect(mask.redact("the value hush-hush, or hush") == "the value ****, or ****")
    }

    @Test func templatesOverTheInlineLimitNeedABucket() async throws {
        let large = String(repeating: "x", count: TemplateStaging.inlineLimit + 1)
        #expect(try await TemplateStaging().source(for: "small", stackName: "app", fileExtension: "json", s3: nil).source == .body("small"))
        await #expect { _ = try await TemplateStaging().source(for: large, stackName: "app", fileExtension: "json", s3: nil) } throws: { error in
            (error as? StackError)?.nextStep == .giveBucket
        }
        let staging = TemplateStaging(bucket: "b", prefix: "p/")
        let key = staging.key(for: Array(large.utf8), name: "app", fileExtension: "json")
        #expect(key.hasPrefix("p/app-") && key.hasSuffix(".json") && key == staging.key(for: Array(large.utf8), name: "app", fileExtension: "json"))
    }
}
