import Sparkle
import Testing

// Built-in dynamics: one per resource type of the bundled schemas, named and matched as
// SparkleFormation names and matches them.

@Suite struct BuiltinTests {
    @Test func aBuiltinDeclaresNamePlusTypeSuffixWithItsType() throws {
        let template = Template("t", description: "d") {
            Builtin.ec2Instance("Web", ["InstanceType": "t3.micro", "ImageId": "ami-0abc"])
            Builtin.ec2VpcGatewayAttachment("Main") {
                Property("VpcId", "vpc-0123abcd")
                Property("InternetGatewayId", "igw-0123abcd")
            }
        }
        let resources = try #require(try Compiler.compile(template).tree["Resources"]?.objectValue)
        #expect(Array(resources.keys) == ["WebEc2Instance", "MainEc2VpcGatewayAttachment"])
        let web = try #require(resources["WebEc2Instance"]?.objectValue)
        #expect(web["Type"] == "AWS::EC2::Instance")
        // Config keys land in the schema's order, not the order written.
        #expect(web["Properties"]?.objectValue.map { Array($0.keys) } == ["ImageId", "InstanceType"])
        #expect(resources["MainEc2VpcGatewayAttachment"]?.objectValue?["Type"] == "AWS::EC2::VPCGatewayAttachment")
    }

    @Test func theSchemasOwnOrderIsKeptWhereItIsNotAlphabetical() throws {
        // The SAM types are the ones whose schema is not in alphabetical order.
        let order = try #require(ResourceSchemas.bundled.schema(for: "AWS::Serverless::Function")?.propertyOrder)
        #expect(order != order.sorted())
        let written = order.reversed().map { ($0, Value.string("x")) }
        var object = Object()
        for (key, value) in written { object[key] = value }
        let properties = object
        let template = Template("t", description: "d") {
            Builtin.serverlessFunction("Www") { Properties(properties) }
        }
        let built = try #require(Compiler.check(template).tree["Resources"]?.objectValue?["WwwServerlessFunction"]?.objectValue)
        #expect(built["Properties"]?.objectValue.map { Array($0.keys) } == order)
    }

    @Test func theBodyWinsOverTheConfigAndAttributesReadAsOnAnyResource() throws {
        let gateway = Builtin.ec2InternetGateway("Main")
        let template = Template("t", description: "d") {
            gateway
            Builtin.s3Bucket("Logs", ["BucketName": "from-config"]) { Property("BucketName", "from-body") }
                .dependsOn(gateway)
                .deletionPolicy(.retain)
        }
        let logs = try #require(try Compiler.compile(template).tree["Resources"]?.objectValue?["LogsS3Bucket"]?.objectValue)
        #expect(logs["Properties"] == ["BucketName": "from-body"])
        #expect(logs["DependsOn"] == "MainEc2InternetGateway")
        #expect(logs["DeletionPolicy"] == "Retain")
        #expect(gateway.logicalID == "MainEc2InternetGateway")
        #expect(gateway.ref == Ref("MainEc2InternetGateway"))
    }

    @Test func theSuffixIsAnOption() throws {
        let template = Template("t", description: "d") {
            Builtin.s3Bucket("Logs", suffix: "Store")
            Builtin.sqsQueue("Jobs", suffix: "")
        }
        let resources = try #require(try Compiler.compile(template).tree["Resources"]?.objectValue)
        #expect(Array(resources.keys) == ["LogsStore", "Jobs"])
    }

    @Test func aNameGivenAtRunTimeMatchesAsSparkleFormationMatches() throws {
        #expect(Builtin(named: "ec2_instance").typeName == "AWS::EC2::Instance")
        #expect(Builtin(named: "AWS::EC2::Instance").name == "ec2_instance")
        // Case and underscores do not matter, and the trailing parts of the type name are enough.
        #expect(Builtin(named: "EC2Instance").typeName == "AWS::EC2::Instance")
        #expect(Builtin(named: "vpc_gateway_attachment").typeName == "AWS::EC2::VPCGatewayAttachment")
        // The logical ID follows the name as written, as SparkleFormation's does.
        let template = Template("t", description: "d") { Builtin(named: "vpc_gateway_attachment")("Main") }
        let resources = try #require(Compiler.check(template).tree["Resources"]?.objectValue)
        #expect(Array(resources.keys) == ["MainVpcGatewayAttachment"])
    }

    @Test func aShortNameOfSeveralTypesIsAnErrorListingThem() throws {
        let template = Template("t", description: "d") {
            Builtin(named: "instance")("Web")
            Builtin.sqsQueue("Jobs")
        }
        let messages = failures(template)
        let message = try #require(messages.first?.message)
        // The one error, without a second about a resource with no Type.
        #expect(messages.map(\.rule.id) == ["E9016"], "\(messages)")
        #expect(message.hasPrefix("built-in name 'instance' matches "))
        #expect(message.contains("ec2_instance (AWS::EC2::Instance)"))
        #expect(message.contains("ops_works_instance (AWS::OpsWorks::Instance)"))
        #expect(messages.first?.location?.file.hasSuffix("BuiltinTests.swift") == true)
    }

    @Test func anUnknownNameIsAnErrorWithTheClosestName() {
        let misspelt = failures(Template("t", description: "d") { Builtin(named: "ec2_instanse")("Web") })
        #expect(misspelt.contains { $0.rule.id == "E9016" && $0.message == "no built-in dynamic is named 'ec2_instanse'; did you mean 'ec2_instance'?" })
        let type = failures(Template("t", description: "d") { Builtin(named: "AWS::EC2::Instanse")("Web") })
        #expect(type.contains { $0.rule.id == "E9016" && $0.message == "no resource type is named 'AWS::EC2::Instanse'; did you mean 'AWS::EC2::Instance'?" })
    }

    @Test func anUnknownConfigKeyIsAnErrorWithDidYouMeanNotADrop() throws {
        let template = Template("t", description: "d") {
            Builtin.ec2Instance("Web", ["ImageId": "ami-0abc", "image_type": "t3.micro", "InstanceTyp": "t3.micro"])
        }
        let unknown = failures(template).filter { $0.rule.id == "E3002" }
        #expect(unknown.count == 2)
        #expect(unknown.contains { $0.message.hasSuffix("has no property 'InstanceTyp'; did you mean 'InstanceType'?") })
        #expect(unknown.contains { $0.message.contains("'image_type'") })
        // The key is written, so that `--ignore E3002` (a property newer than the schemas) keeps it.
        let tree = Compiler.check(template).tree
        #expect(tree["Resources"]?.objectValue?["WebEc2Instance"]?.objectValue?["Properties"]?.objectValue?["InstanceTyp"] == "t3.micro")
    }

    @Test func everyTypeHasOneMemberWithTheDataSetsName() throws {
        // The generated members and the data set come from one run of Scripts/generate_schemas.py;
        // this keeps them from drifting apart.
        let names = ResourceSchemas.bundled.builtinNames
        #expect(names.count == ResourceSchemas.bundled.typeNames.count)
        #expect(Set(names.values) == Set(ResourceSchemas.bundled.typeNames))
        #expect(Builtin.lambdaFunction.name == "lambda_function")
        #expect(Builtin.lambdaFunction.logicalIDSuffix == "LambdaFunction")
        #expect(names["elastic_load_balancing_v2_load_balancer"] == "AWS::ElasticLoadBalancingV2::LoadBalancer")
        #expect(names["serverless_function"] == "AWS::Serverless::Function")
    }
}
