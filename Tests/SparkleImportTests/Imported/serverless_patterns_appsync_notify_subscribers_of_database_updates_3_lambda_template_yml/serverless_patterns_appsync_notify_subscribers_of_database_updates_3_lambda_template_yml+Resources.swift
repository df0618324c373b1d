// Imported from template.yml by `sparkle import`.

import Sparkle

extension ServerlessPatternsAppsyncNotifySubscribersOfDatabaseUpdates3LambdaTemplateYmlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        externalDepsLayerForLambda
        appSyncLambdaUseIAM
        appSyncLambdaUseApiKey
        appSyncLambdaUseEventBridge
        appSyncLambdaRole
    }

    static var externalDepsLayerForLambda: Resource {
        Resource("ExternalDepsLayerForLambda", type: "AWS::Serverless::LayerVersion") {
            Property("LayerName", Fn.sub("\(AWS.stackName)-ExternalDepsLayerForLambda"))
            Property("ContentUri", "externalDepsLayer/nodejs")
            Property("Description", "Layer to use nodejs packages.")
            Property("RetentionPolicy", "Delete")
        }
            .metadata(["BuildMethod": "nodejs22.x"])
    }

    static var appSyncLambdaUseIAM: Resource {
        Resource("AppSyncLambdaUseIAM", type: "AWS::Serverless::Function") {
            Property("Description", "Lambda uses IAM role to access AppSync")
            Property("Handler", "lambdaUsesIAM.handler")
            Property("Role", appSyncLambdaRole.getAtt("Arn"))
            Property("Environment", ["Variables": ["APPSYNC_ENDPOINT": Ref("GraphQLApiEndpoint")]])
        }
    }

    static var appSyncLambdaUseApiKey: Resource {
        Resource("AppSyncLambdaUseApiKey", type: "AWS::Serverless::Function") {
            Property("Description", "Lambda uses API_KEY to access AppSync")
            Property("Handler", "lambdaUsesApiKey.handler")
            Property("Environment", [
                "Variables": [
                    "APPSYNC_APIKEY": Ref("AppSyncApiKey"),
                    "APPSYNC_ENDPOINT": Ref("GraphQLApiEndpoint"),
                ],
            ])
        }
    }

    static var appSyncLambdaUseEventBridge: Resource {
        Resource("AppSyncLambdaUseEventBridge", type: "AWS::Serverless::Function") {
            Property("Description", "Lambda uses EventBridge to access AppSync")
            Property("Handler", "lambdaUsesEventBridge.handler")
            Property("Policies", [
                ["EventBridgePutEventsPolicy": ["EventBusName": Ref("OrdersEventBusName")]],
            ])
            Property("Environment", ["Variables": ["EVENT_BUS_ARN": Ref("OrdersEventBusArn")]])
        }
    }

    static var appSyncLambdaRole: Resource {
        Resource("AppSyncLambdaRole", type: "AWS::IAM::Role") {
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Principal": ["Service": "lambda.amazonaws.com"],
                        "Action": "sts:AssumeRole",
                    ],
                ],
            ])
            Property("Policies", [
                [
                    "PolicyName": "AppSyncLambdaPolicy",
                    "PolicyDocument": [
                        "Version": "2012-10-17",
                        "Statement": [
                            [
                                "Effect": "Allow",
                                "Resource": "arn:aws:logs:*",
                                "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                            ],
                            [
                                "Effect": "Allow",
                                "Resource": [
                                    Fn.sub("arn:aws:appsync:\(AWS.region):\(AWS.accountId):apis/${GraphQLApiId}/*"),
                                ],
                                "Action": ["appsync:GraphQL"],
                            ],
                        ],
                    ],
                ],
            ])
        }
    }
}
