// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsApigwSqsLambdaDdbTemplateYamlTemplate {
    @TemplateBuilder static func resources_1() -> Fragment {
        httpApi
        bufferingQueue
        deadLetterQueue
        sqsHandlerFunction
        gatewayAuthorizerFunction
        eventTable
        apiGatewayRole
        sqsHandlerLambdaExecutionRole
        authorizerLambdaExecutionRole
        apiGatewayAccessLogs
    }

    static var httpApi: Resource {
        Resource("HttpApi", type: "AWS::Serverless::HttpApi") {
            Property("AccessLogSettings", [
                "DestinationArn": apiGatewayAccessLogs.getAtt("Arn"),
                "Format": "{ \"requestId\":\"$context.requestId\", \"ip\": \"$context.identity.sourceIp\", \"requestTime\":\"$context.requestTime\", \"httpMethod\":\"$context.httpMethod\",\"routeKey\":\"$context.routeKey\", \"status\":\"$context.status\",\"protocol\":\"$context.protocol\", \"responseLength\":\"$context.responseLength\" }",
            ])
            Property("DefinitionBody", [
                "openapi": "3.0.1",
                "info": ["title": "Http Api", "version": "2023-06-25 17:32:29UTC"],
                "paths": [
                    "/submit": [
                        "post": [
                            "responses": ["default": ["description": "Response for POST /"]],
                            "x-amazon-apigateway-integration": [
                                "type": "aws_proxy",
                                "integrationSubtype": "SQS-SendMessage",
                                "credentials": apiGatewayRole.getAtt("Arn"),
                                "connectionType": "INTERNET",
                                "payloadFormatVersion": "1.0",
                                "requestParameters": [
                                    "MessageBody": "$request.body",
                                    "QueueUrl": bufferingQueue.ref,
                                ],
                            ],
                        ],
                    ],
                ],
                "x-amazon-apigateway-cors": [
                    "allowMethods": ["*"],
                    "maxAge": 0,
                    "allowCredentials": false,
                    "allowOrigins": ["*"],
                ],
                "x-amazon-apigateway-importexport-version": "1.0",
            ])
            Property("Auth", [
                "DefaultAuthorizer": "AuthorizerFunction",
                "Authorizers": [
                    "AuthorizerFunction": [
                        "FunctionArn": gatewayAuthorizerFunction.getAtt("Arn"),
                        "AuthorizerPayloadFormatVersion": .double(2.0),
                        "EnableFunctionDefaultPermissions": true,
                        "EnableSimpleResponses": true,
                    ],
                ],
            ])
        }
    }

    static var bufferingQueue: Resource {
        Resource("BufferingQueue", type: "AWS::SQS::Queue") {
            Property("QueueName", "BufferingQueue")
            Property("SqsManagedSseEnabled", true)
            Property("RedrivePolicy", [
                "deadLetterTargetArn": deadLetterQueue.getAtt("Arn"),
                "maxReceiveCount": 5,
            ])
        }
    }

    static var deadLetterQueue: Resource {
        Resource("DeadLetterQueue", type: "AWS::SQS::Queue") {
            Property("QueueName", "DeadLetterQueue")
            Property("SqsManagedSseEnabled", true)
        }
    }

    static var sqsHandlerFunction: Resource {
        Resource("SqsHandlerFunction", type: "AWS::Serverless::Function") {
            Property("FunctionName", "SQSHandlerFunction")
            Property("Description", "Lambda to be invoked by the SQS Queue")
            Property("CodeUri", "lambda/sqs-handler/")
            Property("Handler", "index.lambda_handler")
            Property("Runtime", "python3.14")
            Property("Timeout", 3)
            Property("MemorySize", 128)
            Property("Role", sqsHandlerLambdaExecutionRole.getAtt("Arn"))
            Property("Layers", [
                Fn.sub("arn:aws:lambda:\(AWS.region):017000801446:layer:AWSLambdaPowertoolsPythonV2:32"),
            ])
            Property("Events", [
                "SQSEvent": [
                    "Type": "SQS",
                    "Properties": ["Queue": bufferingQueue.getAtt("Arn"), "BatchSize": 10],
                ],
            ])
        }
            .dependsOn(sqsHandlerLambdaExecutionRole)
    }

    static var gatewayAuthorizerFunction: Resource {
        Resource("GatewayAuthorizerFunction", type: "AWS::Serverless::Function") {
            Property("FunctionName", "GatewayAuthorizerFunction")
            Property("Description", "Lambda to be invoked by API Gateway for authorization")
            Property("CodeUri", "lambda/authorizer/")
            Property("Handler", "index.lambda_handler")
            Property("Runtime", "python3.14")
            Property("Timeout", 3)
            Property("MemorySize", 128)
            Property("Role", authorizerLambdaExecutionRole.getAtt("Arn"))
            Property("Layers", [
                Fn.sub("arn:aws:lambda:\(AWS.region):017000801446:layer:AWSLambdaPowertoolsPythonV2:32"),
            ])
        }
    }

    static var eventTable: Resource {
        Resource("EventTable", type: "AWS::DynamoDB::Table") {
            Property("AttributeDefinitions", [["AttributeName": "eventId", "AttributeType": "S"]])
            Property("BillingMode", "PAY_PER_REQUEST")
            Property("KeySchema", [["AttributeName": "eventId", "KeyType": "HASH"]])
            Property("TableName", "EventTable")
            Property("SSESpecification", ["SSEEnabled": true])
        }
    }

    static var apiGatewayRole: Resource {
        Resource("ApiGatewayRole", type: "AWS::IAM::Role") {
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Principal": ["Service": ["apigateway.amazonaws.com"]],
                        "Action": ["sts:AssumeRole"],
                    ],
                ],
            ])
            Property("Policies", [
                [
                    "PolicyName": "CustomPolicy",
                    "PolicyDocument": [
                        "Version": "2012-10-17",
                        "Statement": [
                            [
                                "Effect": "Allow",
                                "Action": ["sqs:SendMessage", "sqs:GetQueueUrl", "sqs:SendMessageBatch"],
                                "Resource": bufferingQueue.getAtt("Arn"),
                            ],
                            [
                                "Effect": "Allow",
                                "Action": [
                                    "logs:CreateLogGroup",
                                    "logs:CreateLogStream",
                                    "logs:DescribeLogGroups",
                                    "logs:DescribeLogStreams",
                                    "logs:PutLogEvents",
                                    "logs:GetLogEvents",
                                    "logs:FilterLogEvents",
                                ],
                                "Resource": apiGatewayAccessLogs.getAtt("Arn"),
                            ],
                        ],
                    ],
                ],
            ])
        }
    }

    static var sqsHandlerLambdaExecutionRole: Resource {
        Resource("SqsHandlerLambdaExecutionRole", type: "AWS::IAM::Role") {
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Principal": ["Service": ["lambda.amazonaws.com"]],
                        "Action": ["sts:AssumeRole"],
                    ],
                ],
            ])
            Property("Policies", [
                [
                    "PolicyName": "CustomPolicy",
                    "PolicyDocument": [
                        "Version": "2012-10-17",
                        "Statement": [
                            [
                                "Effect": "Allow",
                                "Action": [
                                    "dynamodb:List*",
                                    "dynamodb:DescribeReservedCapacity*",
                                    "dynamodb:DescribeLimits",
                                    "dynamodb:DescribeTimeToLive",
                                    "dynamodb:Get*",
                                    "dynamodb:PutItem",
                                ],
                                "Resource": eventTable.getAtt("Arn"),
                            ],
                            [
                                "Effect": "Allow",
                                "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                                "Resource": "*",
                            ],
                            [
                                "Effect": "Allow",
                                "Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes"],
                                "Resource": bufferingQueue.getAtt("Arn"),
                            ],
                            [
                                "Effect": "Allow",
                                "Action": ["sqs:SendMessage"],
                                "Resource": deadLetterQueue.getAtt("Arn"),
                            ],
                        ],
                    ],
                ],
            ])
        }
            .dependsOn(eventTable)
    }

    static var authorizerLambdaExecutionRole: Resource {
        Resource("AuthorizerLambdaExecutionRole", type: "AWS::IAM::Role") {
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Principal": ["Service": ["lambda.amazonaws.com"]],
                        "Action": ["sts:AssumeRole"],
                    ],
                ],
            ])
            Property("Policies", [
                [
                    "PolicyName": "CustomPolicy",
                    "PolicyDocument": [
                        "Version": "2012-10-17",
                        "Statement": [
                            [
                                "Effect": "Allow",
                                "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                                "Resource": "*",
                            ],
                            [
                                "Effect": "Allow",
                                "Action": ["secretsmanager:GetSecretValue"],
                                "Resource": [basicAuthUsername.ref, basicAuthPassword.ref],
                            ],
                        ],
                    ],
                ],
            ])
        }
    }

    static var apiGatewayAccessLogs: Resource {
        Resource("ApiGatewayAccessLogs", type: "AWS::Logs::LogGroup") {
            Property("LogGroupName", "Http-ApiGw-Access-Logs")
            Property("RetentionInDays", 1)
        }
    }
}
