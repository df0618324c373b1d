// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsApigwAppsyncDynamodbSamTemplateYamlTemplate {
    @TemplateBuilder static func resources_1() -> Fragment {
        httpApiProxy
        httpApiStage
        restaurantTable
        appsyncGraphQLApi
        appsyncGraphQLApiKey
        appsyncGraphQLApiSchema
        appsyncGraphQLApiLogGroup
        appsyncPushToCloudWatchLogsRole
        appsyncPushToCloudWatchLogsRolePolicy
        appsyncDynamoDBDatasourceRole
    }

    static var httpApiProxy: Resource {
        Resource("HttpApiProxy", type: "AWS::ApiGatewayV2::Api") {
            Property("Body", [
                "Fn::Transform": ["Name": "AWS::Include", "Parameters": ["Location": "httpapi-spec/api.yaml"]],
            ])
        }
    }

    static var httpApiStage: Resource {
        Resource("HttpApiStage", type: "AWS::ApiGatewayV2::Stage") {
            Property("ApiId", httpApiProxy.ref)
            Property("StageName", "$default")
            Property("AutoDeploy", true)
        }
    }

    static var restaurantTable: Resource {
        Resource("RestaurantTable", type: "AWS::Serverless::SimpleTable") {
            Property("PrimaryKey", ["Name": "restaurantId", "Type": "String"])
        }
    }

    static var appsyncGraphQLApi: Resource {
        Resource("AppsyncGraphQLApi", type: "AWS::AppSync::GraphQLApi") {
            Property("Name", Fn.sub("RestaurantAPI-\(AWS.stackName)"))
            Property("AuthenticationType", "API_KEY")
            Property("LogConfig", [
                "ExcludeVerboseContent": false,
                "FieldLogLevel": "ALL",
                "CloudWatchLogsRoleArn": appsyncPushToCloudWatchLogsRole.getAtt("Arn"),
            ])
            Property("XrayEnabled", true)
        }
    }

    static var appsyncGraphQLApiKey: Resource {
        Resource("AppsyncGraphQLApiKey", type: "AWS::AppSync::ApiKey") {
            Property("ApiId", appsyncGraphQLApi.getAtt("ApiId"))
        }
    }

    static var appsyncGraphQLApiSchema: Resource {
        Resource("AppsyncGraphQLApiSchema", type: "AWS::AppSync::GraphQLSchema") {
            Property("ApiId", appsyncGraphQLApi.getAtt("ApiId"))
            Property("DefinitionS3Location", "./graphql/schema.graphql")
        }
    }

    static var appsyncGraphQLApiLogGroup: Resource {
        Resource("AppsyncGraphQLApiLogGroup", type: "AWS::Logs::LogGroup") {
            Property("LogGroupName", Fn.sub("/aws/appsync/apis/\(appsyncGraphQLApi.getAtt("ApiId"))"))
            Property("RetentionInDays", 7)
        }
    }

    static var appsyncPushToCloudWatchLogsRole: Resource {
        Resource("AppsyncPushToCloudWatchLogsRole", type: "AWS::IAM::Role") {
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Principal": ["Service": ["appsync.amazonaws.com"]],
                        "Action": ["sts:AssumeRole"],
                    ],
                ],
            ])
        }
    }

    static var appsyncPushToCloudWatchLogsRolePolicy: Resource {
        Resource("AppsyncPushToCloudWatchLogsRolePolicy", type: "AWS::IAM::Policy") {
            Property("PolicyName", Fn.sub("\(AWS.stackName)-AppsyncPushToCloudWatchLogs-Policy"))
            Property("PolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                        "Resource": appsyncGraphQLApiLogGroup.getAtt("Arn"),
                    ],
                ],
            ])
            Property("Roles", [appsyncPushToCloudWatchLogsRole.ref])
        }
    }

    static var appsyncDynamoDBDatasourceRole: Resource {
        Resource("AppsyncDynamoDBDatasourceRole", type: "AWS::IAM::Role") {
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Action": ["sts:AssumeRole"],
                        "Principal": ["Service": ["appsync.amazonaws.com"]],
                    ],
                ],
            ])
        }
    }
}
