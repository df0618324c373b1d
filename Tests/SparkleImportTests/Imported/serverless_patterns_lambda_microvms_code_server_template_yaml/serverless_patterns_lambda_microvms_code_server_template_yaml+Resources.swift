// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsLambdaMicrovmsCodeServerTemplateYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        microVMBuildRole
        microVMExecutionRole
        microVMImage
    }

    static var microVMBuildRole: Resource {
        Resource("MicroVMBuildRole", type: "AWS::IAM::Role") {
            Property("RoleName", Fn.sub("${ImageName}-build-role"))
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Principal": ["Service": "lambda.amazonaws.com"],
                        "Action": ["sts:AssumeRole", "sts:TagSession"],
                    ],
                ],
            ])
            Property("ManagedPolicyArns", [
                "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
                "arn:aws:iam::aws:policy/CloudWatchLogsFullAccess",
            ])
        }
    }

    static var microVMExecutionRole: Resource {
        Resource("MicroVMExecutionRole", type: "AWS::IAM::Role") {
            Property("RoleName", Fn.sub("${ImageName}-execution-role"))
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Principal": ["Service": "lambda.amazonaws.com"],
                        "Action": ["sts:AssumeRole", "sts:TagSession"],
                    ],
                ],
            ])
            Property("ManagedPolicyArns", ["arn:aws:iam::aws:policy/CloudWatchLogsFullAccess"])
        }
    }

    static var microVMImage: Resource {
        Resource("MicroVMImage", type: "AWS::Lambda::MicrovmImage") {
            Property("Name", Ref("ImageName"))
            Property("BaseImageArn", Fn.sub("arn:aws:lambda:\(AWS.region):aws:microvm-image:al2023-1"))
            Property("BaseImageVersion", "0")
            Property("BuildRoleArn", microVMBuildRole.getAtt("Arn"))
            Property("CodeArtifact", ["Uri": Fn.sub("s3://${S3Bucket}/${S3Key}")])
            Property("CpuConfigurations", [["Architecture": "ARM_64"]])
            Property("AdditionalOsCapabilities", ["ALL"])
            Property("Description", "VS Code Server (code-server) in a Lambda MicroVM")
            Property("EgressNetworkConnectors", [])
            Property("EnvironmentVariables", [])
            Property("Hooks", [
                "Port": 9000,
                "MicrovmImageHooks": ["Ready": "ENABLED", "ReadyTimeoutInSeconds": 300],
                "MicrovmHooks": [
                    "Run": "ENABLED",
                    "RunTimeoutInSeconds": 5,
                    "Resume": "ENABLED",
                    "ResumeTimeoutInSeconds": 5,
                    "Suspend": "ENABLED",
                    "SuspendTimeoutInSeconds": 5,
                    "Terminate": "ENABLED",
                    "TerminateTimeoutInSeconds": 5,
                ],
            ])
            Property("Logging", [
                "CloudWatch": ["LogGroup": Fn.sub("/aws/lambda-microvms/${ImageName}")],
            ])
            Property("Resources", [["MinimumMemoryInMiB": 1024]])
        }
            .dependsOn(microVMBuildRole, microVMExecutionRole)
    }
}
