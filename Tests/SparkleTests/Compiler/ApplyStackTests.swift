import Sparkle
import SparkleParsers
import Testing

private let app = Template("app", description: "an upper layer") {
    Parameter("VpcId", type: .vpcId)
    Parameter("SubnetId", type: .subnetId)
    Parameter("ElbName", type: .string, default: "fallback")
    Parameter("DbPassword", type: .string, noEcho: true)
    Parameter("Pinned", type: .string, default: "keep", applyStack: false)
    Resource("Handle", type: "AWS::CloudFormation::WaitConditionHandle")
}

private func defaults(_ tree: Object) -> [String: String] {
    var result: [String: String] = [:]
    for (name, parameter) in tree["Parameters"]?.objectValue ?? Object() {
        if let value = parameter.objectValue?["Default"]?.stringValue { result[name] = value }
    }
    return result
}

@Suite struct ApplyStackTests {
    let network = StackOutputs(stackName: "net", outputs: [("VpcId", "vpc-1"), ("subnet_id", "subnet-1"), ("RouteTableId", "rtb-1")])
    let balancer = StackOutputs(stackName: "lb", outputs: [("ElbName", "lb-1"), ("VpcId", "vpc-2"), ("Pinned", "no")])

    @Test func outputsBecomeDefaultsByExactThenLooseNameAndLaterStacksWin() throws {
        let compiled = try Compiler.compile(app, options: CompileOptions(stacks: [network, balancer]))
        #expect(defaults(compiled.tree) == ["VpcId": "vpc-2", "SubnetId": "subnet-1", "ElbName": "lb-1", "Pinned": "keep"])
        let report = try #require(compiled.applyReport)
        #expect(report.applied.map(\.parameter) == ["VpcId", "SubnetId", "ElbName"])
        #expect(report.unmatched == ["net.RouteTableId", "lb.Pinned"])
        #expect(compiled.tree["Parameters"]?.objectValue?.count == 5, "apply never adds parameters")
    }

    @Test func explicitParametersWinAndAreReported() throws {
        let compiled = try Compiler.compile(app, options: CompileOptions(parameters: ["ElbName": "manual"], stacks: [balancer]))
        #expect(defaults(compiled.tree)["ElbName"] == "manual")
        #expect(compiled.applyReport?.overridden == ["ElbName"])
        #expect(compiled.applyReport?.lines.contains("kept the given value for ElbName") == true)
    }

    @Test func mappingsFillDifferentlyNamedParametersPerStack() throws {
        let secrets = StackOutputs(stackName: "db", outputs: [("MasterPassword", "hunter2"), ("Other", "x")])
        let mappings = [
            try #require(OutputMapping(argument: "db__MasterPassword:DbPassword")),
            try #require(OutputMapping(argument: "RouteTableId:ElbName")),
        ]
        let compiled = try Compiler.compile(app, options: CompileOptions(stacks: [network, secrets], mappings: mappings))
        #expect(defaults(compiled.tree)["DbPassword"] == "hunter2")
        #expect(defaults(compiled.tree)["ElbName"] == "rtb-1")
        let lines = compiled.applyReport?.lines ?? []
        #expect(lines.contains("applied DbPassword = **** (from db.MasterPassword)"), "NoEcho values are never printed")
        #expect(!lines.joined().contains("hunter2"))
    }

    @Test(arguments: ["Output:", ":Param", "__Out:P", "Stack__:P", "NoColon", "a__b__c:P", "Net__Vpc-Id:P", "Net__VpcId:Vpc_Id", "1net__VpcId:P"])
    func malformedMappingsAreRejected(_ argument: String) {
        #expect(OutputMapping(argument: argument) == nil)
    }

    @Test func outputsFilesInBothShapes() throws {
        let describe = """
            {"Stacks": [{"StackName": "net", "StackStatus": "CREATE_COMPLETE",
              "Outputs": [{"OutputKey": "VpcId", "OutputValue": "vpc-9", "ExportName": "net-VpcId"}, {"OutputKey": "Port", "OutputValue": 80}]}]}
            """
        let parsed = try TemplateParser.parse(Array(describe.utf8), file: "o.json")
        #expect(StackOutputs.stacks(fromOutputsFile: parsed, defaultName: "o") == [StackOutputs(stackName: "net", outputs: [("VpcId", "vpc-9"), ("Port", "80")])])
        let flat = try TemplateParser.parse(Array(#"{"ElbName": "lb-7", "Count": 3}"#.utf8), file: "o.json")
        #expect(StackOutputs.stacks(fromOutputsFile: flat, defaultName: "o") == [StackOutputs(stackName: "o", outputs: [("ElbName", "lb-7"), ("Count", "3")])])
        let nested = try TemplateParser.parse(Array(#"{"A": {"B": 1}}"#.utf8), file: "o.json")
        #expect(StackOutputs.stacks(fromOutputsFile: nested, defaultName: "o") == nil)
    }
}
