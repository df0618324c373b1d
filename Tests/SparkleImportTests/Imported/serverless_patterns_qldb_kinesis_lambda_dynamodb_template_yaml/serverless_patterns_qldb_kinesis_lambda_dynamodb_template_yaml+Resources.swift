// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsQldbKinesisLambdaDynamodbTemplateYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        qldbStreamsDynamoDBLambdaFunction
        personTable
        qldbDynamoDBKinesis
        qldbDynamoDBKinesisRole
        personQLDBStream
        streamsFailureQueue
        myEventSourceMapping
    }

    static var qldbStreamsDynamoDBLambdaFunction: Resource {
        Resource("QldbStreamsDynamoDBLambdaFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "src")
            Property("Handler", "qldb-streams-dynamodb.handler")
            Property("Runtime", "nodejs24.x")
            Property("MemorySize", 1024)
            Property("Policies", [
                "AWSLambdaBasicExecutionRole",
                [
                    "Version": "2012-10-17",
                    "Statement": [
                        [
                            "Effect": "Allow",
                            "Action": [
                                "kinesis:ListStreams",
                                "kinesis:DescribeStream",
                                "kinesis:GetRecords",
                                "kinesis:GetShardIterator",
                                "kinesis:PutRecord",
                            ],
                            "Resource": Fn.getAtt("QLDBDynamoDBKinesis", "Arn"),
                        ],
                        [
                            "Effect": "Allow",
                            "Action": [
                                "dynamodb:Query",
                                "dynamodb:Scan",
                                "dynamodb:GetItem",
                                "dynamodb:PutItem",
                                "dynamodb:UpdateItem",
                                "dynamodb:DeleteItem",
                            ],
                            "Resource": Fn.getAtt("PersonTable", "Arn"),
                        ],
                        [
                            "Effect": "Allow",
                            "Action": ["sqs:SendMessage"],
                            "Resource": Fn.getAtt("StreamsFailureQueue", "Arn"),
                        ],
                    ],
                ],
            ])
        }
    }

    static var personTable: Resource {
        Resource("PersonTable", type: "AWS::DynamoDB::Table") {
            Property("TableName", "qldb-person")
            Property("AttributeDefinitions", [["AttributeName": "pk", "AttributeType": "S"]])
            Property("KeySchema", [["AttributeName": "pk", "KeyType": "HASH"]])
            Property("BillingMode", "PAY_PER_REQUEST")
        }
            .deletionPolicy(.delete)
    }

    static var qldbDynamoDBKinesis: Resource {
        Resource("QLDBDynamoDBKinesis", type: "AWS::Kinesis::Stream") {
            Property("Name", "LicenceStreamKinesis")
            Property("RetentionPeriodHours", 168)
            Property("ShardCount", 1)
        }
    }

    static var qldbDynamoDBKinesisRole: Resource {
        Resource("QLDBDynamoDBKinesisRole", type: "AWS::IAM::Role") {
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Principal": ["Service": "qldb.amazonaws.com"],
                        "Action": "sts:AssumeRole",
                    ],
                ],
            ])
            Property("Policies", [
                [
                    "PolicyName": "QLDBDynamoDBKinesisPermissions",
                    "PolicyDocument": [
                        "Version": "2012-10-17",
                        "Statement": [
                            [
                                "Effect": "Allow",
                                "Action": ["kinesis:ListShards", "kinesis:DescribeStream", "kinesis:PutRecord*"],
                                "Resource": Fn.getAtt("QLDBDynamoDBKinesis", "Arn"),
                            ],
                        ],
                    ],
                ],
            ])
        }
    }

    static var personQLDBStream: Resource {
        Resource("PersonQLDBStream", type: "AWS::QLDB::Stream") {
            Property("InclusiveStartTime", "2020-05-29T00:00:00Z")
            Property("KinesisConfiguration", [
                "AggregationEnabled": true,
                "StreamArn": Fn.getAtt("QLDBDynamoDBKinesis", "Arn"),
            ])
            Property("LedgerName", Fn.importValue("qldb-serverless-pattern"))
            Property("RoleArn", Fn.getAtt("QLDBDynamoDBKinesisRole", "Arn"))
            Property("StreamName", "qldb-licence-dynamodb-sam")
        }
    }

    static var streamsFailureQueue: Resource {
        Resource("StreamsFailureQueue", type: "AWS::SQS::Queue")
    }

    static var myEventSourceMapping: Resource {
        Resource("MyEventSourceMapping", type: "AWS::Lambda::EventSourceMapping") {
            Property("BatchSize", 50)
            Property("BisectBatchOnFunctionError", true)
            Property("DestinationConfig", [
                "OnFailure": ["Destination": Fn.getAtt("StreamsFailureQueue", "Arn")],
            ])
            Property("Enabled", true)
            Property("EventSourceArn", Fn.getAtt("QLDBDynamoDBKinesis", "Arn"))
            Property("FunctionName", Fn.getAtt("QldbStreamsDynamoDBLambdaFunction", "Arn"))
            Property("MaximumRetryAttempts", 1)
            Property("StartingPosition", "TRIM_HORIZON")
        }
    }
}
