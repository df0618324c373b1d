import Sparkle
import Testing

// Inheritance, component identity, the tags helper, attributes on a dynamic's resources and
// `--param` name matching: SparkleFormation's composition, case by case.

private let network = Template("network", description: "A VPC") {
    FormatVersion()
    Parameter("CidrBlock", type: .string, default: "10.0.0.0/16")
    Resource("Vpc", type: "AWS::EC2::VPC") {
        Property("CidrBlock", Ref("CidrBlock"))
        Property("EnableDnsSupport", true)
    }
    Output("VpcId", Ref("Vpc"))
}

private let productionNetwork = Template("production_network", description: "A VPC with DNS host names", inheriting: network) {
    Resource("Vpc") { Property("EnableDnsHostnames", true) }
    Output("VpcId", Ref("Vpc"), export: Fn.sub("${AWS::StackName}-VpcId"))
}

private let auditedNetwork = Template("audited_network", description: "A production VPC with flow logs", inheriting: productionNetwork) {
    Resource("FlowLogs", type: "AWS::Logs::LogGroup")
}

// Two templates that inherit from each other, and one that inherits from itself.
private let left: Template = Template("left", description: "one side", inheriting: right) { Metadata("Side", "left") }
private let right: Template = Template("right", description: "other side", inheriting: left) { Metadata("Side", "right") }
private let itself: Template = Template("itself", description: "its own parent", inheriting: itself) {}

private let region = Input<String>("Region", default: "eu-west-1", description: "where the network is")
private let regionalNetwork = Template("regional_network", description: "A VPC for a region", inputs: [region]) { inputs in
    Metadata("Region", .string(inputs[region]))
    Resource("Handle", type: "AWS::CloudFormation::WaitConditionHandle")
}
private let childOfRegional = Template("child_of_regional", description: "Inherits an input", inheriting: regionalNetwork) {}

private let sharedName = Component("shared", description: "the first of two components named shared") {
    Metadata("From", "first")
}
private let sameNameElsewhere = Component("shared", description: "a different component, also named shared") {
    Metadata("From", "second")
}

private let serverFleet = Dynamic<Void>("server_fleet", description: "a group and its queue") { name, _ in
    Resource("\(name)Queue", type: "AWS::SQS::Queue")
    Resource("\(name)Topic", type: "AWS::SNS::Topic")
}

@Suite struct CompositionTests {
    @Test func anInheritingTemplateStartsFromItsParentAndItsBodyWins() throws {
        let tree = try Compiler.compile(productionNetwork).tree
        #expect(tree["Description"] == "A VPC with DNS host names")
        #expect(tree["Parameters"]?.objectValue?["CidrBlock"] != nil)
        let vpc = tree["Resources"]?.objectValue?["Vpc"]?.objectValue
        #expect(vpc?["Type"] == "AWS::EC2::VPC")
        #expect(vpc?["Properties"] == ["CidrBlock": Ref("CidrBlock"), "EnableDnsSupport": true, "EnableDnsHostnames": true])
        #expect(tree["Outputs"]?.objectValue?["VpcId"]?.objectValue?["Export"] != nil)
        // The parent is unchanged.
        #expect(try Compiler.compile(network).tree["Outputs"] == ["VpcId": ["Value": Ref("Vpc")]])
    }

    @Test func inheritanceChains() throws {
        let tree = try Compiler.compile(auditedNetwork).tree
        let resources = try #require(tree["Resources"]?.objectValue)
        #expect(Array(resources.keys) == ["Vpc", "FlowLogs"])
        #expect(resources["Vpc"]?.objectValue?["Properties"]?.objectValue?["EnableDnsHostnames"] == true)
        #expect(tree["Description"] == "A production VPC with flow logs")
    }

    @Test func aCycleIsAnErrorNamingEveryTemplateInIt() {
        let messages = failures(left).filter { $0.rule.id == "E9015" }.map(\.message)
        #expect(messages == ["template 'left' inherits in a cycle: left → right → left; a template cannot inherit from itself"])
        #expect(failures(itself).map(\.message).contains { $0.contains("itself → itself") })
    }

    @Test func anInheritingTemplateHasItsParentsInputs() throws {
        #expect(childOfRegional.inputs.map(\.name) == ["Region"])
        let tree = try Compiler.compile(childOfRegional, options: CompileOptions(parameters: ["Region": "us-east-2"])).tree
        #expect(tree["Metadata"] == ["Region": "us-east-2"])
    }

    @Test func oneComponentLoadedTwiceLoadsOnce() throws {
        let template = Template("t", description: "d") {
            Load(sharedName)
            Load(sharedName)
            Resource("Handle", type: "AWS::CloudFormation::WaitConditionHandle")
        }
        #expect(try Compiler.compile(template).tree["Metadata"] == ["From": "first"])
        #expect(try Compiler.compile(template).warnings.isEmpty)
    }

    @Test func twoDifferentComponentsWithOneNameAreAnErrorNamingBoth() {
        let template = Template("t", description: "d") {
            Load(sharedName, sameNameElsewhere)
        }
        let messages = failures(template).filter { $0.rule.id == "E9015" }.map(\.message)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("loads two different components named 'shared', declared at") == true)
        #expect(messages.first?.contains("CompositionTests.swift:38") == true && messages.first?.contains("CompositionTests.swift:41") == true)
    }

    @Test func theTagsHelperWritesKeyValuePairsInOrder() throws {
        let template = Template("t", description: "d") {
            Resource("Queue", type: "AWS::SQS::Queue") {
                Tags(["env": "prod", "team": Ref("AWS::StackName"), "cost-centre": "42"])
            }
        }
        let properties = try Compiler.compile(template).tree["Resources"]?.objectValue?["Queue"]?.objectValue?["Properties"]
        #expect(
            properties == [
                "Tags": [
                    ["Key": "env", "Value": "prod"], ["Key": "team", "Value": Ref("AWS::StackName")],
                    ["Key": "cost-centre", "Value": "42"],
                ]
            ])
    }

    @Test func tagsOnATypeWithoutTagsAreAnUnknownProperty() {
        let template = Template("t", description: "d") {
            Resource("Handle", type: "AWS::CloudFormation::WaitConditionHandle") { Tags(["env": "prod"]) }
        }
        #expect(failures(template).contains { $0.rule.id == "E3002" && $0.message.contains("Tags") })
    }

    @Test func customizingSetsAttributesOnADynamicsResource() throws {
        let isProduction = Condition("IsProduction", Fn.equals(Ref("AWS::StackName"), "production"))
        let template = Template("t", description: "d") {
            isProduction
            serverFleet("Web").customizing("WebTopic", attributes: { $0.condition(isProduction).dependsOn(ResourceName("WebQueue")) })
        }
        let topic = try Compiler.compile(template).tree["Resources"]?.objectValue?["WebTopic"]?.objectValue
        #expect(topic == ["Type": "AWS::SNS::Topic", "Condition": "IsProduction", "DependsOn": "WebQueue"])
    }

    @Test func customizingAttributesOfAResourceTheDynamicDidNotCreateIsAnError() {
        let template = Template("t", description: "d") {
            serverFleet("Web").customizing("WebServer", attributes: { $0.deletionPolicy(.retain) })
        }
        #expect(failures(template).contains { $0.rule.id == "E9013" && $0.message.contains("it created: WebQueue, WebTopic") })
    }

    @Test func paramNamesMatchIgnoringCaseAndUnderscores() throws {
        let tree = try Compiler.compile(network, options: CompileOptions(parameters: ["cidr_block": "10.9.0.0/16"])).tree
        #expect(tree["Parameters"]?.objectValue?["CidrBlock"]?.objectValue?["Default"] == "10.9.0.0/16")
        let input = try Compiler.compile(regionalNetwork, options: CompileOptions(parameters: ["region": "ap-south-1"])).tree
        #expect(input["Metadata"] == ["Region": "ap-south-1"])
    }

    @Test func aParamNameMatchingSeveralIsAnError() {
        let template = Template("t", description: "d") {
            Parameter("VpcCidr", type: .string, default: "a")
            Parameter("VPC_Cidr", type: .string, default: "b")
            Resource("Handle", type: "AWS::CloudFormation::WaitConditionHandle")
        }
        let messages = failures(template, parameters: ["vpc-cidr": "x"]).map(\.message)
        #expect(messages.contains { $0.contains("'vpc-cidr' matches several inputs or parameters of template 't': VPC_Cidr, VpcCidr") })
    }

    @Test func aNilPropertyIsDroppedAsSparkleFormationDropsIt() throws {
        let name: String? = nil
        let template = Template("t", description: "d") {
            Resource("Topic", type: "AWS::SNS::Topic") {
                Property("TopicName", name.map(Value.string))
                Property("DisplayName", nil)
                Property("FifoTopic", false)
            }
        }
        let topic = try Compiler.compile(template).tree["Resources"]?.objectValue?["Topic"]?.objectValue
        #expect(topic?["Properties"] == ["FifoTopic": false])
    }

    @Test func nullOutputValueIsReportedAsCfnLintDoes() {
        let tree: Object = ["Resources": ["H": ["Type": "AWS::CloudFormation::WaitConditionHandle"]], "Outputs": ["X": ["Value": .null]]]
        #expect(Compiler.validate(tree).contains { $0.rule.id == "E1001" && $0.message == "output 'X' has no Value: it is null" })
    }
}
