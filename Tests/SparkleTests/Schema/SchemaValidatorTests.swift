import Foundation
import Sparkle
import SparkleParsers
import Testing

/// The schema checks in process, one fault at a time: `SchemaValidator.validate` alone, on a
/// template read from YAML, without the structural rules or a command line around it.
@Suite struct SchemaValidatorTests {
    /// The findings of the schema checks on `resources` (the Resources section, indented by the
    /// caller's literal), with `header` (a Transform, say) before it.
    static func diagnostics(_ resources: String, header: String = "") throws -> [Diagnostic] {
        let indented = resources.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        let tree = try TemplateParser.parseTemplate(Array((header + "Resources:\n" + indented + "\n").utf8), file: "t.yaml")
        return SchemaValidator.validate(tree)
    }

    /// `RULE path` for each finding.
    static func findings(_ resources: String, header: String = "") throws -> [String] {
        try diagnostics(resources, header: header).map { "\($0.rule.id) \($0.path.joined(separator: "."))" }
    }

    @Test func aKnownTypeWithValidPropertiesHasNoFinding() throws {
        #expect(try Self.findings("""
            Queue:
              Type: AWS::SQS::Queue
              Properties:
                VisibilityTimeout: 30
                FifoQueue: true
            """) == [])
    }

    @Test func anUnknownTypeIsNamedWithTheNearestOne() throws {
        let found = try Self.diagnostics("Bucket:\n  Type: AWS::S3::Buckt")
        #expect(found.map(\.rule.id) == ["E3006"])
        #expect(found.first?.message.contains("did you mean 'AWS::S3::Bucket'") == true)
    }

    @Test func unknownAndMissingPropertiesAtEveryDepth() throws {
        #expect(try Self.findings("""
            Db:
              Type: AWS::RDS::DBInstance
              Properties:
                DBInstanceClass: db.t3.micro
                MultiAz: true
            """).contains("E3002 Resources.Db.Properties.MultiAz"))
        #expect(try Self.findings("""
            Rule:
              Type: AWS::Events::Rule
              Properties:
                ScheduleExpression: rate(1 day)
                Targets:
                  - Id: one
            """) == ["E3003 Resources.Rule.Properties.Targets.0"])
    }

    @Test func literalTypesEnumsAndPatternsAreJudged() throws {
        #expect(try Self.findings("""
            Queue:
              Type: AWS::SQS::Queue
              Properties:
                FifoQueue: [true]
            """) == ["E3012 Resources.Queue.Properties.FifoQueue"])
        #expect(try Self.findings("""
            App:
              Type: AWS::Amplify::App
              Properties:
                Name: app
                Platform: WEBSITE
            """) == ["E3030 Resources.App.Properties.Platform"])
        #expect(try Self.findings("""
            Logs:
              Type: AWS::Logs::LogGroup
              Properties:
                LogGroupName: my logs
            """) == ["E3031 Resources.Logs.Properties.LogGroupName"])
    }

    @Test func eachBranchOfAnIfIsACandidateAndFunctionsAreLeftAlone() throws {
        // One bad branch is a finding; a Ref, a Sub or AWS::NoValue is never judged by its shape.
        #expect(try Self.findings("""
            Queue:
              Type: AWS::SQS::Queue
              Properties:
                FifoQueue: !If [IsProd, true, [false]]
                QueueName: !Sub "${AWS::StackName}-jobs"
                DelaySeconds: !Ref Delay
                KmsMasterKeyId: !If [IsProd, alias/key, !Ref AWS::NoValue]
            """) == ["E3012 Resources.Queue.Properties.FifoQueue.Fn::If.2"])
    }

    @Test func getAttNamesAnAttributeTheTypeHas() throws {
        let found = try Self.findings("""
            Queue:
              Type: AWS::SQS::Queue
            Topic:
              Type: AWS::SNS::Topic
              Properties:
                DisplayName: !GetAtt Queue.Nme
            """)
        #expect(found == ["E9325 Resources.Topic.Properties.DisplayName.Fn::GetAtt"])
    }

    @Test func aCustomResourceNeedsItsServiceTokenOnly() throws {
        #expect(try Self.findings("Lookup:\n  Type: Custom::Lookup\n  Properties:\n    Anything: 1\n") == ["E3003 Resources.Lookup.Properties"])
        #expect(try Self.findings("Lookup:\n  Type: Custom::Lookup\n  Properties:\n    ServiceToken: !GetAtt Fn.Arn\n    Anything: 1\n") == [])
    }

    @Test func aSAMFunctionsScalarsAreJudgedAsTheLambdaTheTransformMakes() throws {
        let found = try Self.findings("""
            Fn:
              Type: AWS::Serverless::Function
              Properties:
                Runtime: python9.9
                Handler: index.handler
                CodeUri: src/
            """, header: "Transform: AWS::Serverless-2016-10-31\n")
        #expect(found == ["E3030 Resources.Fn.Properties.Runtime"], "\(found)")
    }
}
