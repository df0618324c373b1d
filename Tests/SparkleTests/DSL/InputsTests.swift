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
        let tree = try Compiler.compile(sized, options: CompileOptions(parameters: ["Size": "3", "Enabled": "false"], environment: ["TEST_PREFIX": "Env"])).tree
        #expect(tree["Resources"]?.objectValue?.keys.elementsEqual(["EnvHandle0", "EnvHandle1", "EnvHandle2"]) == true)
        #expect(tree["Outputs"]?.objectValue?.keys.elementsEqual(["CompileState"]) == true)
    }

    @Test func theCompileStateOutputRecordsEveryInputsValueInDeclarationOrder() throws {
        let tree = try Compiler.compile(sized, options: CompileOptions(parameters: ["Size": "3"], environment: ["TEST_PREFIX": "Env"])).tree
        #expect(
            tree["Outputs"]?.objectValue?["CompileState"]
                == ["Value": #"{"Size":"3","Prefix":"Env","Enabled":"true"}"#, "Description": "The compile-time inputs this template was compiled with (sparkle)"])
        let without = try Compiler.compile(sized, options: CompileOptions(environment: ["TEST_PREFIX": "Env"], recordsCompileState: false)).tree
        #expect(without["Outputs"] == ["Tier": ["Value": Ref("Tier")]])
    }

    @Test func aPreviousCompileStateComesAfterTheEnvironmentAndBeforeTheDefaults() throws {
        let state = try #require(CompileState(outputValue: ["Size": "1", "Prefix": "Old", "Enabled": "false"]))
        let restored = try Compiler.compile(sized, options: CompileOptions(environment: [:], previousState: state)).tree
        #expect(restored["Resources"]?.objectValue?.keys.elementsEqual(["OldHandle0"]) == true)
        #expect(restored["Outputs"]?.objectValue?["CompileState"]?.objectValue?["Value"] == #"{"Size":"1","Prefix":"Old","Enabled":"false"}"#)
        let overridden = try Compiler.compile(sized, options: CompileOptions(parameters: ["Size": "2"], environment: ["TEST_PREFIX": "Env"], previousState: state)).tree
        #expect(overridden["Resources"]?.objectValue?.keys.elementsEqual(["EnvHandle0", "EnvHandle1"]) == true)
        #expect(CompileState(outputValue: ["Size": 1]) == nil)
        #expect(CompileState(outputValue: "not an object") == nil)
    }

    @Test func anOptionalInputReadsAsNilWhenNotGiven() throws {
        let keyName = Input<String?>("KeyName", description: "an optional key pair")
        let template = Template("optional", description: "optional input", inputs: [keyName]) { inputs in
            Resource("Handle", type: "AWS::CloudFormation::WaitConditionHandle")
            if let key = inputs[keyName] { Metadata("KeyName", .string(key)) }
        }
        let absent = try Compiler.compile(template, options: CompileOptions(environment: [:])).tree
        #expect(absent["Metadata"] == nil)
        #expect(absent["Outputs"] == nil)  // nothing to record
        let given = try Compiler.compile(template, options: CompileOptions(parameters: ["KeyName": "ops"], environment: [:])).tree
        #expect(given["Metadata"] == ["KeyName": "ops"])
        #expect(keyName.typeName == "String?")
    }

    @Test func anExplicitParameterBeatsTheEnvironment() throws {
        let tree = try Compiler.compile(sized, options: CompileOptions(parameters: ["Prefix": "Cli"], environment: ["TEST_PREFIX": "Env"])).tree
        #expect(tree["Resources"]?.objectValue?.keys.first == "CliHandle0")
    }

    @Test func aCloudFormationParameterNameSetsItsDefault() throws {
        let tree = try Compiler.compile(sized, options: CompileOptions(parameters: ["Prefix": "A", "Tier": "pro"])).tree
        #expect(tree["Parameters"] == ["Tier": ["Type": "String", "Default": "pro"]])
    }

    @Test func aMissingRequiredInputNamesTemplateInputAndHowToSetIt() {
        let diagnostics = failures(sized)
        #expect(diagnostics.map(\.message) == ["template 'sized': input 'Prefix' (String) is required: give it a value, or set TEST_PREFIX"])
        #expect(diagnostics.first?.location?.file == #filePath)
    }

    @Test(arguments: [
        (["Prefix": "A", "Size": "many"], "input 'Size' from the values given: 'many' is not a valid Int"),
        (["Prefix": "A", "Size": "7"], "input 'Size' from the values given: '7' is not one of 1, 2, 3"),
        (["Prefix": "A", "Enabled": "yes"], "input 'Enabled' from the values given: 'yes' is not a valid Bool"),
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
