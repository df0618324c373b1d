// Imported from api_http_paths_with_if_condition.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorApiHttpPathsWithIfConditionYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        myAuthFn
        myApi
    }

    static var myAuthFn: Resource {
        Resource("MyAuthFn", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/hello.zip")
            Property("Handler", "index.handler")
            Property("Runtime", "nodejs12.x")
        }
    }

    static var myApi: Resource {
        Resource("MyApi", type: "AWS::Serverless::HttpApi") {
            Property("Auth", [
                "Authorizers": [
                    "MyLambdaAuthUpdated": [
                        "FunctionArn": myAuthFn.getAtt("Arn"),
                        "FunctionInvokeRole": Fn.getAtt("MyAuthFnRole", "Arn"),
                        "Identity": ["Headers": ["Authorization"], "ReauthorizeEvery": 37],
                        "EnableSimpleResponses": false,
                        "AuthorizerPayloadFormatVersion": .double(1.0),
                    ],
                ],
                "DefaultAuthorizer": "MyLambdaAuthUpdated",
            ])
            Property("DefinitionBody", [
                "openapi": "3.0",
                "info": ["title": Fn.sub("\(AWS.stackName)-Api")],
                "paths": [
                    "/post": Fn.if(
                        falseCondition,
                        [
                            "post": [
                                "x-amazon-apigateway-integration": [
                                    "httpMethod": "POST",
                                    "type": "aws_proxy",
                                    "uri": "https://www.otherURI.co/",
                                    "payloadFormatVersion": "1.0",
                                ],
                            ],
                        ],
                        [
                            "post": [
                                "x-amazon-apigateway-integration": [
                                    "httpMethod": "POST",
                                    "type": "aws_proxy",
                                    "uri": "https://www.alphavantage.co/",
                                    "payloadFormatVersion": "1.0",
                                ],
                            ],
                        ]
                    ),
                ],
            ])
        }
    }
}
