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
                            "Resource": qldbDynamoDBKinesis.getAtt("Arn"),
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
                            "Resource": personTable.getAtt("Arn"),
                        ],
                        [
                            "Effect": "Allow",
                            "Action": ["sqs:SendMessage"],
                            "Resource": streamsFailureQueue.getAtt("Arn"),
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
                                "Resource": qldbDynamoDBKinesis.getAtt("Arn"),
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
                "StreamArn": qldbDynamoDBKinesis.getAtt("Arn"),
            ])
            Property("LedgerName", Fn.importValue("qldb-serverless-pattern"))
            Property("RoleArn", qldbDynamoDBKinesisRole.getAtt("Arn"))
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
                "OnFailure": ["Destination": streamsFailureQueue.getAtt("Arn")],
            ])
            Property("Enabled", true)
            Property("EventSourceArn", qldbDynamoDBKinesis.getAtt("Arn"))
            Property("FunctionName", qldbStreamsDynamoDBLambdaFunction.getAtt("Arn"))
            Property("MaximumRetryAttempts", 1)
            Property("StartingPosition", "TRIM_HORIZON")
        }
    }
}
