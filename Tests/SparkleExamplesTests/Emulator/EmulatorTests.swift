import Foundation
import Sparkle
import SparkleAWS
import SparkleExamples
import SparkleParsers
import Testing

private func compiledJSON(_ name: String) throws -> String {
    let template = try #require(catalog.template(named: name))
    return String(decoding: try Compiler.compile(template, options: CompileOptions(environment: [:])).json(), as: UTF8.self)
}

private func defaults(inFile path: String) throws -> [String: String] {
    let tree = try TemplateParser.parseTemplate(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
    var result: [String: String] = [:]
    for (name, parameter) in tree["Parameters"]?.objectValue ?? Object() {
        if let value = parameter.objectValue?["Default"]?.stringValue { result[name] = value }
    }
    return result
}

/// Compiles bundled templates with apply-stack against a moto server, and creates their stacks.
struct LayerDeployer {
    let moto: MotoServer
    let directory: URL
    let environment: [String: String]
    let client: CloudFormationClient

    init(moto: MotoServer) throws {
        self.moto = moto
        directory = try scratchDirectory()
        var environment = cleanEnvironment
        environment.merge(["AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_REGION": "us-east-1", "HOME": directory.path]) { $1 }
        environment["AWS_PROFILE"] = nil
        self.environment = environment
        client = CloudFormationClient(
            configuration: AWSConfiguration(
                credentials: AWSCredentials(accessKeyID: "testing", secretAccessKey: "testing"), region: "us-east-1",
                endpoint: URL(string: moto.endpoint)))
    }

    func cleanUp() { try? FileManager.default.removeItem(at: directory) }

    /// Compiles `name` with `sparkle compile --apply-stack` for each of `stacks` (plus `extra`
    /// arguments), creates stack `stack` from the output, and expects CREATE_COMPLETE. Every
    /// parameter named like an output of an applied stack must have received that output's value,
    /// unless `extra` sets it.
    func deploy(_ name: String, stack: String, applying stacks: [String] = [], extra: [String] = []) async throws -> StackDescription {
        let file = directory.appendingPathComponent("\(name).json").path
        let arguments = ["compile", name, "--endpoint-url", moto.endpoint, "-o", file] + stacks.flatMap { ["--apply-stack", $0] } + extra
        let result = try run(sparkleBinary, arguments, environment: environment)
        try #require(result.status == 0, "\(name): \(result.stderr)")
        try await #require(client.createStack(stack, templateBody: String(contentsOfFile: file, encoding: .utf8)).isEmpty == false)
        let created = try await client.describeStack(stack)
        #expect(created.status == "CREATE_COMPLETE", "\(stack): \(created.status)")
        for lower in stacks {
            for output in try await client.describeStack(lower).outputs where created.parameters[output.key] != nil {
                guard !extra.contains(where: { $0.hasPrefix("\(output.key)=") }) else { continue }
                #expect(created.parameters[output.key] == output.value, "\(stack).\(output.key) from \(lower)")
            }
        }
        return created
    }
}

/// Apply-stack end to end on a real CloudFormation emulator (moto), bottom layer first.
@Suite(.serialized) struct EmulatorTests {
    @Test(.timeLimit(.minutes(5)))
    func theLayerCakeDeploysWithApplyStack() async throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let deployer = try LayerDeployer(moto: moto)
        defer { deployer.cleanUp() }
        let (client, directory, environment) = (deployer.client, deployer.directory, deployer.environment)

        _ = try await client.createStack("vpc", templateBody: try compiledJSON("vpc"))
        let vpc = try await client.describeStack("vpc")
        let vpcOutputs = Dictionary(uniqueKeysWithValues: vpc.outputs.map { ($0.key, $0.value) })
        #expect(vpc.status == "CREATE_COMPLETE" && vpcOutputs["VpcId"]?.hasPrefix("vpc-") == true)
        let exports = try await client.listExports()
        #expect(exports.contains { $0.name == "vpc-VpcId" && $0.value == vpcOutputs["VpcId"] && $0.exportingStackID == vpc.id })

        let subnets = try await deployer.deploy("vpc_subnets", stack: "vpc-subnets", applying: ["vpc"])
        #expect(subnets.parameters["VpcId"] == vpcOutputs["VpcId"])
        #expect(subnets.parameters["RouteTableId"] == vpcOutputs["RouteTableId"])
        let subnetOutputs = Dictionary(uniqueKeysWithValues: subnets.outputs.map { ($0.key, $0.value) })
        #expect(subnetOutputs["Public1SubnetId"]?.hasPrefix("subnet-") == true)

        let elb = try await deployer.deploy("coolapp_elb", stack: "coolapp-elb", applying: ["vpc", "vpc-subnets"])
        #expect(elb.parameters["Public2SubnetId"] == subnetOutputs["Public2SubnetId"])
        let elbOutputs = Dictionary(uniqueKeysWithValues: elb.outputs.map { ($0.key, $0.value) })

        // AmiId keeps its default, an SSM path to AWS's public AMI, which the emulator knows too.
        let asg = try await deployer.deploy("coolapp_asg", stack: "coolapp-asg", applying: ["vpc", "vpc-subnets", "coolapp-elb"])
        #expect(asg.parameters["ElbName"] == elbOutputs["ElbName"])
        #expect(asg.parameters["ElbSecurityGroup"] == elbOutputs["ElbSecurityGroup"])
        #expect(asg.parameters["VpcId"] == vpcOutputs["VpcId"])

        // The same outputs, offline: the JSON `aws cloudformation describe-stacks` prints.
        let outputsFile = directory.appendingPathComponent("outputs.json")
        let stacksJSON: [[String: Any]] = [elb].map { stack in
            ["StackName": stack.name, "Outputs": stack.outputs.map { ["OutputKey": $0.key, "OutputValue": $0.value] }]
        }
        try JSONSerialization.data(withJSONObject: ["Stacks": stacksJSON]).write(to: outputsFile)
        let offline = directory.appendingPathComponent("offline.json").path
        let result = try run(
            sparkleBinary, ["compile", "coolapp_asg", "--outputs-file", outputsFile.path, "--param", "ElbName=manual", "-o", offline],
            environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try defaults(inFile: offline)["ElbSecurityGroup"] == elbOutputs["ElbSecurityGroup"])
        #expect(try defaults(inFile: offline)["ElbName"] == "manual")
        #expect(result.stderr.contains("coolapp_asg: apply-stack: kept the given value for ElbName"))
        #expect(result.stderr.contains("outputs that matched no parameter: coolapp-elb.ElbDns"))

        let missing = try run(sparkleBinary, ["compile", "coolapp_asg", "--apply-stack", "no-such-stack", "--endpoint-url", moto.endpoint], environment: environment)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("error: apply-stack: stack 'no-such-stack' in us-east-1: not found"))
        #expect(missing.stdout.isEmpty)
    }

    @Test(.timeLimit(.minutes(2)))
    func signaturesAreCheckedForReal() async throws {
        // moto lets three unsigned actions through, then checks every signature against its IAM.
        let moto = try MotoServer(unauthenticatedActions: 3)
        defer { moto.stop() }
        let (keyID, secret) = try createIAMUser(moto)

        func client(secret: String) -> CloudFormationClient {
            CloudFormationClient(
                configuration: AWSConfiguration(
                    credentials: AWSCredentials(accessKeyID: keyID, secretAccessKey: secret), region: "us-east-1",
                    endpoint: URL(string: moto.endpoint)),
                retryPolicy: RetryPolicy(maxAttempts: 1))
        }
        #expect(try await client(secret: secret).describeStacks().isEmpty)
        await #expect {
            _ = try await client(secret: "wrong").describeStacks()
        } throws: { error in
            (error as? AWSError)?.kind == .badSignature
                && (error as? AWSError)?.message.contains("the signature does not match; check the secret access key") == true
        }
    }
}
