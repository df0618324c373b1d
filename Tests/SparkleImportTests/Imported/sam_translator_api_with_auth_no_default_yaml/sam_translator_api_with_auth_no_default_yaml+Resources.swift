// Imported from api_with_auth_no_default.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorApiWithAuthNoDefaultYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        myApiWithCognitoAuth
        myApiWithLambdaTokenAuth
        myApiWithLambdaRequestAuth
        myAuthFn
        myFn
        myUserPool
    }

    static var myApiWithCognitoAuth: Resource {
        Resource("MyApiWithCognitoAuth", type: "AWS::Serverless::Api") {
            Property("StageName", "Prod")
            Property("Auth", [
                "Authorizers": ["MyCognitoAuth": ["UserPoolArn": myUserPool.getAtt("Arn")]],
            ])
        }
    }

    static var myApiWithLambdaTokenAuth: Resource {
        Resource("MyApiWithLambdaTokenAuth", type: "AWS::Serverless::Api") {
            Property("StageName", "Prod")
            Property("Auth", [
                "Authorizers": ["MyLambdaTokenAuth": ["FunctionArn": myAuthFn.getAtt("Arn")]],
            ])
        }
    }

    static var myApiWithLambdaRequestAuth: Resource {
        Resource("MyApiWithLambdaRequestAuth", type: "AWS::Serverless::Api") {
            Property("StageName", "Prod")
            Property("Auth", [
                "Authorizers": [
                    "MyLambdaRequestAuth": [
                        "FunctionPayloadType": "REQUEST",
                        "FunctionArn": myAuthFn.getAtt("Arn"),
                        "Identity": ["Headers": ["Authorization1"]],
                    ],
                ],
            ])
        }
    }

    static var myAuthFn: Resource {
        Resource("MyAuthFn", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://bucket/key")
            Property("Handler", "index.handler")
            Property("Runtime", "nodejs12.x")
        }
    }

    static var myFn: Resource {
        Resource("MyFn", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://bucket/key")
            Property("Handler", "index.handler")
            Property("Runtime", "nodejs12.x")
            Property("Events", [
                "Cognito": [
                    "Type": "Api",
                    "Properties": ["RestApiId": myApiWithCognitoAuth.ref, "Method": "get", "Path": "/cognito"],
                ],
                "CognitoAnyMethod": [
                    "Type": "Api",
                    "Properties": [
                        "RestApiId": myApiWithCognitoAuth.ref,
                        "Method": "any",
                        "Path": "/any/cognito",
                    ],
                ],
                "LambdaToken": [
                    "Type": "Api",
                    "Properties": [
                        "RestApiId": myApiWithLambdaTokenAuth.ref,
                        "Method": "get",
                        "Path": "/lambda-token",
                    ],
                ],
                "LambdaTokenAnyMethod": [
                    "Type": "Api",
                    "Properties": [
                        "RestApiId": myApiWithLambdaTokenAuth.ref,
                        "Method": "any",
                        "Path": "/any/lambda-token",
                    ],
                ],
                "LambdaRequest": [
                    "Type": "Api",
                    "Properties": [
                        "RestApiId": myApiWithLambdaRequestAuth.ref,
                        "Method": "get",
                        "Path": "/lambda-request",
                    ],
                ],
                "LambdaRequestAnyMethod": [
                    "Type": "Api",
                    "Properties": [
                        "RestApiId": myApiWithLambdaRequestAuth.ref,
                        "Method": "any",
                        "Path": "/any/lambda-request",
                    ],
                ],
            ])
        }
    }

    static var myUserPool: Resource {
        Resource("MyUserPool", type: "AWS::Cognito::UserPool") {
            Property("UserPoolName", "UserPoolName")
            Property("Policies", ["PasswordPolicy": ["MinimumLength": 8]])
            Property("UsernameAttributes", ["email"])
            Property("Schema", [["AttributeDataType": "String", "Name": "email", "Required": false]])
        }
    }
}
