// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsS3ObjectLambdaTemplateYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        s3Bucket
        s3BucketPolicy
        s3AccessPoint
        s3ObjectLambdaAccessPoint
        resizeFunction
    }

    static var s3Bucket: Resource {
        Resource("S3Bucket", type: "AWS::S3::Bucket") {
            Property("BucketEncryption", [
                "ServerSideEncryptionConfiguration": [
                    ["ServerSideEncryptionByDefault": ["SSEAlgorithm": "AES256"]],
                ],
            ])
            Property("PublicAccessBlockConfiguration", [
                "BlockPublicAcls": true,
                "BlockPublicPolicy": true,
                "IgnorePublicAcls": true,
                "RestrictPublicBuckets": true,
            ])
            Property("VersioningConfiguration", ["Status": "Enabled"])
        }
    }

    static var s3BucketPolicy: Resource {
        Resource("S3BucketPolicy", type: "AWS::S3::BucketPolicy") {
            Property("Bucket", s3Bucket.ref)
            Property("PolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Action": "*",
                        "Effect": "Allow",
                        "Resource": [
                            s3Bucket.getAtt("Arn"),
                            Fn.sub("${varS3BucketArn}/*", ["varS3BucketArn": s3Bucket.getAtt("Arn")]),
                        ],
                        "Principal": ["AWS": "*"],
                        "Condition": ["StringEquals": ["s3:DataAccessPointAccount": Fn.sub("\(AWS.accountId)")]],
                    ],
                ],
            ])
        }
    }

    static var s3AccessPoint: Resource {
        Resource("S3AccessPoint", type: "AWS::S3::AccessPoint") {
            Property("Bucket", s3Bucket.ref)
            Property("Name", "resize-ap")
        }
    }

    static var s3ObjectLambdaAccessPoint: Resource {
        Resource("S3ObjectLambdaAccessPoint", type: "AWS::S3ObjectLambda::AccessPoint") {
            Property("Name", "resize-olap")
            Property("ObjectLambdaConfiguration", [
                "SupportingAccessPoint": Fn.sub("arn:aws:s3:\(AWS.region):\(AWS.accountId):accesspoint/\(s3AccessPoint.ref)"),
                "TransformationConfigurations": [
                    [
                        "Actions": ["GetObject"],
                        "ContentTransformation": [
                            "AwsLambda": [
                                "FunctionArn": resizeFunction.getAtt("Arn"),
                                "FunctionPayload": "test-payload",
                            ],
                        ],
                    ],
                ],
            ])
        }
    }

    static var resizeFunction: Resource {
        Resource("ResizeFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "src/")
            Property("Handler", "app.handler")
            Property("Runtime", "nodejs24.x")
            Property("MemorySize", 2048)
            Property("Policies", [
                ["S3CrudPolicy": ["BucketName": s3Bucket.ref]],
                [
                    "Statement": [
                        [
                            "Effect": "Allow",
                            "Action": "s3-object-lambda:WriteGetObjectResponse",
                            "Resource": "*",
                        ],
                    ],
                ],
            ])
        }
    }
}
