// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsLambdaDurableWebhookSamPythonTemplateYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        webhookEventsTable
        webhookValidatorFunction
        webhookProcessorFunction
        statusQueryFunction
        webhookApi
    }

    static var webhookEventsTable: Resource {
        Resource("WebhookEventsTable", type: "AWS::DynamoDB::Table") {
            Property("TableName", Fn.sub("\(AWS.stackName)-webhook-events"))
            Property("BillingMode", "PAY_PER_REQUEST")
            Property("AttributeDefinitions", [
                ["AttributeName": "executionToken", "AttributeType": "S"],
                ["AttributeName": "timestamp", "AttributeType": "N"],
            ])
            Property("KeySchema", [["AttributeName": "executionToken", "KeyType": "HASH"]])
            Property("GlobalSecondaryIndexes", [
                [
                    "IndexName": "TimestampIndex",
                    "KeySchema": [["AttributeName": "timestamp", "KeyType": "HASH"]],
                    "Projection": ["ProjectionType": "ALL"],
                ],
            ])
            Property("TimeToLiveSpecification", ["AttributeName": "ttl", "Enabled": true])
        }
    }

    static var webhookValidatorFunction: Resource {
        Resource("WebhookValidatorFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "src/")
            Property("Handler", "webhook_validator.lambda_handler")
            Property("Runtime", "python3.13")
            Property("Timeout", 10)
            Property("Environment", [
                "Variables": [
                    "WEBHOOK_SECRET": Ref("WebhookSecret"),
                    "PROCESSOR_FUNCTION_NAME": Ref("WebhookProcessorFunction.Alias"),
                ],
            ])
            Property("Policies", [
                [
                    "Statement": [
                        [
                            "Effect": "Allow",
                            "Action": "lambda:InvokeFunction",
                            "Resource": [
                                webhookProcessorFunction.getAtt("Arn"),
                                Fn.sub("\(webhookProcessorFunction.getAtt("Arn")):*"),
                            ],
                        ],
                    ],
                ],
            ])
            Property("Events", [
                "WebhookPost": [
                    "Type": "Api",
                    "Properties": ["RestApiId": webhookApi.ref, "Path": "/webhook", "Method": "POST"],
                ],
            ])
        }
    }

    static var webhookProcessorFunction: Resource {
        Resource("WebhookProcessorFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "src/")
            Property("Handler", "webhook_processor.lambda_handler")
            Property("Runtime", "python3.13")
            Property("Timeout", 120)
            Property("AutoPublishAlias", "live")
            Property("DurableConfig", ["ExecutionTimeout": 3600, "RetentionPeriodInDays": 7])
            Property("Environment", ["Variables": ["EVENTS_TABLE_NAME": webhookEventsTable.ref]])
            Property("Policies", [
                ["DynamoDBCrudPolicy": ["TableName": webhookEventsTable.ref]],
                [
                    "Statement": [
                        [
                            "Effect": "Allow",
                            "Action": ["lambda:CheckpointDurableExecution", "lambda:GetDurableExecutionState"],
                            "Resource": Fn.sub("arn:aws:lambda:\(AWS.region):\(AWS.accountId):function:\(AWS.stackName)-WebhookProcessorFunction-*"),
                        ],
                    ],
                ],
            ])
        }
    }

    static var statusQueryFunction: Resource {
        Resource("StatusQueryFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "src/")
            Property("Handler", "status_query.lambda_handler")
            Property("Runtime", "python3.13")
            Property("Timeout", 30)
            Property("Environment", ["Variables": ["EVENTS_TABLE_NAME": webhookEventsTable.ref]])
            Property("Policies", [["DynamoDBReadPolicy": ["TableName": webhookEventsTable.ref]]])
            Property("Events", [
                "StatusGet": [
                    "Type": "Api",
                    "Properties": [
                        "RestApiId": webhookApi.ref,
                        "Path": "/status/{executionToken}",
                        "Method": "GET",
                    ],
                ],
            ])
        }
    }

    static var webhookApi: Resource {
        Resource("WebhookApi", type: "AWS::Serverless::Api") {
            Property("StageName", "prod")
            Property("Cors", [
                "AllowOrigin": "'*'",
                "AllowHeaders": "'Content-Type,X-Amz-Date,Authorization,X-Api-Key'",
                "AllowMethods": "'GET,POST,OPTIONS'",
            ])
        }
    }
}
