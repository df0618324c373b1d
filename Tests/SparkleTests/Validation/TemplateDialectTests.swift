import Foundation
import Sparkle
import SparkleParsers
import Testing

/// What real templates hold beyond plain CloudFormation, read from YAML and checked as lint
/// checks a file: SAM, the language extensions, tools' tags, Lambda runtime dates.
@Suite struct TemplateDialectTests {
    static func findings(_ yaml: String, today: String? = nil) throws -> [Diagnostic] {
        guard case .object(let tree) = try TemplateParser.parse(Array(yaml.utf8), file: "t.yaml") else { return [] }
        guard let today else { return Compiler.validate(tree) }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return Validator.validate(tree) + SchemaValidator.validate(tree, today: formatter.date(from: today)!)
    }

    static func errors(_ yaml: String) throws -> [String] {
        try findings(yaml).filter { $0.severity == .error }.map { "\($0.rule) \($0.path.joined(separator: "."))" }
    }

    static let samFunction = """
        Transform: AWS::Serverless-2016-10-31
        Globals:
          Function:
            Runtime: python3.12
            Handler: index.handler
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              InlineCode: "def handler(e, c): return 1"
        """

    @Test func samTypesAreCheckedAgainstTheSAMSchemaWithGlobalsMergedIn() throws {
        #expect(try Self.errors(Self.samFunction + "\n      Runtim: python3.12\n") == ["E3002 Resources.Fn.Properties.Runtim"])
        #expect(try Self.errors(Self.samFunction) == [])
        let unknownType = Self.samFunction.replacingOccurrences(of: "AWS::Serverless::Function", with: "AWS::Serverless::Functoin")
        #expect(try Self.errors(unknownType) == ["E3006 Resources.Fn.Type"])
        let noTransform = Self.samFunction.replacingOccurrences(of: "Transform: AWS::Serverless-2016-10-31\n", with: "")
        #expect(try Self.errors(noTransform) == ["E1001 Globals", "E3038 Resources.Fn.Type"])
    }

    @Test func samImplicitResourcesCanBeReferencedAndGetAttIsNotJudged() throws {
        let yaml = Self.samFunction + """

              AutoPublishAlias: live
          Topic:
            Type: AWS::SNS::Topic
            DependsOn: FnRole
            Properties:
              DisplayName: !GetAtt Fn.Arn
              TopicName: !Ref Fn.Alias
        Outputs:
          Api:
            Value: !Ref ServerlessRestApi
        """
        #expect(try Self.errors(yaml) == [])
        #expect(try Self.errors(yaml.replacingOccurrences(of: "FnRole", with: "OtherRole")) == ["E3005 Resources.Topic.DependsOn"])
    }

    @Test func forEachLoopsAreExpandedAndFindingsPointAtTheLoop() throws {
        let yaml = """
            Transform: AWS::LanguageExtensions
            Resources:
              Fn::ForEach::Topics:
                - Name
                - [Alerts, Reports]
                - ${Name}Topic:
                    Type: AWS::SNS::Topic
                    Properties:
                      DisplayNam: !Ref Name
            Outputs:
              Arn:
                Value: !Ref AlertsTopic
            """
        let found = try Self.findings(yaml).filter { $0.severity == .error }
        #expect(found.map(\.rule.id) == ["E3002", "E3002"])
        #expect(found.map { $0.path[1] } == ["AlertsTopic", "ReportsTopic"])
        #expect(found.allSatisfy { $0.location?.line == 9 })
        let withoutTransform = yaml.replacingOccurrences(of: "Transform: AWS::LanguageExtensions\n", with: "")
        #expect(try Self.errors(withoutTransform).contains("E9022 Resources.Fn::ForEach::Topics"))
    }

    @Test func toolTagsAreWarningsAndTyposOfFunctionsAreErrors() throws {
        let yaml = """
            Resources:
              Topic:
                Type: AWS::SNS::Topic
                Metadata:
                  Notes: !Rain::Embed notes.txt
                  Joined: !Joinn [",", [a, b]]
            """
        let found = try Self.findings(yaml)
        #expect(found.map { "\($0.rule) \($0.severity)" } == ["W9024 warning", "E9021 error"])
        #expect(found.last?.message.contains("did you mean 'Fn::Join'?") == true)
    }

    @Test(arguments: [("2026-12-03", ["E2533"]), ("2026-08-10", ["E2531"]), ("2026-07-05", ["W2531"]), ("2026-06-29", [])])
    func lambdaRuntimesAreJudgedByTheirDates(_ day: String, _ rules: [String]) throws {
        // java11: deprecated 2026-06-30, creation blocked 2026-07-31, updates blocked 2026-08-31 (cfn-lint 1.51.0's data).
        let yaml = """
            Resources:
              Fn:
                Type: AWS::Lambda::Function
                Properties:
                  Runtime: java11
                  Handler: a.Handler
                  Role: arn:aws:iam::123456789012:role/r
                  Code: {ZipFile: x}
            """
        let found = try Self.findings(yaml, today: day).filter { $0.rule.id.hasSuffix("2531") || $0.rule.id == "E2533" }
        #expect(found.map(\.rule.id) == rules)
    }

    @Test func aNilPropertyIsDroppedAndANullReadsAsAbsent() throws {
        let name: String? = nil
        let template = Template("t", description: "d") {
            Resource("Topic", type: "AWS::SNS::Topic") {
                Property("TopicName", name.map(Value.string))
                Property("DisplayName", "alerts")
            }
        }
        let tree = try Compiler.compile(template).tree
        #expect(tree["Resources"]?.objectValue?["Topic"]?.objectValue?["Properties"] == ["DisplayName": "alerts"])
        let yaml = "Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      Tags:\n        - Key: a\n          Value: ~\n"
        #expect(try Self.errors(yaml) == ["E3003 Resources.T.Properties.Tags.0"])
    }
}
