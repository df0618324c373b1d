// Imported from error_api_with_cors_and_empty_allow_origin.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorErrorApiWithCorsAndEmptyAllowOriginYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        implicitApiFunction
        restApiFunction
        getHtmlFunction
        explicitApi
    }

    static var implicitApiFunction: Resource {
        Resource("ImplicitApiFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/member_portal.zip")
            Property("Handler", "index.gethtml")
            Property("Runtime", "nodejs12.x")
            Property("Events", [
                "GetHtml": ["Type": "Api", "Properties": ["Path": "/", "Method": "get"]],
                "AnyApi": ["Type": "Api", "Properties": ["Path": "/foo", "Method": "any"]],
            ])
        }
    }

    static var restApiFunction: Resource {
        Resource("RestApiFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/member_portal.zip")
            Property("Handler", "index.handler")
            Property("Runtime", "nodejs12.x")
        }
    }

    static var getHtmlFunction: Resource {
        Resource("GetHtmlFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/member_portal.zip")
            Property("Handler", "index.handler")
            Property("Runtime", "nodejs12.x")
        }
    }

    static var explicitApi: Resource {
        Resource("ExplicitApi", type: "AWS::Serverless::Api") {
            Property("StageName", "Prod")
            Property("DefinitionBody", [
                "info": ["version": "1.0", "title": AWS.stackName],
                "paths": [
                    "/add": [
                        "post": [
                            "x-amazon-apigateway-integration": [
                                "httpMethod": "POST",
                                "type": "aws_proxy",
                                "uri": Fn.sub("arn:aws:apigateway:\(AWS.region):lambda:path/2015-03-31/functions/\(restApiFunction.getAtt("Arn"))/invocations"),
                            ],
                            "responses": [:],
                        ],
                    ],
                    "/{proxy+}": [
                        "x-amazon-apigateway-any-method": [
                            "x-amazon-apigateway-integration": [
                                "httpMethod": "POST",
                                "type": "aws_proxy",
                                "uri": Fn.sub("arn:aws:apigateway:\(AWS.region):lambda:path/2015-03-31/functions/\(getHtmlFunction.getAtt("Arn"))/invocations"),
                            ],
                            "responses": [:],
                        ],
                    ],
                ],
                "swagger": "2.0",
            ])
            Property("Cors", [
                "AllowMethods": "methods",
                "AllowHeaders": "headers",
                "AllowOrigin": "",
                "AllowCredentials": true,
            ])
        }
    }
}
