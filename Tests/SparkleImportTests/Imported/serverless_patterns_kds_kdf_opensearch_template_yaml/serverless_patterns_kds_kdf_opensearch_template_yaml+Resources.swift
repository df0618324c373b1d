// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsKdsKdfOpensearchTemplateYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        myKDS
        myKDFRole
        myKDFS3Bucket
        myKDF
        myOpenSearchCollection
        encryptionPolicy
        securityPolicy
        openSearchAccessPolicyForAdmin
        openSearchAccessPolicyForKDF
    }

    static var myKDS: Resource {
        Resource("MyKDS", type: "AWS::Kinesis::Stream") {
            Property("ShardCount", 2)
        }
    }

    static var myKDFRole: Resource {
        Resource("MyKDFRole", type: "AWS::IAM::Role") {
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Principal": ["Service": "firehose.amazonaws.com"],
                        "Action": "sts:AssumeRole",
                    ],
                ],
            ])
            Property("ManagedPolicyArns", [
                "arn:aws:iam::aws:policy/AmazonOpenSearchServiceFullAccess",
                "arn:aws:iam::aws:policy/AmazonOpenSearchIngestionFullAccess",
                "arn:aws:iam::aws:policy/AmazonS3FullAccess",
            ])
            Property("Policies", [
                [
                    "PolicyName": "MyKDFPolicy",
                    "PolicyDocument": [
                        "Version": "2012-10-17",
                        "Statement": [
                            [
                                "Effect": "Allow",
                                "Action": [
                                    "firehose:CreateDeliveryStream",
                                    "firehose:DeleteDeliveryStream",
                                    "firehose:DescribeDeliveryStream",
                                    "firehose:PutRecord",
                                    "firehose:PutRecords",
                                    "firehose:PutRecordBatch",
                                    "firehose:UpdateDestination",
                                ],
                                "Resource": [myKDS.getAtt("Arn")],
                            ],
                            [
                                "Effect": "Allow",
                                "Action": [
                                    "kinesis:GetRecords",
                                    "kinesis:GetShardIterator",
                                    "kinesis:DescribeStream",
                                    "kinesis:DescribeStreamSummary",
                                    "kinesis:DescribeStreamConsumer",
                                    "kinesis:SubscribeToShard",
                                    "kinesis:RegisterStreamConsumer",
                                    "aoss:GetAccessPolicy",
                                    "aoss:CreateAccessPolicy",
                                    "aoss:UpdateSecurityConfig",
                                    "aoss:UpdateVpcEndpoint",
                                    "aoss:UpdateSecurityPolicy",
                                    "aoss:ListAccessPolicies",
                                    "aoss:ListSecurityPolicies",
                                    "aoss:UpdateAccessPolicy",
                                    "aoss:DeleteSecurityPolicy",
                                    "aoss:UntagResource",
                                    "aoss:GetSecurityPolicy",
                                    "aoss:ListTagsForResource",
                                    "aoss:BatchGetCollection",
                                    "aoss:ListSecurityConfigs",
                                    "aoss:CreateSecurityConfig",
                                    "aoss:CreateSecurityPolicy",
                                    "aoss:TagResource",
                                    "aoss:DeleteVpcEndpoint",
                                    "aoss:BatchGetVpcEndpoint",
                                    "aoss:GetPoliciesStats",
                                    "aoss:ListVpcEndpoints",
                                    "aoss:UpdateAccountSettings",
                                    "aoss:GetAccountSettings",
                                    "aoss:GetSecurityConfig",
                                    "aoss:CreateVpcEndpoint",
                                    "aoss:DeleteSecurityConfig",
                                    "aoss:ListCollections",
                                    "aoss:DeleteAccessPolicy",
                                    "aoss:CreateCollection",
                                    "aoss:APIAccessAll",
                                    "aoss:DashboardsAccessAll",
                                ],
                                "Resource": ["*"],
                            ],
                            [
                                "Effect": "Allow",
                                "Action": [
                                    "s3:GetObject",
                                    "s3:ListBucket",
                                    "s3:GetObjectVersion",
                                    "s3:PutObject",
                                    "s3:PutObjectAcl",
                                ],
                                "Resource": [Fn.sub("arn:aws:s3:::\(myKDFS3Bucket.ref)/*")],
                            ],
                        ],
                    ],
                ],
            ])
        }
    }

    static var myKDFS3Bucket: Resource {
        Resource("MyKDFS3Bucket", type: "AWS::S3::Bucket")
    }

    static var myKDF: Resource {
        Resource("MyKDF", type: "AWS::KinesisFirehose::DeliveryStream") {
            Property("DeliveryStreamName", "MyDeliveryStream")
            Property("DeliveryStreamType", "KinesisStreamAsSource")
            Property("KinesisStreamSourceConfiguration", [
                "KinesisStreamARN": myKDS.getAtt("Arn"),
                "RoleARN": myKDFRole.getAtt("Arn"),
            ])
            Property("AmazonOpenSearchServerlessDestinationConfiguration", [
                "CollectionEndpoint": myOpenSearchCollection.getAtt("CollectionEndpoint"),
                "IndexName": "my-index",
                "RoleARN": myKDFRole.getAtt("Arn"),
                "S3Configuration": [
                    "BucketARN": myKDFS3Bucket.getAtt("Arn"),
                    "Prefix": "kdf/",
                    "RoleARN": myKDFRole.getAtt("Arn"),
                    "BufferingHints": ["IntervalInSeconds": 60, "SizeInMBs": 1],
                    "ErrorOutputPrefix": "error/",
                    "CompressionFormat": "UNCOMPRESSED",
                ],
            ])
        }
    }

    static var myOpenSearchCollection: Resource {
        Resource("MyOpenSearchCollection", type: "AWS::OpenSearchServerless::Collection") {
            Property("Name", "my-collection")
            Property("Type", "SEARCH")
            Property("Description", "Search collection")
        }
            .dependsOn(encryptionPolicy, securityPolicy)
    }

    static var encryptionPolicy: Resource {
        Resource("EncryptionPolicy", type: "AWS::OpenSearchServerless::SecurityPolicy") {
            Property("Name", "my-encryption-policy")
            Property("Type", "encryption")
            Property("Description", "Encryption policy for my-collection")
            Property("Policy", "{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"collection/my-collection\"]}],\"AWSOwnedKey\":true}")
        }
    }

    static var securityPolicy: Resource {
        Resource("SecurityPolicy", type: "AWS::OpenSearchServerless::SecurityPolicy") {
            Property("Name", "network-policy")
            Property("Type", "network")
            Property("Description", "Network policy for my-collection")
            Property("Policy", "[{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"collection/my-collection\"]}, {\"ResourceType\":\"dashboard\",\"Resource\":[\"collection/my-collection\"]}],\"AllowFromPublic\":true}]")
        }
    }

    static var openSearchAccessPolicyForAdmin: Resource {
        Resource("OpenSearchAccessPolicyForAdmin", type: "AWS::OpenSearchServerless::AccessPolicy") {
            Property("Name", "os-access-policy-admin")
            Property("Type", "data")
            Property("Description", "Access policy for my-collection")
            Property("Policy", Fn.sub("[{\"Description\":\"Access for Admin\",\"Rules\":[{\"ResourceType\":\"index\",\"Resource\":[\"index/my-collection/my-index\"],\"Permission\":[\"aoss:*\"]}, {\"ResourceType\":\"collection\",\"Resource\":[\"collection/my-collection\"],\"Permission\":[\"aoss:*\"]}], \"Principal\":[\"${AdminUserArn}\"]}]"))
        }
    }

    static var openSearchAccessPolicyForKDF: Resource {
        Resource("OpenSearchAccessPolicyForKDF", type: "AWS::OpenSearchServerless::AccessPolicy") {
            Property("Name", "os-access-policy-kinesis")
            Property("Type", "data")
            Property("Description", "Access policy for my-collection")
            Property("Policy", Fn.sub("[{\"Description\":\"Access for Kinesis\",\"Rules\":[{\"ResourceType\":\"index\",\"Resource\":[\"index/my-collection/my-index\"],\"Permission\":[\"aoss:*\"]}, {\"ResourceType\":\"collection\",\"Resource\":[\"collection/my-collection\"],\"Permission\":[\"aoss:*\"]}], \"Principal\":[\"\(myKDFRole.getAtt("Arn"))\"]}]"))
        }
    }
}
