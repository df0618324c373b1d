import Foundation
import Sparkle
import Testing

/// Schema checks, each case also run through the real cfn-lint: both must flag every broken
/// template, and neither may flag the clean one.
@Suite struct SchemaAgreementTests {
    static let broken: [(rule: String, message: String, template: Template)] = [
        ("E3006", "unknown resource type 'AWS::EC2::Instanse'; did you mean 'AWS::EC2::Instance'?", Template("t", description: "d") {
            Resource("Web", type: "AWS::EC2::Instanse") { Property("ImageId", "ami-12345678") }
        }),
        ("E3002", "has no property 'MultiAz'; did you mean 'MultiAZ'?", Template("t", description: "d") {
            Resource("Db", type: "AWS::RDS::DBInstance") {
                Property("DBInstanceClass", "db.t3.micro")
                Property("Engine", "postgres")
                Property("MultiAz", true)
            }
        }),
        ("E3003", "is missing required properties: GroupDescription", Template("t", description: "d") {
            Resource("Group", type: "AWS::EC2::SecurityGroup") { Property("VpcId", "vpc-12345678") }
        }),
        ("E3012", "VersioningConfiguration must be an object, not a string", Template("t", description: "d") {
            Resource("Bucket", type: "AWS::S3::Bucket") { Property("VersioningConfiguration", "Enabled") }
        }),
        ("E3012", "StorageEncrypted must be a boolean, not a string", Template("t", description: "d") {
            Resource("Db", type: "AWS::RDS::DBInstance") {
                Property("DBInstanceClass", "db.t3.micro")
                Property("Engine", "postgres")
                Property("StorageEncrypted", "yes")
            }
        }),
        ("E3030", "Platform 'WEBSITE' is not one of WEB, WEB_DYNAMIC, WEB_COMPUTE", Template("t", description: "d") {
            Resource("App", type: "AWS::Amplify::App") {
                Property("Name", "app")
                Property("Platform", "WEBSITE")
            }
        }),
        ("E9325", "has no attribute 'Arnn'; did you mean 'Arn'?", Template("t", description: "d") {
            Resource("Bucket", type: "AWS::S3::Bucket")
            Output("BucketArn", Fn.getAtt("Bucket", "Arnn"))
        }),
        ("E9325", "has no attribute 'DomainNam'; did you mean 'DomainName'?", Template("t", description: "d") {
            Resource("Bucket", type: "AWS::S3::Bucket")
            Output("Site", Fn.sub("https://${Bucket.DomainNam}/"))
        }),
    ]

    static let clean = Template("clean", description: "schema-valid, with intrinsics and custom resources") {
        Parameter("Versioning", type: .string, default: "Enabled", allowedValues: ["Enabled", "Suspended"])
        Resource("Vpc", type: "AWS::EC2::VPC") { Property("CidrBlock", "10.0.0.0/16") }
        Resource("Bucket", type: "AWS::S3::Bucket") {
            Property("VersioningConfiguration", ["Status": Ref("Versioning")])
            Property("ObjectLockEnabled", "false")
        }
        Resource("Lookup", type: "Custom::Lookup") {
            Property("ServiceToken", "arn:aws:lambda:us-east-1:123456789012:function:lookup")
            Property("Anything", ["Goes": 1])
        }
        Output("VpcCidr", Fn.getAtt("Vpc", "CidrBlock"))
        Output("BucketArn", Fn.getAtt("Bucket", "Arn"))
        Output("Site", Fn.sub("https://${Bucket.RegionalDomainName}/"))
        Output("Custom", Fn.getAtt("Lookup", "Whatever"))
    }

    @Test(arguments: broken.indices)
    func sparkleAndCfnLintBothFlagTheFault(_ index: Int) throws {
        let (rule, message, template) = Self.broken[index]
        let checked = Compiler.check(template, options: CompileOptions(environment: [:]))
        let (tree, diagnostics) = (checked.tree, checked.diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.rule.id) == [rule], "case \(index): \(errors)")
        #expect(errors.first?.message.contains(message) == true, "case \(index): \(errors.first?.message ?? "")")

        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("broken\(index).json")
        try Data(JSONEmitter.bytes(.object(tree))).write(to: file)
        #expect(try !cfnLintErrors([file.path]).isEmpty, "case \(index): cfn-lint finds no error")
    }

    @Test func neitherToolFlagsACleanTemplate() throws {
        let compiled = try Compiler.compile(Self.clean, options: CompileOptions(environment: [:]))
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("clean.json")
        try Data(compiled.json()).write(to: file)
        #expect(try cfnLintErrors([file.path]).isEmpty)
    }

    @Test func theBundledSchemasNameTheirSource() {
        #expect(ResourceSchemas.bundled.typeNames.count >= 1500)
        #expect(ResourceSchemas.bundled.source == "cfn-lint 1.51.0 (us-east-1)")
    }
}
