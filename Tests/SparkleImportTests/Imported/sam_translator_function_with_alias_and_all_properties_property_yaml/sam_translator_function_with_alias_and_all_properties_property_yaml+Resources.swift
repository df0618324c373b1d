// Imported from function_with_alias_and_all_properties_property.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorFunctionWithAliasAndAllPropertiesPropertyYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        minimalFunction
        otherMinimalFunction
        hashNoChangeFunction
        hashChangeFunction
        accessPoint
        efsFileSystem
    }

    static var minimalFunction: Resource {
        Resource("MinimalFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/hello.zip")
            Property("Handler", "hello.handler")
            Property("Runtime", "python2.7")
            Property("AutoPublishAlias", "live")
            Property("AutoPublishAliasAllProperties", true)
            Property("VersionDescription", "sam-testing")
        }
    }

    static var otherMinimalFunction: Resource {
        Resource("OtherMinimalFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/hello.zip")
            Property("Handler", "hello.handler")
            Property("Runtime", "python2.7")
            Property("AutoPublishAlias", "live")
            Property("AutoPublishAliasAllProperties", false)
            Property("VersionDescription", "sam-testing")
        }
    }

    static var hashNoChangeFunction: Resource {
        Resource("HashNoChangeFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/hello.zip")
            Property("Handler", "hello.handler")
            Property("Runtime", "python2.7")
            Property("AutoPublishAlias", "live")
            Property("VersionDescription", "sam-testing")
            Property("Timeout", 1)
            Property("VpcConfig", [
                "SecurityGroupIds": ["sg-085912345678492fb"],
                "SubnetIds": ["subnet-071f712345678e7c8"],
            ])
            Property("ReservedConcurrentExecutions", 100)
            Property("Layers", [
                Fn.sub("arn:\(AWS.partition):lambda:\(AWS.region):\(AWS.accountId):layer:MyLayer:1"),
            ])
            Property("PackageType", "Zip")
            Property("Architectures", ["x86_64"])
            Property("EphemeralStorage", ["Size": 1024])
            Property("Role", Fn.sub("arn:\(AWS.partition):iam::\(AWS.accountId):role/role1"))
            Property("KmsKeyArn", Fn.sub("arn:\(AWS.partition):kms:us-east-1:123456789012:key/my-key"))
            Property("FileSystemConfigs", [
                ["Arn": accessPoint.getAtt("Arn"), "LocalMountPath": "/mnt/EFS"],
            ])
        }
    }

    static var hashChangeFunction: Resource {
        Resource("HashChangeFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/hello.zip")
            Property("Handler", "hello.handler")
            Property("Runtime", "python2.7")
            Property("AutoPublishAlias", "live")
            Property("AutoPublishAliasAllProperties", true)
            Property("VersionDescription", "sam-testing")
            Property("Timeout", 1)
            Property("VpcConfig", [
                "SecurityGroupIds": ["sg-085912345678492fb"],
                "SubnetIds": ["subnet-071f712345678e7c8"],
            ])
            Property("ReservedConcurrentExecutions", 100)
            Property("Layers", [
                Fn.sub("arn:\(AWS.partition):lambda:\(AWS.region):\(AWS.accountId):layer:MyLayer:1"),
            ])
            Property("PackageType", "Zip")
            Property("Architectures", ["x86_64"])
            Property("EphemeralStorage", ["Size": 1024])
            Property("Role", Fn.sub("arn:\(AWS.partition):iam::\(AWS.accountId):role/role1"))
            Property("KmsKeyArn", Fn.sub("arn:\(AWS.partition):kms:us-east-1:123456789012:key/my-key"))
            Property("FileSystemConfigs", [
                ["Arn": accessPoint.getAtt("Arn"), "LocalMountPath": "/mnt/EFS"],
            ])
        }
    }

    static var accessPoint: Resource {
        Resource("AccessPoint", type: "AWS::EFS::AccessPoint") {
            Property("FileSystemId", efsFileSystem.ref)
        }
    }

    static var efsFileSystem: Resource {
        Resource("EfsFileSystem", type: "AWS::EFS::FileSystem")
    }
}
