import Foundation
import SparkleAWS
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A lower layer whose outputs an upper layer applies: a parameter-only update changes `Name`.
private let lowerLayer = """
    {"Parameters": {"Name": {"Type": "String"}, "Extra": {"Type": "String", "Default": "extra-1"}},
     "Resources": {"Store": {"Type": "AWS::SSM::Parameter", "Properties": {"Name": {"Fn::Sub": "/${AWS::StackName}/name"}, "Type": "String", "Value": {"Ref": "Name"}}}},
     "Outputs": {"Name": {"Value": {"Ref": "Name"}}, "Extra": {"Value": {"Ref": "Extra"}}}}
    """

/// The upper layer, first without and then with a parameter only its new template declares.
private func upperLayer(withExtra: Bool) -> String {
    let extra = withExtra ? #", "Extra": {"Type": "String"}"# : ""
    let extraOutput = withExtra ? #", "SeenExtra": {"Value": {"Ref": "Extra"}}"# : ""
    return """
        {"Parameters": {"Name": {"Type": "String"}\(extra)},
         "Resources": {"Copy": {"Type": "AWS::SSM::Parameter", "Properties": {"Name": {"Fn::Sub": "/${AWS::StackName}/copy"}, "Type": "String", "Value": {"Ref": "Name"}}}},
         "Outputs": {"SeenName": {"Value": {"Ref": "Name"}}\(extraOutput)}}
        """
}

/// `sparkle stack` end to end on the emulator: the layer cake, change sets, real waiting, NoEcho,
/// uploads through S3, confirmation and deletion.
@Suite(.serialized) struct StackCommandTests {
    @Test(.timeLimit(.minutes(5)))
    func theLayerCakeDeploysWithStackDeployAlone() async throws {
        let cli = try StackCLI()
        defer { cli.cleanUp() }

        let layers: [(stack: String, below: [String])] = [
            ("vpc", []), ("vpc-subnets", ["vpc"]), ("coolapp-elb", ["vpc", "vpc-subnets"]),
            ("coolapp-asg", ["vpc", "vpc-subnets", "coolapp-elb"]),
        ]
        for (stack, below) in layers {
            let result = try cli(["deploy", stack, "--yes"] + below.flatMap { ["--apply-stack", $0] })
            try #require(result.status == 0, "\(stack): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("stack \(stack) created: CREATE_COMPLETE"), "\(result.stdout)")
            #expect(result.stdout.contains("CREATE_IN_PROGRESS") && result.stdout.contains("User Initiated"))
            let deployed = try await cli.client.describeStack(stack)
            for lower in below {
                for output in try await cli.client.describeStack(lower).outputs where deployed.parameters[output.key] != nil {
                    #expect(deployed.parameters[output.key] == output.value, "\(stack).\(output.key) from \(lower)")
                }
            }
        }
        let vpcOutputs = try await cli.outputs("vpc")
        let subnets = try await cli.client.describeStack("vpc-subnets")
        #expect(subnets.parameters["VpcId"] == vpcOutputs["VpcId"])
        let elb = try await cli.outputs("coolapp-elb")
        #expect(try await cli.client.describeStack("coolapp-asg").parameters["ElbName"] == elb["ElbName"])

        // The same stack again: nothing to change, nothing left behind.
        let again = try cli(["deploy", "vpc-subnets", "--apply-stack", "vpc", "--yes"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("stack vpc-subnets: no changes"), "\(again.stdout)")
        #expect(again.stdout.contains("parameter VpcId = \(vpcOutputs["VpcId"]!) (from vpc.VpcId, unchanged)"), "\(again.stdout)")
        #expect(try await cli.client.describeStack("vpc-subnets").status == "CREATE_COMPLETE")

        // A deploy without a template of the stack's name says which are close.
        let unknown = try cli(["deploy", "coolapp-web", "--yes"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no template named 'coolapp_web'") && unknown.stderr.contains("did you mean 'coolapp_elb'?"), "\(unknown.stderr)")
    }

    @Test(.timeLimit(.minutes(5)))
    func anUpdateCompilesWithTheInputsTheStackWasCompiledWith() async throws {
        let cli = try StackCLI()
        defer { cli.cleanUp() }
        #expect(try cli(["deploy", "vpc", "--parameter", "VpcCidr=10.7.0.0/16", "--yes"]).status == 0)
        let first = try cli(["deploy", "vpc-subnets", "--apply-stack", "vpc", "--param", "vpc_cidr=10.7.0.0/16", "--yes"])
        try #require(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(try await cli.outputs("vpc-subnets")["CompileState"] == #"{"VpcCidr":"10.7.0.0/16"}"#)

        // No --param: the stack's CompileState gives 10.7.0.0/16, not the input's default 10.1.0.0/16.
        let again = try cli(["deploy", "vpc-subnets", "--apply-stack", "vpc", "--yes"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("stack vpc-subnets: no changes"), "\(again.stdout)")
        let diff = try cli(["diff", "vpc-subnets"])
        #expect(diff.status == 0 && !diff.stdout.contains("10.1."), "\(diff.stdout)\(diff.stderr)")

        // The environment wins over the compile state, and --param over both.
        let viaEnvironment = try cli(["diff", "vpc-subnets"], environment: ["VPC_SUBNET": "10.8.0.0/16"])
        #expect(viaEnvironment.stdout.contains("10.8.1.0/24"), "\(viaEnvironment.stdout)\(viaEnvironment.stderr)")
        let viaParam = try cli(["diff", "vpc-subnets", "--param", "VpcCidr=10.9.0.0/16"], environment: ["VPC_SUBNET": "10.8.0.0/16"])
        #expect(viaParam.stdout.contains("10.9.1.0/24") && !viaParam.stdout.contains("10.8."), "\(viaParam.stdout)\(viaParam.stderr)")
    }

    @Test(.timeLimit(.minutes(5)))
    func deploySetsTheStackPolicyTheTemplateDeclaresOrTheOneGiven() async throws {
        let cli = try StackCLI()
        defer { cli.cleanUp() }
        let first = try cli(["deploy", "dynamodb-sessions", "--yes"])
        try #require(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("stack policy set on stack dynamodb-sessions"), "\(first.stdout)")
        let declared = try #require(try await cli.client.stackPolicy(of: "dynamodb-sessions"))
        #expect(declared.contains(#""Effect":"Deny","Action":["Update:Replace","Update:Delete"],"Resource":"LogicalResourceId/SessionsTable""#), "\(declared)")

        // Nothing changed: the policy is not set again.
        let again = try cli(["deploy", "dynamodb-sessions", "--yes"])
        #expect(again.status == 0 && again.stdout.contains("stack policy of stack dynamodb-sessions unchanged"), "\(again.stdout)\(again.stderr)")

        // A bad policy file stops the deploy before anything changes; a good one replaces the declared one.
        let bad = try cli.file("bad-policy.json", #"{"Statements": []}"#)
        let refused = try cli(["deploy", "dynamodb-sessions", "--yes", "--stack-policy", bad, "--parameter", "ReadCapacity=7"])
        #expect(refused.status == 2 && refused.stderr.contains("a stack policy is a JSON object with a non-empty Statement list"), "\(refused.stderr)")
        #expect(try await cli.client.describeStack("dynamodb-sessions").parameters["ReadCapacity"] == "5")
        let open = #"{"Statement": [{"Effect": "Allow", "Action": "Update:*", "Principal": "*", "Resource": "*"}]}"#
        let given = try cli(["deploy", "dynamodb-sessions", "--yes", "--stack-policy", try cli.file("open.json", open)])
        #expect(given.status == 0, "\(given.stderr)")
        #expect(try await cli.client.stackPolicy(of: "dynamodb-sessions") == open)
    }

    @Test(.timeLimit(.minutes(5)))
    func applyStackWorksOnUpdateIncludingForANewParameter() async throws {
        let cli = try StackCLI()
        defer { cli.cleanUp() }
        let lower = try cli.file("lower.json", lowerLayer)
        let upper1 = try cli.file("upper1.json", upperLayer(withExtra: false))
        let upper2 = try cli.file("upper2.json", upperLayer(withExtra: true))

        #expect(try cli(["deploy", "lower", "--file", lower, "--parameter", "Name=one", "--yes"]).status == 0)
        let first = try cli(["deploy", "upper", "--file", upper1, "--apply-stack", "lower", "--yes"])
        try #require(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(try await cli.outputs("upper")["SeenName"] == "one")

        // The lower layer changes; the upper one follows on update, and its new template's new
        // parameter is filled from the lower layer too (sfn#310).
        let changed = try cli(["update", "lower", "--file", lower, "--parameter", "Name=two", "--yes"])
        #expect(changed.status == 0, "\(changed.stdout)\(changed.stderr)")
        #expect(changed.stdout.contains("parameter Extra = (previous value) (from the stack)"), "\(changed.stdout)")
        let second = try cli(["update", "upper", "--file", upper2, "--apply-stack", "lower", "--yes"])
        try #require(second.status == 0, "\(second.stdout)\(second.stderr)")
        #expect(second.stdout.contains("parameter Name = two (from lower.Name)"), "\(second.stdout)")
        #expect(second.stdout.contains("parameter Extra = extra-1 (from lower.Extra)"), "\(second.stdout)")
        let upper = try await cli.client.describeStack("upper")
        #expect(upper.parameters["Name"] == "two" && upper.parameters["Extra"] == "extra-1")
        #expect(try await cli.outputs("upper")["SeenName"] == "two")

        // Precedence: --parameter over the file over apply-stack.
        let file = try cli.file("params.json", #"[{"ParameterKey": "Name", "ParameterValue": "from-file"}]"#)
        let viaFile = try cli(["deploy", "upper", "--file", upper2, "--apply-stack", "lower", "--parameters-file", file, "--yes"])
        #expect(viaFile.status == 0 && viaFile.stdout.contains("parameter Name = from-file (from parameters file)"), "\(viaFile.stdout)")
        let viaFlag = try cli(["deploy", "upper", "--file", upper2, "--apply-stack", "lower", "--parameters-file", file, "--parameter", "Name=flag", "--yes"])
        #expect(viaFlag.status == 0 && viaFlag.stdout.contains("parameter Name = flag (from --parameter)"), "\(viaFlag.stdout)")
        #expect(try await cli.client.describeStack("upper").parameters["Name"] == "flag")

        // `create` refuses an existing stack, `update` a missing one.
        #expect(try cli(["create", "upper", "--file", upper2, "--apply-stack", "lower", "--yes"]).status == 2)
        let missing = try cli(["update", "nowhere", "--file", upper2, "--yes"])
        #expect(missing.status == 3 && missing.stderr.contains("stack 'nowhere' does not exist"), "\(missing.stderr)")

        // A template with lint errors is a finding, as in `compile` and `lint`: exit 1, each error named, nothing sent.
        let broken = try cli.file("broken.json", #"{"Resources": {"B": {"Type": "AWS::S3::Buckt"}}}"#)
        let invalid = try cli(["deploy", "broken", "--file", broken, "--yes"])
        #expect(invalid.status == 1 && invalid.stderr.contains("broken.json has 1 error(s)") && invalid.stderr.contains("[E3006]"), "\(invalid.stderr)")
        #expect(try await cli.client.listStacks().allSatisfy { $0.name != "broken" })
    }

    @Test(.timeLimit(.minutes(5)))
    func changeSetsAddModifyAndRemoveAndPlanThenExecute() async throws {
        let cli = try StackCLI()
        defer { cli.cleanUp() }
        let before = try cli.file("before.json", """
            {"Parameters": {"Label": {"Type": "String", "Default": "a"}},
             "Resources": {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName": "first"}}, "Queue": {"Type": "AWS::SQS::Queue"}},
             "Outputs": {"Label": {"Value": {"Ref": "Label"}}}}
            """)
        let after = try cli.file("after.json", """
            {"Parameters": {"Label": {"Type": "String", "Default": "a"}},
             "Resources": {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName": "second"}}, "Bucket": {"Type": "AWS::S3::Bucket"}},
             "Outputs": {"Label": {"Value": {"Ref": "Label"}}, "BucketName": {"Value": {"Ref": "Bucket"}}}}
            """)
        #expect(try cli(["deploy", "app", "--file", before, "--yes"]).status == 0)
        #expect(try await cli.resources("app").keys.sorted() == ["Queue", "Topic"])

        // plan --fail-on-changes: changes → exit 1, the change set left for execute.
        let plan = try cli(["plan", "app", "--file", after, "--fail-on-changes", "--change-set-name", "review-1"])
        #expect(plan.status == 1, "\(plan.stdout)\(plan.stderr)")
        #expect(plan.stdout.contains("+ AWS::S3::Bucket Bucket"))
        #expect(plan.stdout.contains("~ AWS::SNS::Topic Topic"))
        #expect(plan.stdout.contains("- AWS::SQS::Queue Queue"))
        #expect(plan.stdout.contains("sparkle stack execute app review-1"))
        #expect(try await cli.resources("app").keys.sorted() == ["Queue", "Topic"])

        let execute = try cli(["execute", "app", "review-1", "--yes"])
        #expect(execute.status == 0, "\(execute.stdout)\(execute.stderr)")
        #expect(execute.stdout.contains("UPDATE_COMPLETE"))
        #expect(try await cli.resources("app").keys.sorted() == ["Bucket", "Topic"])
        #expect(try await cli.outputs("app")["BucketName"] != nil)
        let obsolete = try cli(["execute", "app", "review-1", "--yes"])
        #expect(obsolete.status == 6, "\(obsolete.stderr)")

        // No changes: plan --fail-on-changes passes, deploy says so.
        let quiet = try cli(["plan", "app", "--file", after, "--fail-on-changes"])
        #expect(quiet.status == 0 && quiet.stdout.contains("no changes"), "\(quiet.stdout)\(quiet.stderr)")

        // A parameter-only change: moto lists no resource change, and it still executes.
        let relabel = try cli(["deploy", "app", "--file", after, "--parameter", "Label=b", "--yes", "--json"])
        #expect(relabel.status == 0, "\(relabel.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(relabel.stdout.utf8)) as? [String: Any])
        #expect(document["result"] as? String == "updated")
        #expect((document["outputs"] as? [String: String])?["Label"] == "b")
        #expect(try await cli.outputs("app")["Label"] == "b")

        // diff is offline: the deployed template against the file, property by property.
        let diff = try cli(["diff", "app", "--file", before, "--fail-on-changes"])
        #expect(diff.status == 1)
        #expect(diff.stdout.contains("~ Topic (AWS::SNS::Topic)") && diff.stdout.contains(#"Properties.DisplayName: "second" → "first""#), "\(diff.stdout)")
        #expect(diff.stdout.contains("+ Queue (AWS::SQS::Queue)") && diff.stdout.contains("- Bucket (AWS::S3::Bucket)"))
        #expect(try cli(["diff", "app", "--file", after, "--fail-on-changes"]).status == 0)
    }

    @Test(.timeLimit(.minutes(5)))
    func deployReallyWaitsForAHeldCustomResource() async throws {
        let cli = try StackCLI()
        defer { cli.cleanUp() }
        let template = try cli.file("held.json", heldTemplate)

        let run = try cli.start(["deploy", "held", "--file", template, "--yes"])
        // Events, then a line now and then while nothing happens: never silent while waiting.
        let waited = run.waitFor(timeout: 60) { $0.components(separatedBy: "CREATE_IN_PROGRESS").count > 2 && $0.contains("… CREATE_IN_PROGRESS for") }
        #expect(waited, "\(run.stdout)\(run.stderr)")
        #expect(run.process.isRunning)
        let stack = try await cli.client.describeStack("held")
        #expect(stack.status == "CREATE_IN_PROGRESS")
        try answerCustomResource(moto: cli.moto, stackID: stack.id, logicalID: "Hold", data: ["Answer": "42"])
        #expect(run.finish(timeout: 60) == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("stack held created: CREATE_COMPLETE"))
        #expect(run.stdout.contains("Answer = 42"), "\(run.stdout)")
        let eventLines = run.stdout.split(separator: "\n").filter { $0.contains("AWS::CloudFormation::Stack") }
        #expect(eventLines.count == Set(eventLines).count, "an event was printed twice: \(eventLines)")

        // --detach returns at once; --wait-timeout gives up with exit 5 while the stack goes on.
        let detached = try cli(["deploy", "held-detached", "--file", template, "--yes", "--detach"])
        #expect(detached.status == 0 && detached.stdout.contains("sparkle stack events held-detached --follow"), "\(detached.stdout)")
        #expect(try await cli.client.describeStack("held-detached").status == "CREATE_IN_PROGRESS")
        let impatient = try cli(["deploy", "held-timeout", "--file", template, "--yes", "--wait-timeout", "2s"])
        #expect(impatient.status == 5, "\(impatient.stdout)\(impatient.stderr)")
        #expect(impatient.stderr.contains("gave up waiting: stack 'held-timeout' is still CREATE_IN_PROGRESS"))
        #expect(try await cli.client.describeStack("held-timeout").status == "CREATE_IN_PROGRESS")

        // Ctrl-C, or SIGTERM (a CI runner cancelling the job), stops watching, not the operation,
        // and says how to watch again, each with its own code.
        for (signal, code, label) in [(SIGINT, Int32(130), "interrupted"), (SIGTERM, Int32(143), "terminated")] {
            let watcher = try cli.start(["events", "held-timeout", "--follow"])
            #expect(watcher.waitFor(timeout: 30) { $0.contains("CREATE_IN_PROGRESS") })
            kill(watcher.process.processIdentifier, signal)
            #expect(watcher.finish(timeout: 30) == code)
            #expect(
                watcher.stderr.contains("\(label): stopped watching; the operation goes on")
                    && watcher.stderr.contains("sparkle stack events held-timeout --follow"), "\(watcher.stderr)")
            #expect(try await cli.client.describeStack("held-timeout").status == "CREATE_IN_PROGRESS")
        }

        // events --follow picks the detached one up and ends with it.
        let follower = try cli.start(["events", "held-detached", "--follow"])
        #expect(follower.waitFor(timeout: 30) { $0.contains("CREATE_IN_PROGRESS") })
        let detachedID = try await cli.client.describeStack("held-detached").id
        try answerCustomResource(moto: cli.moto, stackID: detachedID, logicalID: "Hold", data: ["Answer": "43"])
        #expect(follower.finish(timeout: 60) == 0, "\(follower.stdout)\(follower.stderr)")
        #expect(follower.stdout.contains("CREATE_COMPLETE"))
    }

    @Test(.timeLimit(.minutes(5)))
    func noEchoValuesAppearNowhere() async throws {
        let cli = try StackCLI()
        defer { cli.cleanUp() }
        let secret = "s3cr3t-Value-9731"
        let template = try cli.file("secret.json", """
            {"Parameters": {"Password": {"Type": "String", "NoEcho": true}, "User": {"Type": "String", "Default": "admin"}},
             "Resources": {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"DisplayName": {"Ref": "User"}}}},
             "Outputs": {"Topic": {"Value": {"Ref": "Topic"}}}}
            """)
        var everything = ""
        for arguments in [
            ["deploy", "vault", "--file", template, "--parameter", "Password=\(secret)", "--yes"],
            ["deploy", "vault", "--file", template, "--parameter", "Password=\(secret)", "--yes", "--json"],
            ["describe", "vault"], ["describe", "vault", "--json"], ["events", "vault", "--all"], ["events", "vault", "--json"],
            ["outputs", "vault", "--format", "json"],
        ] {
            let result = try cli(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            everything += result.stdout + result.stderr
        }
        #expect(try await cli.client.describeStack("vault").parameters["Password"] == secret, "the emulator keeps it in clear")
        #expect(!everything.contains(secret))
        #expect(everything.contains("Password = ****"))
    }

    @Test(.timeLimit(.minutes(5)))
    func aLargeTemplateDeploysThroughS3WithSignaturesChecked() async throws {
        let moto = try MotoServer(unauthenticatedActions: 3)
        defer { moto.stop() }
        let keys = try createIAMUser(moto)
        let cli = try StackCLI(moto: moto, extra: ["AWS_ACCESS_KEY_ID": keys.id, "AWS_SECRET_ACCESS_KEY": keys.secret])
        defer { cli.cleanUp() }
        let python = try #require(which("python3"))
        let bucket = try run(python, ["-c", """
            import boto3, sys
            boto3.client("s3", endpoint_url=sys.argv[1], region_name="us-east-1", aws_access_key_id=sys.argv[2],
                         aws_secret_access_key=sys.argv[3]).create_bucket(Bucket="templates")
            """, moto.endpoint, keys.id, keys.secret])
        try #require(bucket.status == 0, "\(bucket.stderr)")

        // 400 parameters with long descriptions: well over 51,200 bytes, and still a valid template.
        var parameters: [String] = []
        for index in 1...150 {
            parameters.append(#""P\#(index)": {"Type": "String", "Default": "v\#(index)", "Description": "\#(String(repeating: "a long description ", count: 20))"}"#)
        }
        let body = #"{"Parameters": {\#(parameters.joined(separator: ", "))}, "Resources": {"Topic": {"Type": "AWS::SNS::Topic"}}, "Outputs": {"P1": {"Value": {"Ref": "P1"}}}}"#
        try #require(body.utf8.count > 51_200)
        let template = try cli.file("large.json", body)

        let refused = try cli(["deploy", "large", "--file", template, "--yes"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("the template is \(body.utf8.count) bytes") && refused.stderr.contains("--bucket"), "\(refused.stderr)")

        let uploaded = try cli(["deploy", "large", "--file", template, "--bucket", "templates", "--prefix", "sparkle", "--yes"])
        #expect(uploaded.status == 0, "\(uploaded.stdout)\(uploaded.stderr)")
        #expect(uploaded.stdout.contains("template uploaded to https://templates.s3.amazonaws.com/sparkle/large-"))
        #expect(try await cli.outputs("large")["P1"] == "v1")

        let wrongSecret = try StackCLI(moto: moto, extra: ["AWS_ACCESS_KEY_ID": keys.id, "AWS_SECRET_ACCESS_KEY": "wrong"])
        defer { wrongSecret.cleanUp() }
        let rejected = try wrongSecret(["deploy", "large-2", "--file", template, "--bucket", "templates", "--yes"])
        #expect(rejected.status != 0 && rejected.stderr.contains("the signature does not match"), "\(rejected.stderr)")
    }

    @Test(.timeLimit(.minutes(5)))
    func confirmationDescribeOfMissingStacksAndDestroy() async throws {
        let cli = try StackCLI()
        defer { cli.cleanUp() }

        let unconfirmed = try cli(["deploy", "vpc"])
        #expect(unconfirmed.status == 4)
        #expect(unconfirmed.stderr.contains("pass --yes"))
        #expect(try await cli.client.listStacks(includingDeleted: true).isEmpty, "nothing may be created without confirmation")
        let none = try cli(["list"])
        #expect(none.status == 0 && none.stdout.isEmpty && none.stderr.contains("no live stacks in us-east-1"), "\(none.stderr)")

        let missing = try cli(["describe", "ghost"])
        #expect(missing.status == 3 && missing.stderr.contains("stack 'ghost' does not exist in us-east-1"), "\(missing.stderr)")

        #expect(try cli(["deploy", "vpc", "--yes", "--tag", "team=platform"]).status == 0)
        let described = try cli(["describe", "vpc", "--json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(described.stdout.utf8)) as? [String: Any])
        #expect(document["status"] as? String == "CREATE_COMPLETE")
        #expect((document["tags"] as? [String: String])?["team"] == "platform")
        #expect((document["resources"] as? [[String: Any]])?.count == 5)

        let outputs = try cli(["outputs", "vpc", "--format", "env"])
        #expect(outputs.stdout.contains("VPC_ID='vpc-"), "\(outputs.stdout)")
        // The JSON form is what `compile --outputs-file` reads.
        let json = try cli(["outputs", "vpc", "--format", "json"])
        let outputsFile = try cli.file("vpc-outputs.json", json.stdout)
        let compiled = try run(sparkleBinary, ["compile", "vpc_subnets", "--outputs-file", outputsFile], environment: cli.environment)
        #expect(compiled.status == 0, "\(compiled.stderr)")
        #expect(compiled.stdout.contains(try await cli.outputs("vpc")["VpcId"]!))
        let list = try cli(["list"])
        #expect(list.stdout.contains("vpc") && list.stdout.contains("CREATE_COMPLETE"))

        // Termination protection and a timeout are CreateStack's: the stack is created directly
        // after the preview, and destroy refuses it.
        let topic = try cli.file("topic.json", #"{"Resources": {"Topic": {"Type": "AWS::SNS::Topic"}}, "Outputs": {"Arn": {"Value": {"Ref": "Topic"}}}}"#)
        let written = cli.directory.appendingPathComponent("topic-outputs.json").path
        let protected = try cli(["deploy", "guarded", "--file", topic, "--termination-protection", "--timeout-minutes", "15", "--yes", "--write-outputs", written])
        #expect(protected.status == 0, "\(protected.stdout)\(protected.stderr)")
        let guarded = try await cli.client.describeStack("guarded")
        #expect(guarded.terminationProtection && guarded.timeoutInMinutes == 15, "\(guarded)")
        let writtenOutputs = try String(contentsOfFile: written, encoding: .utf8)
        #expect(writtenOutputs.contains(#""StackName": "guarded""#) && writtenOutputs.contains(#""OutputKey": "Arn""#), "\(writtenOutputs)")
        let kept = try cli(["destroy", "guarded", "--yes"])
        #expect(kept.status == 1 && kept.stderr.contains("termination protection"), "\(kept.stderr)")
        #expect(try await cli.client.describeStack("guarded").status == "CREATE_COMPLETE")

        // moto deletes a VPC before what depends on it and refuses; a queue it can delete.
        let queue = try cli.file("queue.json", #"{"Resources": {"Queue": {"Type": "AWS::SQS::Queue"}}}"#)
        #expect(try cli(["deploy", "queue", "--file", queue, "--yes"]).status == 0)
        let refused = try cli(["destroy", "queue"])
        #expect(refused.status == 4)
        let destroyed = try cli(["destroy", "queue", "--yes"])
        #expect(destroyed.status == 0, "\(destroyed.stdout)\(destroyed.stderr)")
        #expect(destroyed.stdout.contains("stack queue deleted: DELETE_COMPLETE"))
        #expect(try await cli.client.listStacks().map(\.name).sorted() == ["guarded", "vpc"])
        #expect(try cli(["destroy", "queue", "--yes"]).status == 3)
    }
}

/// On a terminal: the preview, the question, the live view.
@Suite(.serialized) struct StackTerminalTests {
    @Test(.timeLimit(.minutes(3)), .enabled(if: which("script") != nil, "needs script(1) for a terminal"))
    func onATerminalDeployAsksAndDeclineChangesNothing() async throws {
        let cli = try StackCLI()
        defer { cli.cleanUp() }
        let template = try cli.file("queue.json", #"{"Resources": {"Queue": {"Type": "AWS::SQS::Queue"}}}"#)
        let script = try #require(which("script"))
        func onTerminal(_ answer: String, _ arguments: String) throws -> ProcessResult {
            let input = try cli.file("answer-\(answer)", "\(answer)\n")
            return try run(
                script, ["-qec", "\(sparkleBinary) stack \(arguments)", "/dev/null"], environment: cli.environment,
                currentDirectory: cli.directory, input: URL(fileURLWithPath: input))
        }
        let declined = try onTerminal("n", "deploy queue --file \(template)")
        #expect(declined.status == 4, "\(declined.stdout)")
        #expect(declined.stdout.contains("Execute change set") && declined.stdout.contains("+ AWS::SQS::Queue Queue"))
        #expect(try await cli.client.listStacks().isEmpty, "declining deletes the change set and its empty stack")

        let accepted = try onTerminal("y", "deploy queue --file \(template) --no-color")
        #expect(accepted.status == 0, "\(accepted.stdout)")
        #expect(accepted.stdout.contains("stack queue created: CREATE_COMPLETE"))
        #expect(!accepted.stdout.contains("\u{1B}[3"), "--no-color: no colour codes")
        let coloured = try onTerminal("y", "describe queue")
        #expect(coloured.stdout.contains("\u{1B}[32mCREATE_COMPLETE"), "\(coloured.stdout)")
    }
}

/// A Lambda-backed custom resource that moto holds in CREATE_IN_PROGRESS until it is answered
/// (`Benchmarks/stack-polling.sh` uses it too).
private let heldTemplate: String = {
    let file = testsDirectory.appendingPathComponent("StackFixtures/held_custom_resource.json")
    return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
}()

/// An IAM user with every permission, made through moto's own IAM: its keys sign for real.
func createIAMUser(_ moto: MotoServer) throws -> (id: String, secret: String) {
    let python = try #require(which("python3"))
    let setup = try run(python, ["-c", """
        import boto3, json, sys
        iam = boto3.client("iam", endpoint_url=sys.argv[1], region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="y")
        iam.create_user(UserName="sparkle")
        key = iam.create_access_key(UserName="sparkle")["AccessKey"]
        iam.put_user_policy(UserName="sparkle", PolicyName="all", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
        print(key["AccessKeyId"], key["SecretAccessKey"])
        """, moto.endpoint])
    let keys = setup.stdout.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    try #require(keys.count == 2, "IAM setup failed: \(setup.stderr)")
    return (keys[0], keys[1])
}
