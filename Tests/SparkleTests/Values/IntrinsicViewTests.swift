import Foundation
import Sparkle
import SparkleParsers
import SparkleValues
import Testing

/// The intrinsic-aware view every check reads values through, and the classes of false positive
/// it removes: each class is a template written here, valid for CloudFormation and cfn-lint alike.
@Suite struct IntrinsicViewTests {
    static func errors(_ yaml: String) throws -> [String] {
        try TemplateDialectTests.findings(yaml).filter { $0.severity == .error }.map { "\($0.rule) \($0.path.joined(separator: "."))" }
    }

    static func findings(_ yaml: String) throws -> [String] {
        try TemplateDialectTests.findings(yaml).map { "\($0.rule) \($0.path.joined(separator: "."))" }
    }

    @Test func ifGivesEachBranchAndNoValueIsAbsent() {
        let view = ValueView(template: ["Parameters": ["Subnets": ["Type": "List<AWS::EC2::Subnet::Id>"]]])
        let value: Value = ["Fn::If": ["C", ["Fn::If": ["D", "a", ["Ref": "AWS::NoValue"]]], ["Ref": "Subnets"]]]
        let alternatives = view.alternatives(of: value)
        #expect(alternatives.map(\.form) == [.known("a"), .unknown(.list)])
        #expect(alternatives.map(\.branch) == [["Fn::If", "1", "Fn::If", "1"], ["Fn::If", "2"]])
        #expect(view.presence(of: value) == .conditional)
        #expect(view.presence(of: ["Ref": "AWS::NoValue"]) == .absent)
        #expect(view.presence(of: nil) == .absent)
        #expect(view.presence(of: ["Fn::If": ["C", "x", "y"]]) == .present)
        let (_, fewest, most) = view.elements(of: ["a", ["Ref": "AWS::NoValue"], ["Fn::If": ["C", "b", ["Ref": "AWS::NoValue"]]]])
        #expect(fewest == 1 && most == 2)
    }

    @Test func functionsKnownAtDeployTimeAreValuesOfTheirType() {
        let view = ValueView(template: ["Mappings": ["M": ["K": ["S": 3]]], "Parameters": ["N": ["Type": "Number"]]])
        // A mapped value is not judged as an error, as cfn-lint judges it only in warnings.
        #expect(view.alternatives(of: ["Fn::FindInMap": ["M", "K", "S"]]).map(\.form) == [.unknown(.any)])
        #expect(view.alternatives(of: ["Ref": "N"]).map(\.form) == [.unknown(.number)])
        #expect(view.alternatives(of: ["Fn::Split": [",", "a,b"]]).map(\.form) == [.unknown(.list)])
        #expect(view.alternatives(of: "{{resolve:ssm:/x}}").map(\.form) == [.unknown(.string)])
    }

    @Test func aDocumentWrittenAsTextIsReadWithItsReferencesKeptUnknown() {
        let view = ValueView(template: Object())
        let document = view.document(in: ["Fn::Sub": #"{"Statement": [{"Resource": "arn:aws:s3:::${Bucket}/*", "Effect": "Allow"}]}"#])
        let statement = document?.objectValue?["Statement"]?.arrayValue?.first?.objectValue
        #expect(statement?["Effect"] == "Allow")
        #expect(view.alternatives(of: statement?["Resource"] ?? .null).map(\.form) == [.unknown(.string)])
        // A reference where JSON needs a value of its own: no document to read.
        #expect(view.document(in: ["Fn::Sub": #"{"Statement": ${Statements}}"#]) == nil)
        #expect(view.document(in: ["Fn::Join": ["", ["{\"Version\": \"2012-10-17\", \"Id\": \"", ["Ref": "X"], "\"}"]]])?.objectValue?["Version"] == "2012-10-17")
    }

    static let conditionalStatement = """
        Conditions:
          HasExtra: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Version: '2012-10-17'
                Statement:
                  - Effect: Allow
                    Principal: {Service: lambda.amazonaws.com}
                    Action: sts:AssumeRole
              Policies:
                - PolicyName: extra
                  PolicyDocument:
                    Statement:
                      - !If [HasExtra, {Effect: Allow, Action: s3:GetObject, Resource: '*'}, !Ref AWS::NoValue]
                      - Effect: Allow
                        Action: !If [HasExtra, [s3:PutObject], s3:GetObject]
                        Resource: !If [HasExtra, !Sub 'arn:${AWS::Partition}:s3:::b/*', '*']
        """

    @Test func aStatementUnderAConditionIsCheckedBranchByBranch() throws {
        #expect(try Self.errors(Self.conditionalStatement) == [])
        let bad = Self.conditionalStatement.replacingOccurrences(of: "{Effect: Allow, Action: s3:GetObject", with: "{Effect: Alow, Action: s3:GetObject")
        #expect(try Self.errors(bad) == ["E3510 Resources.Role.Properties.Policies.0.PolicyDocument.Statement.0.Fn::If.1.Effect"])
    }

    static let textPolicy = """
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: |
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
              Policies:
                - PolicyName: p
                  PolicyDocument: !Sub '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::${Bucket}/*"}]}'
                - PolicyName: q
                  PolicyDocument: !Sub
                    - '{"Statement": ${Statements}}'
                    - Statements: '[]'
        """

    @Test func aPolicyWrittenAsJSONTextIsReadAsTheDocumentItSpells() throws {
        #expect(try Self.errors(Self.textPolicy) == [])
        let bad = Self.textPolicy.replacingOccurrences(of: #""Effect": "Allow", "Action": "s3:*""#, with: #""Effect": "Allow", "Actions": "s3:*""#)
        #expect(try Self.errors(bad).contains("E3510 Resources.Role.Properties.Policies.0.PolicyDocument.Statement.0.Actions"))
    }

    @Test func aRepeatedSidIsAWarning() throws {
        let yaml = """
            Resources:
              Topic:
                Type: AWS::SNS::Topic
              Policy:
                Type: AWS::SNS::TopicPolicy
                Properties:
                  Topics: [!Ref Topic]
                  PolicyDocument:
                    Statement:
                      - {Sid: Publish, Effect: Allow, Principal: {Service: events.amazonaws.com}, Action: sns:Publish, Resource: !Ref Topic}
                      - {Sid: Publish, Effect: Allow, Principal: {Service: s3.amazonaws.com}, Action: sns:Publish, Resource: !Ref Topic}
            """
        #expect(try Self.errors(yaml) == [])
        #expect(try Self.findings(yaml) == ["W9510 Resources.Policy.Properties.PolicyDocument.Statement.1.Sid"])
    }

    @Test func loopsInOutputsExpandInEveryForm() throws {
        let yaml = """
            Transform: AWS::LanguageExtensions
            Resources:
              Fn::ForEach::Buckets:
                - Name
                - [A, B]
                - ${Name}Bucket:
                    Type: AWS::S3::Bucket
            Outputs:
              Fn::ForEach::Arns:
                - Name
                - [A, B]
                - ${Name}Arn:
                    Value: !GetAtt [!Sub '${Name}Bucket', Arn]
              Fn::ForEach::Outer:
                - Name
                - [A, B]
                - Fn::ForEach::Inner:
                  - Kind
                  - [Domain, Url]
                  - ${Name}${Kind}:
                      Value: !GetAtt [!Sub '${Name}Bucket', !Sub 'Regional${Kind}Name']
            """
        #expect(try Self.errors(yaml.replacingOccurrences(of: "!Sub 'Regional${Kind}Name'", with: "DomainName")) == [])
        #expect(try Self.errors(yaml.replacingOccurrences(of: "${Name}Bucket', !Sub", with: "${Name}Bucketz', !Sub")).contains { $0.hasPrefix("E1010 Outputs.AUrl") || $0.hasPrefix("E1010 Outputs.ADomain") })
    }

    @Test func aSAMResourceMayCarryADescription() throws {
        let yaml = TemplateDialectTests.samFunction.replacingOccurrences(of: "    Type: AWS::Serverless::Function\n", with: "    Type: AWS::Serverless::Function\n    Description: the function\n")
        #expect(try Self.findings(yaml) == [])
        #expect(try Self.findings(yaml.replacingOccurrences(of: "Description:", with: "Descripton:")) == ["W9038 Resources.Fn.Descripton"])
        let plain = "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Description: a bucket\n"
        #expect(try Self.errors(plain) == ["E1001 Resources.B.Description"])
    }

    @Test func aReadOnlyPropertyMayBeWritten() throws {
        let yaml = """
            Resources:
              Endpoint:
                Type: AWS::SageMaker::Endpoint
                Properties:
                  EndpointName: api-endpoint
                  EndpointConfigName: config
            """
        #expect(try Self.errors(yaml) == [])
        #expect(try Self.errors(yaml.replacingOccurrences(of: "EndpointName:", with: "EndpointNme:")) == ["E3002 Resources.Endpoint.Properties.EndpointNme"])
    }

    @Test func listCountsSeeOnlyTheElementsThatExist() throws {
        let yaml = """
            Conditions:
              Two: !Equals [!Ref AWS::Region, us-east-1]
            Resources:
              Group:
                Type: AWS::RDS::DBSubnetGroup
                Properties:
                  DBSubnetGroupDescription: d
                  SubnetIds:
                    - subnet-12345678
                    - !If [Two, subnet-87654321, !Ref AWS::NoValue]
            """
        #expect(try Self.errors(yaml) == [])
    }
}

/// The same classes written in Swift: a template compiles with no error.
@Suite struct IntrinsicViewDSLTests {
    @Test func aConditionalStatementAndATextPolicyCompileFromSwift() throws {
        let hasExtra = Condition("HasExtra", Fn.equals(Ref("Env"), "production"))
        let template = Template("t", description: "conditional and text policies") {
            Parameter("Env", type: .string, default: "test")
            hasExtra
            Resource("Bucket", type: "AWS::S3::Bucket")
            Resource("Role", type: "AWS::IAM::Role") {
                Property("AssumeRolePolicyDocument", [
                    "Version": "2012-10-17",
                    "Statement": [["Effect": "Allow", "Principal": ["Service": "lambda.amazonaws.com"], "Action": "sts:AssumeRole"]],
                ])
                Property("Policies", [
                    [
                        "PolicyName": "extra",
                        "PolicyDocument": [
                            "Version": "2012-10-17",
                            "Statement": [
                                Fn.if(hasExtra, ["Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"], AWS.noValue),
                                ["Effect": "Allow", "Action": "s3:ListBucket", "Resource": Fn.getAtt("Bucket", "Arn")],
                            ],
                        ],
                    ],
                    [
                        "PolicyName": "text",
                        "PolicyDocument": Fn.sub(#"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::${Bucket}/*"}]}"#),
                    ],
                ])
            }
        }
        // Compiling throws on any error; the warnings are only the unused parameter's kind.
        let compiled = try Compiler.compile(template)
        #expect(compiled.warnings.filter { $0.rule.id.hasPrefix("E") }.isEmpty)
        #expect(compiled.tree["Resources"]?.objectValue?["Role"] != nil)
    }
}
