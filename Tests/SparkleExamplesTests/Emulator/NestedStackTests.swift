import Foundation
import Sparkle
import SparkleAWS
import SparkleStacks
import Testing

func createBucket(_ moto: MotoServer, _ name: String) throws {
    let python = try #require(which("python3"))
    let result = try run(python, ["-c", """
        import boto3, sys
        boto3.client("s3", endpoint_url=sys.argv[1], region_name="us-east-1", aws_access_key_id="testing",
                     aws_secret_access_key="testing").create_bucket(Bucket=sys.argv[2])
        """, moto.endpoint, name])
    try #require(result.status == 0, "\(result.stderr)")
}

private let tagInput = Input<String>("Flavour", default: "plain", description: "Changes only the second nested template")
private let first = Template("nest_first", description: "A topic") {
    Resource("Topic", type: "AWS::SNS::Topic")
    Output("TopicArn", Ref("Topic"))
}
private let second = Template("nest_second", description: "A queue tagged with the topic and a flavour", inputs: [tagInput]) { inputs in
    Parameter("TopicArn", type: .string)
    Resource("Queue", type: "AWS::SQS::Queue") {
        Property("Tags", [["Key": "topic", "Value": Ref("TopicArn")], ["Key": "flavour", "Value": .string(inputs[tagInput])]])
    }
    Output("QueueUrl", Ref("Queue"))
}
private let pair = Template("nest_pair", description: "Two nested stacks, the second wired to the first") {
    Nest(first, as: "First")
    Nest(second, as: "Second")
    Output("QueueUrl", Nest(second, as: "Second").output("QueueUrl"))
}

/// Nested stacks on the emulator: the bundled layer cake as one stack, and an update that changes one child.
@Suite(.serialized) struct NestedStackTests {
    @Test(.timeLimit(.minutes(5)))
    func theLayerCakeDeploysAsOneStackOfNestedStacks() async throws {
        let cli = try StackCLI()
        defer { cli.cleanUp() }
        try createBucket(cli.moto, "templates")

        let deployed = try cli(["deploy", "layer-cake", "--bucket", "templates", "--prefix", "cake", "--yes"])
        try #require(deployed.status == 0, "\(deployed.stdout)\(deployed.stderr)")
        #expect(deployed.stdout.contains("nested templates: 4 uploaded, 0 already in the bucket"))
        #expect(deployed.stdout.contains("+ AWS::CloudFormation::Stack Subnets"))
        let stacks = try await cli.client.listStacks().map(\.name)
        func child(_ logicalID: String) throws -> String {
            try #require(stacks.first { $0.hasPrefix("layer-cake-\(logicalID)-") }, "no child \(logicalID) in \(stacks)")
        }
        #expect(stacks.count == 5, "\(stacks)")
        let network = try await cli.outputs(try child("Network"))
        let subnets = try await cli.client.describeStack(try child("Subnets"))
        #expect(subnets.parameters["VpcId"] == network["VpcId"] && subnets.parameters["RouteTableId"] == network["RouteTableId"])
        let subnetOutputs = Dictionary(uniqueKeysWithValues: subnets.outputs.map { ($0.key, $0.value) })
        let balancer = try await cli.client.describeStack(try child("LoadBalancer"))
        #expect(balancer.parameters["Public1SubnetId"] == subnetOutputs["Public1SubnetId"])
        let instances = try await cli.client.describeStack(try child("Instances"))
        #expect(instances.parameters["ElbName"] == balancer.outputs.first { $0.key == "ElbName" }?.value)
        #expect(try await cli.outputs("layer-cake")["VpcId"] == network["VpcId"])

        // describe shows the tree; a child's own describe shows the parameters it was given.
        let tree = try cli(["describe", "layer-cake", "--json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(tree.stdout.utf8)) as? [String: Any])
        let nested = try #require(document["nestedStacks"] as? [[String: String]])
        #expect(nested.map { $0["path"] } == ["Network", "Subnets", "LoadBalancer", "Instances"], "\(nested)")
        let childDescribe = try cli(["describe", try child("Subnets")])
        #expect(childDescribe.stdout.contains("VpcId = \(network["VpcId"]!)"), "\(childDescribe.stdout)")

        let again = try cli(["deploy", "layer-cake", "--bucket", "templates", "--prefix", "cake", "--yes"])
        #expect(again.status == 0 && again.stdout.contains("no changes"), "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.contains("nested templates: 0 uploaded, 4 already in the bucket"))
        let withoutBucket = try cli(["deploy", "layer-cake", "--yes"])
        #expect(withoutBucket.status == 2 && withoutBucket.stderr.contains("give --bucket BUCKET"), "\(withoutBucket.stderr)")

        // Every compiled file, children referenced by their S3 URLs, passes cfn-lint.
        let directory = cli.directory.appendingPathComponent("cake")
        let compiled = try run(sparkleBinary, ["compile", "layer_cake", "--bucket", "templates", "--prefix", "cake", "-o", directory.path + "/"], environment: cli.environment)
        #expect(compiled.status == 0, "\(compiled.stderr)")
        let files = ["layer_cake.json"] + ["Network", "Subnets", "LoadBalancer", "Instances"].map { "layer_cake/\($0).json" }
        #expect(try cfnLintErrors(files.map { directory.appendingPathComponent($0).path }).isEmpty)
        let parent = try String(contentsOf: directory.appendingPathComponent("layer_cake.json"), encoding: .utf8)
        #expect(parent.contains("https://templates.s3.amazonaws.com/cake/layer_cake/Network-"))

        let destroyed = try cli(["destroy", "layer-cake", "--yes"])
        #expect(destroyed.status == 0, "\(destroyed.stdout)\(destroyed.stderr)")
        #expect(destroyed.stdout.contains("nested stack Instances (layer-cake-Instances-") && destroyed.stdout.contains("): DELETE_COMPLETE"), "\(destroyed.stdout)")
        #expect(try await cli.client.listStacks().isEmpty, "the children go with their parent")
    }

    /// The bundled vpc (a gateway, routes, route tables, subnet associations) deletes cleanly: the
    /// stack and its VPC are gone, on the team's emulator and on `Scripts/moto-server` alike.
    @Test(.timeLimit(.minutes(3)))
    func theBundledVPCIsDestroyedWithEverythingInIt() async throws {
        let cli = try StackCLI()
        defer { cli.cleanUp() }
        let python = try #require(which("python3"))
        func vpcCount() throws -> Int {
            let result = try run(python, ["-c", """
                import boto3, sys
                print(len(boto3.client("ec2", endpoint_url=sys.argv[1], region_name="us-east-1", aws_access_key_id="testing",
                                       aws_secret_access_key="testing").describe_vpcs()["Vpcs"]))
                """, cli.moto.endpoint])
            return Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
        let before = try vpcCount()
        let deployed = try cli(["deploy", "vpc", "--yes"])
        try #require(deployed.status == 0, "\(deployed.stdout)\(deployed.stderr)")
        #expect(try vpcCount() == before + 1)
        let destroyed = try cli(["destroy", "vpc", "--yes"])
        #expect(destroyed.status == 0 && destroyed.stdout.contains("stack vpc deleted: DELETE_COMPLETE"), "\(destroyed.stdout)\(destroyed.stderr)")
        #expect(try vpcCount() == before)
        #expect(try await cli.client.listStacks().isEmpty)
    }

    @Test(.timeLimit(.minutes(3)))
    func changingOneNestedTemplateUploadsAndUpdatesOnlyThatOne() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        try createBucket(moto, "templates")
        let configuration = AWSConfiguration(
            credentials: AWSCredentials(accessKeyID: "testing", secretAccessKey: "testing"), region: "us-east-1",
            endpoint: URL(string: moto.endpoint))
        let client = CloudFormationClient(configuration: configuration)
        let stacks = StackOperator(cloudFormation: client, s3: S3Client(configuration: configuration))
        let staging = TemplateStaging(bucket: "templates")

        func deploy(_ flavour: String) async throws -> DeploymentPlan {
            let compiled = try Compiler.compile(pair, options: CompileOptions(parameters: ["Flavour": flavour], environment: [:]))
            let request = try DeploymentRequest(stackName: "pair", compiled: compiled, staging: staging)
            let plan = try await stacks.plan(request)
            if plan.changeSet != nil {
                let result = try await StackMonitor(client: client, options: WaitOptions(initialInterval: 0.2)).wait(for: try await stacks.execute(plan)) { _ in }
                guard case .settled(let outcome) = result, outcome.succeeded else { throw StackError(.operationFailed, "\(result)") }
            }
            return plan
        }
        let created = try await deploy("plain")
        #expect(created.uploadedNested.count == 2)
        let firstChild = try #require(try await client.listStacks().first { $0.name.hasPrefix("pair-First-") })
        let changed = try await deploy("spicy")
        #expect(changed.uploadedNested.count == 1 && changed.uploadedNested[0].hasPrefix("nest_pair/Second-"), "\(changed.uploadedNested)")
        #expect(changed.changeSet?.changes.map(\.logicalID) == ["Second"], "\(String(describing: changed.changeSet?.changes))")
        // The first nested stack was left alone.
        #expect(try await client.listStacks().contains { $0.id == firstChild.id })
    }
}
