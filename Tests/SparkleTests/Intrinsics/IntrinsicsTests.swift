import Sparkle
import Testing

/// Each intrinsic helper produces exactly the JSON CloudFormation documents.
@Suite struct IntrinsicsTests {
    static let cases: [(Value, String)] = [
        (Ref("Name"), #"{"Ref":"Name"}"#),
        (AWS.region, #"{"Ref":"AWS::Region"}"#),
        (AWS.accountId, #"{"Ref":"AWS::AccountId"}"#),
        (AWS.stackName, #"{"Ref":"AWS::StackName"}"#),
        (AWS.stackId, #"{"Ref":"AWS::StackId"}"#),
        (AWS.partition, #"{"Ref":"AWS::Partition"}"#),
        (AWS.urlSuffix, #"{"Ref":"AWS::URLSuffix"}"#),
        (AWS.noValue, #"{"Ref":"AWS::NoValue"}"#),
        (AWS.notificationARNs, #"{"Ref":"AWS::NotificationARNs"}"#),
        (Fn.getAtt("Web", "PublicIp"), #"{"Fn::GetAtt":["Web","PublicIp"]}"#),
        (Fn.getAtt("Web", Ref("Attr")), #"{"Fn::GetAtt":["Web",{"Ref":"Attr"}]}"#),
        (Fn.join(",", ["a", Ref("B")]), #"{"Fn::Join":[",",["a",{"Ref":"B"}]]}"#),
        (Fn.join(",", list: Ref("List")), #"{"Fn::Join":[",",{"Ref":"List"}]}"#),
        (Fn.sub("arn:${AWS::Partition}:s3:::x"), #"{"Fn::Sub":"arn:${AWS::Partition}:s3:::x"}"#),
        (Fn.sub("${A}-${B}", ["A": "a", "B": Ref("X")]), #"{"Fn::Sub":["${A}-${B}",{"A":"a","B":{"Ref":"X"}}]}"#),
        (Fn.select(1, Fn.getAZs()), #"{"Fn::Select":[1,{"Fn::GetAZs":""}]}"#),
        (Fn.select(Ref("I"), Ref("L")), #"{"Fn::Select":[{"Ref":"I"},{"Ref":"L"}]}"#),
        (Fn.split(",", Ref("S")), #"{"Fn::Split":[",",{"Ref":"S"}]}"#),
        (Fn.findInMap("M", AWS.region, "Ami"), #"{"Fn::FindInMap":["M",{"Ref":"AWS::Region"},"Ami"]}"#),
        (Fn.findInMap("M", "a", "b", default: "c"), #"{"Fn::FindInMap":["M","a","b",{"DefaultValue":"c"}]}"#),
        (Fn.base64("#!/bin/bash"), ##"{"Fn::Base64":"#!/bin/bash"}"##),
        (Fn.cidr("10.0.0.0/16", count: 6, cidrBits: 8), #"{"Fn::Cidr":["10.0.0.0/16",6,8]}"#),
        (Fn.getAZs(AWS.region), #"{"Fn::GetAZs":{"Ref":"AWS::Region"}}"#),
        (Fn.importValue(Fn.sub("${Net}-VpcId")), #"{"Fn::ImportValue":{"Fn::Sub":"${Net}-VpcId"}}"#),
        (
            Fn.getStackOutput(stackName: "net", outputName: "VpcId", region: "us-east-1"),
            #"{"Fn::GetStackOutput":{"StackName":"net","Region":"us-east-1","OutputName":"VpcId"}}"#
        ),
        (
            Fn.transform("AWS::Include", parameters: ["Location": "s3://b/k"]),
            #"{"Fn::Transform":{"Name":"AWS::Include","Parameters":{"Location":"s3://b/k"}}}"#
        ),
        (Fn.if(ConditionName("IsProd"), 3, AWS.noValue), #"{"Fn::If":["IsProd",3,{"Ref":"AWS::NoValue"}]}"#),
        (Fn.length(Ref("L")), #"{"Fn::Length":{"Ref":"L"}}"#),
        (Fn.toJsonString(["a": 1]), #"{"Fn::ToJsonString":{"a":1}}"#),
        (Fn.refAll("AWS::EC2::VPC::Id"), #"{"Fn::RefAll":"AWS::EC2::VPC::Id"}"#),
        (Fn.valueOf("Subnet", "VpcId"), #"{"Fn::ValueOf":["Subnet","VpcId"]}"#),
        (Fn.valueOfAll("AWS::EC2::VPC::Id", "Tags"), #"{"Fn::ValueOfAll":["AWS::EC2::VPC::Id","Tags"]}"#),
    ]

    @Test(arguments: cases)
    func valueFunction(_ value: Value, _ json: String) {
        #expect(JSONEmitter.string(value, style: .minified) == json)
    }

    static let conditionCases: [(ConditionExpression, String)] = [
        (Fn.equals(Ref("Env"), "prod"), #"{"Fn::Equals":[{"Ref":"Env"},"prod"]}"#),
        (
            Fn.and(Fn.equals("a", "a"), Fn.condition(ConditionName("C"))),
            #"{"Fn::And":[{"Fn::Equals":["a","a"]},{"Condition":"C"}]}"#
        ),
        (Fn.or(Fn.equals("a", "b"), Fn.equals("c", "c")), #"{"Fn::Or":[{"Fn::Equals":["a","b"]},{"Fn::Equals":["c","c"]}]}"#),
        (Fn.not(Fn.equals("a", "b")), #"{"Fn::Not":[{"Fn::Equals":["a","b"]}]}"#),
        (Fn.contains(["a", "b"], Ref("P")), #"{"Fn::Contains":[["a","b"],{"Ref":"P"}]}"#),
        (Fn.eachMemberEquals(Ref("L"), "x"), #"{"Fn::EachMemberEquals":[{"Ref":"L"},"x"]}"#),
        (Fn.eachMemberIn(Ref("L"), ["x"]), #"{"Fn::EachMemberIn":[{"Ref":"L"},["x"]]}"#),
    ]

    @Test(arguments: conditionCases)
    func conditionFunction(_ expression: ConditionExpression, _ json: String) {
        #expect(JSONEmitter.string(expression.value, style: .minified) == json)
    }

    @Test func subInterpolationWritesReferencesAndVariables() {
        let bucket = ResourceName("Bucket")
        let value = Fn.sub("arn:\(AWS.partition):s3:::\(bucket.ref)/\(Fn.getAtt("Role", "Arn"))/\(Fn.select(0, Ref("L")))")
        #expect(
            JSONEmitter.string(value, style: .minified)
                == #"{"Fn::Sub":["arn:${AWS::Partition}:s3:::${Bucket}/${Role.Arn}/${Var1}",{"Var1":{"Fn::Select":[0,{"Ref":"L"}]}}]}"#
        )
    }

    @Test func subLiteralEscapesVariableSyntax() {
        let value = Fn.sub("arn:aws:s3:::bucket/\(literal: "aws:PrincipalTag/s3_home")/*")
        #expect(JSONEmitter.string(value, style: .minified) == #"{"Fn::Sub":"arn:aws:s3:::bucket/${!aws:PrincipalTag/s3_home}/*"}"#)
        #expect(Validator.subVariables("a${!aws:x}b${Real}${AWS::Region}") == ["Real", "AWS::Region"])
    }

    @Test func typedHandlesProduceReferences() {
        let parameter = Parameter("AmiId", type: .imageId)
        let resource = Resource("Web", type: "AWS::EC2::Instance")
        #expect(parameter.ref == Ref("AmiId"))
        #expect(resource.ref == Ref("Web"))
        #expect(resource.getAtt("PrivateIp") == Fn.getAtt("Web", "PrivateIp"))
        let condition = Condition("IsProd", Fn.equals(Ref("Env"), "prod"))
        #expect(Fn.if(condition, "a", "b") == Fn.if(ConditionName("IsProd"), "a", "b"))
        #expect(Mapping("M", ["k": ["v": 1]]).find("k", "v") == Fn.findInMap("M", "k", "v"))
    }
}
