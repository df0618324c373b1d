import Sparkle
import Testing

private let size = Input<Int>("Size", default: 2, allowedValues: [1, 2, 3], description: "how many")
private let prefix = Input<String>("Prefix", environment: "TEST_PREFIX", description: "name prefix")
private let enabled = Input<Bool>("Enabled", default: true, description: "switch")
private let undeclared = Input<String>("Sneaky", default: "x", description: "not listed")

private let sized = Template("sized", description: "inputs", inputs: [size, prefix, enabled]) { inputs in
    Parameter("Tier", type: .string, default: "free")
    for index in 0..<inputs[size] {
        Resource("\(inputs[prefix])Handle\(index)", type: "AWS::CloudFormation::WaitConditionHandle")
    }
    if inputs[enabled] { Output("Tier", Ref("Tier")) }
}

@Suite struct InputsTests {
    @Test func parameterValuesSetInputsAndTheEnvironmentFillsDefaults() throws {
        let tree = try Compiler.compile(sized, parameters: ["Size": "3", "Enabled": "false"], environment: ["TEST_PREFIX": "Env"]).tree
        #expect(tree["Resources"]?.objectValue?.keys.elementsEqual(["EnvHandle0", "EnvHandle1", "EnvHandle2"]) == true)
        #expect(tree["Outputs"] == nil)
    }

    @Test func anExplicitParameterBeatsTheEnvironment() throws {
        let tree = try Compiler.compile(sized, parameters: ["Prefix": "Cli"], environment: ["TEST_PREFIX": "Env"]).tree
        #expect(tree["Resources"]?.objectValue?.keys.first == "CliHandle0")
    }

    @Test func aCloudFormationParameterNameSetsItsDefault() throws {
        let tree = try Compiler.compile(sized, parameters: ["Prefix": "A", "Tier": "pro"]).tree
        #expect(tree["Parameters"] == ["Tier": ["Type": "String", "Default": "pro"]])
    }

    @Test func aMissingRequiredInputNamesTemplateInputAndHowToSetIt() {
        let diagnostics = failures(sized)
        #expect(diagnostics.map(\.message) == ["template 'sized': input 'Prefix' (String) is required: pass --param Prefix=VALUE or set TEST_PREFIX"])
        #expect(diagnostics.first?.location?.file == #filePath)
    }

    @Test(arguments: [
        (["Prefix": "A", "Size": "many"], "input 'Size' from --param: 'many' is not a valid Int"),
        (["Prefix": "A", "Size": "7"], "input 'Size' from --param: '7' is not one of 1, 2, 3"),
        (["Prefix": "A", "Enabled": "yes"], "input 'Enabled' from --param: 'yes' is not a valid Bool"),
        (["Prefix": "A", "Nope": "1"], "template 'sized' has no input or parameter 'Nope' (it has: Enabled, Prefix, Size, Tier)"),
    ])
    func badValuesAreClearErrors(_ parameters: [String: String], _ expected: String) {
        let messages = failures(sized, parameters: parameters).map(\.message)
        #expect(messages.contains { $0.hasSuffix(expected) }, "\(messages)")
    }

    @Test func readingAnUndeclaredInputIsAnError() {
        let template = Template("sneaky", description: "d", inputs: []) { inputs in
            Resource(inputs[undeclared] + "Handle", type: "AWS::CloudFormation::WaitConditionHandle")
        }
        #expect(failures(template).map(\.message) == ["template 'sneaky' reads input 'Sneaky' but does not list it in its inputs"])
    }
}
