// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsApigwAppsyncDynamodbSamTemplateYamlTemplate {
    @TemplateBuilder static func resources_2() -> Fragment {
        appsyncDynamoDBDatasourceRolePolicy
        appsyncGraphQLApiDataSource
        getRestaurantResolver
        listRestaurantsResolver
        addRestaurantResolver
        deleteRestaurantResolver
        updateRestaurantResolver
    }

    static var appsyncDynamoDBDatasourceRolePolicy: Resource {
        Resource("AppsyncDynamoDBDatasourceRolePolicy", type: "AWS::IAM::Policy") {
            Property("PolicyName", Fn.sub("\(AWS.stackName)-AppsyncDynamoDB-Policy"))
            Property("PolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Action": [
                            "dynamodb:DeleteItem",
                            "dynamodb:GetItem",
                            "dynamodb:PutItem",
                            "dynamodb:Query",
                            "dynamodb:Scan",
                            "dynamodb:UpdateItem",
                        ],
                        "Resource": [
                            Fn.sub("arn:aws:dynamodb:\(AWS.region):\(AWS.accountId):table/\(restaurantTable.ref)"),
                            Fn.sub("arn:aws:dynamodb:\(AWS.region):\(AWS.accountId):table/\(restaurantTable.ref)/*"),
                        ],
                    ],
                ],
            ])
            Property("Roles", [appsyncDynamoDBDatasourceRole.ref])
        }
    }

    static var appsyncGraphQLApiDataSource: Resource {
        Resource("AppsyncGraphQLApiDataSource", type: "AWS::AppSync::DataSource") {
            Property("ApiId", appsyncGraphQLApi.getAtt("ApiId"))
            Property("Name", "Restaurant_Api_Datasource")
            Property("Type", "AMAZON_DYNAMODB")
            Property("ServiceRoleArn", appsyncDynamoDBDatasourceRole.getAtt("Arn"))
            Property("DynamoDBConfig", [
                "AwsRegion": Fn.sub("\(AWS.region)"),
                "TableName": restaurantTable.ref,
            ])
        }
    }

    static var getRestaurantResolver: Resource {
        Resource("GetRestaurantResolver", type: "AWS::AppSync::Resolver") {
            Property("ApiId", appsyncGraphQLApi.getAtt("ApiId"))
            Property("TypeName", "Query")
            Property("FieldName", "getRestaurant")
            Property("DataSourceName", appsyncGraphQLApiDataSource.getAtt("Name"))
            Property("Runtime", ["Name": "APPSYNC_JS", "RuntimeVersion": "1.0.0"])
            Property("CodeS3Location", "resolvers/getRestaurant.js")
        }
            .attribute("DependsOn", ["AppsyncGraphQLApiSchema"])
    }

    static var listRestaurantsResolver: Resource {
        Resource("ListRestaurantsResolver", type: "AWS::AppSync::Resolver") {
            Property("ApiId", appsyncGraphQLApi.getAtt("ApiId"))
            Property("TypeName", "Query")
            Property("FieldName", "listRestaurants")
            Property("DataSourceName", appsyncGraphQLApiDataSource.getAtt("Name"))
            Property("Runtime", ["Name": "APPSYNC_JS", "RuntimeVersion": "1.0.0"])
            Property("CodeS3Location", "resolvers/listRestaurants.js")
        }
            .attribute("DependsOn", ["AppsyncGraphQLApiSchema"])
    }

    static var addRestaurantResolver: Resource {
        Resource("AddRestaurantResolver", type: "AWS::AppSync::Resolver") {
            Property("ApiId", appsyncGraphQLApi.getAtt("ApiId"))
            Property("TypeName", "Mutation")
            Property("FieldName", "addRestaurant")
            Property("DataSourceName", appsyncGraphQLApiDataSource.getAtt("Name"))
            Property("Runtime", ["Name": "APPSYNC_JS", "RuntimeVersion": "1.0.0"])
            Property("CodeS3Location", "resolvers/addRestaurant.js")
        }
            .attribute("DependsOn", ["AppsyncGraphQLApiSchema"])
    }

    static var deleteRestaurantResolver: Resource {
        Resource("DeleteRestaurantResolver", type: "AWS::AppSync::Resolver") {
            Property("ApiId", appsyncGraphQLApi.getAtt("ApiId"))
            Property("TypeName", "Mutation")
            Property("FieldName", "deleteRestaurant")
            Property("DataSourceName", appsyncGraphQLApiDataSource.getAtt("Name"))
            Property("Runtime", ["Name": "APPSYNC_JS", "RuntimeVersion": "1.0.0"])
            Property("CodeS3Location", "resolvers/deleteRestaurant.js")
        }
            .attribute("DependsOn", ["AppsyncGraphQLApiSchema"])
    }

    static var updateRestaurantResolver: Resource {
        Resource("UpdateRestaurantResolver", type: "AWS::AppSync::Resolver") {
            Property("ApiId", appsyncGraphQLApi.getAtt("ApiId"))
            Property("TypeName", "Mutation")
            Property("FieldName", "updateRestaurant")
            Property("DataSourceName", appsyncGraphQLApiDataSource.getAtt("Name"))
            Property("Runtime", ["Name": "APPSYNC_JS", "RuntimeVersion": "1.0.0"])
            Property("CodeS3Location", "resolvers/updateRestaurant.js")
        }
            .attribute("DependsOn", ["AppsyncGraphQLApiSchema"])
    }
}
