import Foundation
import Sparkle
import Testing

private func handle(_ id: String) -> Resource { Resource(id, type: "AWS::CloudFormation::WaitConditionHandle") }

@Suite struct ValidationTests {
    @Test func aDanglingRefNamesTheSwiftLineThatWroteIt() {
        let line = #line + 2
        let template = Template("t", description: "d") {
            Resource("Instance", type: "AWS::EC2::Instance") { Property("ImageId", Ref("AmiID")) }
            Parameter("AmiId", type: .imageId)
        }
        let diagnostics = failures(template).filter { $0.severity == .error }
        #expect(diagnostics.count == 1)
        let diagnostic = try! #require(diagnostics.first)
        #expect(diagnostic.rule.id == "E1020")
        #expect(diagnostic.location?.file == #filePath)
        #expect(diagnostic.location?.line == line)
        #expect(diagnostic.path == ["Resources", "Instance", "Properties", "ImageId", "Ref"])
        #expect(diagnostic.message == "Ref to 'AmiID', which is not a parameter or resource of this template; did you mean 'AmiId'?")
    }

    @Test func aTransposedNameGetsASuggestion() {
        let template = Template("t", description: "d") {
            Resource("VPC", type: "AWS::EC2::VPC") { Property("CidrBlock", "10.0.0.0/16") }
            Output("Id", Ref("Vcp"))
        }
        #expect(failures(template).map(\.message).contains { $0.hasSuffix("did you mean 'VPC'?") })
    }

    /// Each broken template yields exactly the rule expected.
    static let broken: [(String, Template)] = [
        ("E1010", Template("t", description: "d") { handle("A"); Output("O", Fn.getAtt("B", "Arn")) }),
        ("E1019", Template("t", description: "d") { handle("A"); Output("O", Fn.sub("${Missing}-x")) }),
        ("E1019", Template("t", description: "d") { handle("A"); Output("O", Fn.sub("${Missing.Arn}")) }),
        ("E3005", Template("t", description: "d") { handle("A").dependsOn(ResourceName("Ghost")) }),
        ("E3005", Template("t", description: "d") { handle("A").dependsOn(ResourceName("A")) }),
        ("E9035", Template("t", description: "d") { handle("A").condition(ConditionName("Nope")) }),
        ("E9035", Template("t", description: "d") { handle("A"); Output("O", Fn.if(ConditionName("Nope"), 1, 2)) }),
        ("E9035", Template("t", description: "d") {
            Condition("C", Fn.condition(ConditionName("Missing")))
            handle("A")
        }),
        ("E1011", Template("t", description: "d") { handle("A"); Output("O", Fn.findInMap("NoMap", "a", "b")) }),
        ("E1011", Template("t", description: "d") {
            Mapping("M", ["a": ["b": 1]])
            handle("A")
            Output("O", Fn.findInMap("M", "a", "c"))
        }),
        ("E1020", Template("t", description: "d") {
            Condition("C", Fn.equals(Ref("A"), "x"))
            handle("A")
        }),
        ("E1020", Template("t", description: "d") { handle("A"); Output("O", Ref("AWS::Regionn")) }),
        ("E9022", Template("t", description: "d") {
            Resource("A", type: "AWS::S3::Bucket") { Property("BucketName", Fn.equals("a", "b").value) }
        }),
        ("E9022", Template("t", description: "d") { handle("A"); Output("O", Fn.importValue(Ref("A"))) }),
        ("E9021", Template("t", description: "d") {
            Resource("A", type: "AWS::S3::Bucket") { Property("BucketName", ["Fn::Join": ["only-one"]]) }
        }),
        ("E9021", Template("t", description: "d") {
            Resource("A", type: "AWS::S3::Bucket") { Property("BucketName", ["Fn::Joinn": [",", ["x"]]]) }
        }),
        ("E9021", Template("t", description: "d") {
            Resource("A", type: "AWS::S3::Bucket") { Property("BucketName", ["Fn::If": ["C", 1]]) }
        }),
        ("E9023", Template("t", description: "d") {
            Resource("A", type: "AWS::S3::Bucket") { Property("BucketName", .double(.infinity)) }
        }),
        ("E1001", Template("t", description: "d") { Parameter("P", type: .string) }),
        ("E1001", Template("t", description: "d") { handle("A"); Key("Resourcez", [:]) }),
        ("E1001", Template("t", description: "d") { Resource("A") { Property("X", 1) } }),
        ("E1001", Template("t", description: "d") { handle("A"); Key("Outputs", ["O": ["Description": "no value"]]) }),
        ("E1001", Template("t", description: "d") { FormatVersion("2011-01-01"); handle("A") }),
        ("E9010", Template("t", description: "d") { handle("my-bucket") }),
        ("E9010", Template("t", description: "d") { handle(String(repeating: "A", count: 256)) }),
        ("E1003", Template("t", description: String(repeating: "x", count: 1025)) { handle("A") }),
        ("E3004", Template("t", description: "d") {
            Resource("A", type: "AWS::SNS::Topic") { Property("DisplayName", Fn.getAtt("B", "TopicName")) }
            Resource("B", type: "AWS::SNS::Topic") { Property("DisplayName", Fn.sub("${A.TopicName}")) }
        }),
        ("E3004", Template("t", description: "d") {
            handle("A").dependsOn(ResourceName("C"))
            handle("B").dependsOn(ResourceName("A"))
            Resource("C", type: "AWS::SNS::Topic") { Property("DisplayName", Ref("B")) }
        }),
    ]

    @Test(arguments: broken.indices)
    func brokenTemplatesAreCaught(_ index: Int) {
        let (rule, template) = Self.broken[index]
        let rules = Set(failures(template).filter { $0.severity == .error }.map(\.rule.id))
        #expect(rules == [rule], "case \(index): got \(rules)")
    }

    @Test func cycleMessageListsThePath() {
        let template = Self.broken.last!.1
        #expect(failures(template).first?.message == "dependency cycle: A → C → B → A")
    }

    @Test(arguments: [("Resources", 501), ("Parameters", 201), ("Outputs", 201), ("Mappings", 201)])
    func countLimits(_ section: String, _ count: Int) {
        let template = Template("t", description: "d") {
            handle("Handle")
            for index in 0..<count {
                switch section {
                case "Resources": handle("R\(index)")
                case "Parameters": Parameter("P\(index)", type: .string)
                case "Outputs": Output("O\(index)", "x")
                default: Mapping("M\(index)", ["a": ["b": 1]])
                }
            }
        }
        let diagnostics = failures(template).filter { $0.severity == .error }
        #expect(diagnostics.map(\.rule.id) == ["E9401"])
        #expect(diagnostics.first?.message.contains("CloudFormation allows at most") == true)
        // A Swift line: the one that declared the first entry past the limit.
        #expect(diagnostics.first?.location?.file == #filePath && diagnostics.first?.path.count == 2, "\(String(describing: diagnostics.first?.location))")
    }

    @Test func templatesOverTheInlineLimitWarnAndOverTheS3LimitFail() throws {
        let big = String(repeating: "x", count: 60_000)
        let warned = try Compiler.compile(Template("t", description: "d") { handle("A"); Output("O", .string(big)) })
        #expect(warned.warnings.map(\.rule.id) == ["W9404"])
        let huge = String(repeating: "x", count: 1_000_001)
        #expect(failures(Template("t", description: "d") { handle("A"); Output("O", .string(huge)) }).map(\.rule.id) == ["E1002"])
    }

    @Test func unusedDeclarationsAreWarningsAndBadDefaultsAndExportsAreErrors() throws {
        let isProd = Condition("IsProd", Fn.equals(Ref("Env"), "prod"))
        let template = Template("t", description: "d") {
            Parameter("Env", type: .string, default: "prod")
            Parameter("Unused", type: .string)
            Mapping("Used", ["k": ["v": "x"]])
            Mapping("Spare", ["k": ["v": "x"]])
            isProd
            Condition("Orphan", Fn.equals("a", "b"))
            handle("A").condition(isProd)
            Output("M", Fn.findInMap("Used", "k", "v"))
        }
        let compiled = try Compiler.compile(template, options: CompileOptions(environment: [:]))
        #expect(compiled.warnings.map(\.message) == ["parameter 'Unused' is not used", "mapping 'Spare' is not used", "condition 'Orphan' is not used"])
        #expect(compiled.warnings.allSatisfy { $0.severity == .warning })

        let bad = Template("t", description: "d") {
            Parameter("Size", type: .string, default: "huge", allowedValues: ["small", "large"])
            Parameter("Cidr", type: .string, default: "10.0.0.0/8", allowedPattern: #"\d+\.\d+\.\d+\.\d+/16"#)
            Parameter("Zones", type: .commaDelimitedList, default: "a,b", allowedValues: ["a", "b"])
            handle("A")
            Output("O", Fn.join(",", [Ref("Size"), Ref("Cidr"), Fn.join(",", list: Ref("Zones"))]), export: Fn.sub("${A}-name"))
        }
        let errors = failures(bad).filter { $0.severity == .error }
        #expect(errors.map(\.rule.id) == ["E2015", "E2015", "E9601"])
        #expect(errors.first?.message == "parameter 'Size': Default 'huge' is not one of its AllowedValues (small, large)")
    }

    @Test func everyRuleHasAUniqueIDAndASummary() {
        #expect(Set(Rule.all.map(\.id)).count == Rule.all.count)
        #expect(Rule.all.allSatisfy { !$0.summary.isEmpty })
    }
}

@Suite struct RulesDocumentationTests {
    /// docs/rules.md lists every rule with its summary, so the page cannot drift from the code.
    @Test func everyRuleIsDocumented() throws {
        let page = repositoryRoot.appendingPathComponent("docs/rules.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        for rule in Rule.all {
            let severity = rule.severity.rawValue
            let counterparts = rule.cfnLint.isEmpty ? "—" : rule.cfnLint.joined(separator: ", ")
            #expect(
                text.contains("| \(rule.id) | \(severity) | \(rule.summary) | \(counterparts) |"),
                "docs/rules.md lacks \(rule.id) as it is in the code")
        }
    }
}

/// `compile --ignore` and the `Metadata` opt-outs: an ignored rule's errors become warnings, and the
/// template is still written.
@Suite struct CompileIgnoreTests {
    static func manyQueues(metadata: Value? = nil) -> Template {
        Template("many", description: "Over the resource limit") {
            if let metadata { Key("Metadata", metadata) }
            for index in 0..<501 { Resource("Queue\(index)", type: "AWS::SQS::Queue") }
        }
    }

    @Test func anIgnoredLimitIsAWarning() throws {
        #expect(throws: CompileFailure.self) { try Compiler.compile(Self.manyQueues(), options: CompileOptions(environment: [:])) }
        let compiled = try Compiler.compile(Self.manyQueues(), options: CompileOptions(environment: [:], ignoredRules: ["e9401"]))
        #expect(compiled.warnings.contains { $0.rule.id == "E9401" && $0.severity == .warning && $0.message.hasPrefix("(ignored) ") })
        let viaMetadata = try Compiler.compile(Self.manyQueues(metadata: ["Sparkle": ["IgnoreChecks": ["E9401"]]]), options: CompileOptions(environment: [:]))
        #expect(viaMetadata.warnings.contains { $0.rule.id == "E9401" })
        let viaCfnLint = try Compiler.compile(Self.manyQueues(metadata: ["cfn-lint": ["config": ["ignore_checks": ["E3010"]]]]), options: CompileOptions(environment: [:]))
        #expect(viaCfnLint.tree["Resources"]?.objectValue?.count == 501)
        #expect(RuleIgnores.unknownRule(in: ["E9401", "e9999"])?.given == "e9999")
        #expect(RuleIgnores.unknownRule(in: ["E3O02"])?.suggestion == "E3002")
        #expect(RuleIgnores.unknownRule(in: ["E9401", "w2001"]) == nil)
    }
}
