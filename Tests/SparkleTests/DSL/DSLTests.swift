import Sparkle
import Testing

private let shared = Component("shared", description: "test component") {
    FormatVersion()
    Parameter("Env", type: .string, default: "test", allowedValues: ["test", "staging", "production"], description: "from component")
    Resource("Handle", type: "AWS::CloudFormation::WaitConditionHandle")
    Output("Env", Ref("Env"))
}

private let inner = Component("inner", description: "loaded by outer") {
    Metadata("Order", ["inner"])
}

private let outer = Component("outer", description: "loads inner") {
    Load(inner)
    Metadata("Loaded", "outer")
}

private let bucketPair = Dynamic<Int>("bucket_pair", description: "two buckets") { name, size in
    Resource("\(name)Bucket", type: "AWS::S3::Bucket") {
        Property("Tags", tagRegistry(name))
    }
    Resource("\(name)Policy", type: "AWS::S3::BucketPolicy") {
        Property("Bucket", Ref("\(name)Bucket"))
        Property("PolicyDocument", ["Version": "2012-10-17", "Id": .string("size-\(size)"), "Statement": []])
    }
}

private let tagRegistry = Registry<String>("tags", description: "tags") { name in
    [["Key": "Name", "Value": .string(name)]]
}

@Suite struct DSLTests {
    @Test func theTemplateWinsOverComponentsAndCanNarrowWhatTheyDeclared() throws {
        let template = Template("t", description: "template") {
            Load(shared)
            Parameter("Env", allowedValues: ["test", "staging"])
            Output("Env", Ref("Env"), description: "overridden")
        }
        let tree = try Compiler.compile(template).tree
        #expect(
            tree["Parameters"] == [
                "Env": [
                    "Type": "String", "Description": "from component", "Default": "test", "AllowedValues": ["test", "staging"],
                ]
            ])
        #expect(tree["Outputs"] == ["Env": ["Value": Ref("Env"), "Description": "overridden"]])
    }

    @Test func componentsLoadOnceBeneathTheTemplateWhereverTheLoadStands() throws {
        let template = Template("t", description: "template") {
            Parameter("Env", type: .string, default: "production")
            Load(shared, outer)
            Load(shared)
        }
        let tree = try Compiler.compile(template).tree
        #expect(tree["Parameters"]?.objectValue?["Env"]?.objectValue?["Default"] == "production")
        #expect(tree["Metadata"] == ["Order": ["inner"], "Loaded": "outer"])
        #expect(Array(tree.keys) == ["AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Resources", "Outputs"])
    }

    @Test func dynamicsGiveEachInsertionItsOwnLogicalIDs() throws {
        let template = Template("t", description: "d") {
            for name in ["Logs", "Assets"] { bucketPair(name, 3) }
        }
        let resources = try #require(Compiler.compile(template).tree["Resources"]?.objectValue)
        #expect(Array(resources.keys) == ["LogsBucket", "LogsPolicy", "AssetsBucket", "AssetsPolicy"])
        #expect(resources["AssetsPolicy"]?.objectValue?["Properties"]?.objectValue?["Bucket"] == Ref("AssetsBucket"))
        // The registry was used inside the dynamic.
        #expect(
            resources["LogsBucket"]?.objectValue?["Properties"]?.objectValue?["Tags"] == [["Key": "Name", "Value": "Logs"]])
    }

    @Test func twoInsertionsWithOneNameAreAnErrorNamingBothSites() {
        let firstLine = #line + 2
        let template = Template("t", description: "d") {
            bucketPair("Same", 1)
            bucketPair("Same", 2)
        }
        let diagnostics = failures(template).filter { $0.rule.id == "E9012" }
        #expect(diagnostics.count == 2)
        let message = diagnostics.first?.description ?? ""
        #expect(message.contains("Resources 'SameBucket' is declared twice"))
        #expect(message.contains("inserted at") && message.contains(":\(firstLine))"))
        #expect(diagnostics.first?.location?.insertedAt.first?.line == firstLine + 1)
    }

    @Test func anInsertionHandleCustomisesWhatItCreated() throws {
        let insertion = bucketPair("Data", 1)
        #expect(insertion.resourceIDs == ["DataBucket", "DataPolicy"])
        let template = Template("t", description: "d") {
            insertion.customizing("DataBucket") { Property("BucketName", "data") }
            Output("Bucket", insertion.resource("DataBucket").ref)
        }
        let tree = try Compiler.compile(template).tree
        let properties = tree["Resources"]?.objectValue?["DataBucket"]?.objectValue?["Properties"]?.objectValue
        #expect(properties?["BucketName"] == "data")
        #expect(properties?["Tags"] != nil)
    }

    @Test func customisingAResourceTheDynamicDidNotCreateIsAnError() {
        let template = Template("t", description: "d") {
            bucketPair("Data", 1).customizing("Nope") { Property("X", 1) }
        }
        let messages = failures(template).map(\.message)
        #expect(messages.contains { $0.contains("created no resource 'Nope'; it created: DataBucket, DataPolicy") })
    }

    @Test func resourceAttributesAndSectionsLandWhereCloudFormationExpectsThem() throws {
        let isProd = Condition("IsProd", Fn.equals(Ref("Env"), "production"))
        let handle = Resource("Handle", type: "AWS::CloudFormation::WaitConditionHandle")
        let template = Template("t", description: "every section") {
            Transform("AWS::LanguageExtensions")
            Metadata("Owner", "platform")
            Parameter("Env", type: .string, default: "test")
            Rule("ProdOnly", when: Fn.equals(Ref("Env"), "production"), assertions: [Assertion(Fn.contains(["production"], Ref("Env")), description: "prod")])
            Mapping("M", ["k": ["v": "x"]])
            isProd
            handle
            Resource("Bucket", type: "AWS::S3::Bucket") {
                Property("BucketName", Fn.if(isProd, "prod-bucket", AWS.noValue))
            }
            .dependsOn(handle)
            .condition(isProd)
            .deletionPolicy(.retain)
            .updateReplacePolicy(.delete)
            .metadata(["Note": "x"])
            .attribute("CreationPolicy", ["ResourceSignal": ["Timeout": "PT5M"]])
            Output("Name", Ref("Bucket"), export: Fn.sub("${AWS::StackName}-Bucket")).condition(isProd)
            Key("Hooks", ["H": ["Type": "AWS::CodeDeploy::BlueGreen", "Properties": [:]]])
        }
        let tree = try Compiler.compile(template).tree
        #expect(
            Array(tree.keys) == [
                "Description", "Metadata", "Transform", "Parameters", "Rules", "Mappings", "Conditions", "Resources", "Outputs", "Hooks",
            ])
        #expect(
            minified(tree["Resources"]!.objectValue!["Bucket"]!.objectValue!)
                == #"{"Type":"AWS::S3::Bucket","Condition":"IsProd","DependsOn":"Handle","Metadata":{"Note":"x"},"Properties":{"BucketName":{"Fn::If":["IsProd","prod-bucket",{"Ref":"AWS::NoValue"}]}},"CreationPolicy":{"ResourceSignal":{"Timeout":"PT5M"}},"DeletionPolicy":"Retain","UpdateReplacePolicy":"Delete"}"#
        )
        #expect(
            tree["Outputs"] == ["Name": ["Value": Ref("Bucket"), "Export": ["Name": Fn.sub("${AWS::StackName}-Bucket")], "Condition": "IsProd"]])
        #expect(
            tree["Rules"] == [
                "ProdOnly": [
                    "RuleCondition": ["Fn::Equals": [Ref("Env"), "production"]],
                    "Assertions": [["Assert": ["Fn::Contains": [["production"], Ref("Env")]], "AssertDescription": "prod"]],
                ]
            ])
    }

    @Test func nestedPropertyBodiesAndMergeBuildObjects() throws {
        let common = Registry("common", description: "shared properties", value: ["Tracing": "Active", "Timeout": 3])
        let template = Template("t", description: "d") {
            Resource("Fn", type: "Custom::Settings") {
                Property("ServiceToken", "arn:aws:lambda:us-east-1:123456789012:function:settings")
                Merge(common())
                Property("Timeout", 30)
                Property("Environment") {
                    Property("Variables") { Property("MODE", "prod") }
                }
                if Bool("true")! { Property("MemorySize", 256) }
            }
        }
        let tree = try Compiler.compile(template, options: CompileOptions(parameters: [:])).tree
        #expect(
            minified(tree["Resources"]!.objectValue!["Fn"]!.objectValue!["Properties"]!.objectValue!)
                == #"{"ServiceToken":"arn:aws:lambda:us-east-1:123456789012:function:settings","Tracing":"Active","Timeout":30,"Environment":{"Variables":{"MODE":"prod"}},"MemorySize":256}"#)
    }

    @Test func catalogSortsEntriesAndReportsDuplicateNames() {
        let a = Template("b", description: "") { Resource("H", type: "AWS::CloudFormation::WaitConditionHandle") }
        let b = Template("a", description: "") { Resource("H", type: "AWS::CloudFormation::WaitConditionHandle") }
        let catalog = Catalog(templates: [a, b, a], dynamics: [bucketPair], registries: [tagRegistry])
        #expect(catalog.templates.map(\.name) == ["a", "b", "b"])
        #expect(catalog.duplicates == ["2 templates are named 'b'"])
        #expect(catalog.template(named: "a") != nil && catalog.template(named: "c") == nil)
    }

    @Test func anUnknownTemplateNameSaysWhatItMayHaveMeant() throws {
        let names = ["food", "saas_isolation_model1", "saas_pool_model", "vpc"]
        let catalog = Catalog(templates: names.map { name in
            Template(name, description: "") { Resource("H", type: "AWS::CloudFormation::WaitConditionHandle") }
        })
        #expect(try catalog.templates(named: ["vpc", "food", "vpc"]).map(\.name) == ["vpc", "food"], "each once, in the order given")
        #expect(throws: UnknownTemplate.self) { try catalog.templates(named: ["vpc", "fod"]) }
        var messages: [String] = []
        for unknown in ["fod", "saas_model", "zzz"] {
            do throws(UnknownTemplate) {
                _ = try catalog.templates(named: [unknown])
            } catch {
                messages.append(error.description)
            }
        }
        #expect(messages == [
            "no template named 'fod'; did you mean 'food'?",
            "no template named 'saas_model'; close ones: saas_isolation_model1, saas_pool_model",
            "no template named 'zzz'; templates: food, saas_isolation_model1, saas_pool_model, vpc",
        ])
    }
}

// The DSL article's examples of a condition and of a dynamic's configuration, compiled as written there.
private struct QueueSettings: Sendable {
    var retentionDays = 4
    var fifo = false
}

private let articleQueue = Dynamic<QueueSettings>("queue", description: "A queue with its dead-letter queue") { name, settings in
    Resource("\(name)DeadLetters", type: "AWS::SQS::Queue")
    Resource("\(name)Queue", type: "AWS::SQS::Queue") {
        Property("MessageRetentionPeriod", .int(settings.retentionDays * 86_400))
        Property("FifoQueue", settings.fifo ? true : nil)
    }
}

@Test func theDSLArticlesConditionAndDynamicExamplesCompile() throws {
    let isProduction = Condition("IsProduction", Fn.equals(Ref("Environment"), "production"))
    let app = Template("app", description: "The DSL article's example") {
        Parameter("Environment", type: .string, allowedValues: ["test", "production"])
        isProduction
        Resource("Topic", type: "AWS::SNS::Topic")
            .condition(isProduction)
        Output("Size", Fn.if(isProduction, "large", "small"))
        articleQueue("Orders", QueueSettings(fifo: true))
        articleQueue("Jobs", QueueSettings())
    }
    let tree = try Compiler.compile(app, options: CompileOptions(environment: [:])).tree
    #expect(tree["Conditions"] == ["IsProduction": ["Fn::Equals": [["Ref": "Environment"], "production"]]])
    #expect(tree["Resources"]?.objectValue?["Topic"]?.objectValue?["Condition"] == "IsProduction")
    #expect(tree["Outputs"]?.objectValue?["Size"]?.objectValue?["Value"] == ["Fn::If": ["IsProduction", "large", "small"]])
    let resources = try #require(tree["Resources"]?.objectValue)
    #expect(resources.keys.sorted() == ["JobsDeadLetters", "JobsQueue", "OrdersDeadLetters", "OrdersQueue", "Topic"])
    #expect(resources["OrdersQueue"]?.objectValue?["Properties"] == ["MessageRetentionPeriod": 345_600, "FifoQueue": true])
    #expect(resources["JobsQueue"]?.objectValue?["Properties"] == ["MessageRetentionPeriod": 345_600])
}

// The README's short tour, compiled as written there.
private enum ReadmeTour {
    static let base = Component("base", description: "Format version and the team") {
        FormatVersion()
        Parameter("Team", type: .string, description: "Who owns the stack")
    }
    static let teamTags = Registry<String>("team_tags", description: "The tags every resource carries") { role in
        [["Key": "Team", "Value": Ref("Team")], ["Key": "Role", "Value": .string(role)]]
    }
    struct QueueSettings: Sendable { var retentionDays = 4 }
    static let queue = Dynamic<QueueSettings>("queue", description: "A queue and its dead letters") { name, settings in
        Resource("\(name)DeadLetters", type: "AWS::SQS::Queue")
        Resource("\(name)Queue", type: "AWS::SQS::Queue") {
            Property("MessageRetentionPeriod", .int(settings.retentionDays * 86_400))
            Property("Tags", teamTags("queue"))
        }
    }
    static let isProduction = Condition("IsProduction", Fn.equals(Ref("Environment"), "production"))
    static let jobs = Template("jobs", description: "The job queues") {
        Load(base)
        Parameter("Environment", type: .string, allowedValues: ["test", "production"])
        isProduction
        queue("Orders", QueueSettings(retentionDays: 14))
        queue("Emails", QueueSettings())
        Output("Alarms", Fn.if(isProduction, "on", "off"))
    }
}

@Test func theReadmesTourCompilesCleanly() throws {
    let compiled = try Compiler.compile(ReadmeTour.jobs, options: CompileOptions(environment: [:]))
    #expect(compiled.warnings.isEmpty, "\(compiled.warnings)")
    let resources = try #require(compiled.tree["Resources"]?.objectValue)
    #expect(resources.keys.sorted() == ["EmailsDeadLetters", "EmailsQueue", "OrdersDeadLetters", "OrdersQueue"])
    #expect(resources["OrdersQueue"]?.objectValue?["Properties"]?.objectValue?["MessageRetentionPeriod"] == 1_209_600)
    #expect(compiled.tree["Parameters"]?.objectValue?.keys.sorted() == ["Environment", "Team"])
}
