// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsApigwMappingtemplateLambdaNodejsTemplateYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        lambdaFunction
        apiRegional
    }

    static var lambdaFunction: Resource {
        Resource("LambdaFunction", type: "AWS::Serverless::Function") {
            Property("Handler", "index.handler")
            Property("InlineCode", """
            console.log('Loading function');
            exports.handler = async (event, context) => {
                var apiRequestId = event.context['request-id'];
                var lambdaRequestId = context.awsRequestId;
                console.log("API Gateway Request ID: " + apiRequestId + " Lambda Request ID: " + context.awsRequestId);
                var logprefix = "APIG: " + apiRequestId + " -  ";
                console.log(logprefix);
                return "Hello from the mapping template API";\u{20}
            };

            """)
            Property("Runtime", "nodejs24.x")
            Property("Events", [
                "HelloWorld": [
                    "Type": "Api",
                    "Properties": ["Path": "/", "Method": "any", "RestApiId": Ref("ApiRegional")],
                ],
            ])
        }
    }

    static var apiRegional: Resource {
        Resource("ApiRegional", type: "AWS::Serverless::Api") {
            Property("StageName", "prod")
            Property("EndpointConfiguration", "REGIONAL")
            Property("DefinitionBody", [
                "swagger": .double(2.0),
                "info": ["title": "API Gateway Mapping Templates"],
                "basePath": "/prod",
                "schemes": ["https"],
                "paths": [
                    "/": [
                        "x-amazon-apigateway-any-method": [
                            "produces": ["application/json"],
                            "consumes": ["application/json"],
                            "x-amazon-apigateway-integration": [
                                "httpMethod": "POST",
                                "type": "aws",
                                "uri": Fn.sub("arn:aws:apigateway:\(AWS.region):lambda:path/2015-03-31/functions/${LambdaFunction.Arn}/invocations"),
                                "passthroughBehavior": "when_no_templates",
                                "requestTemplates": [
                                    "application/json": """
                                    {
                                      "context" : {\u{20}
                                        "request-id" : "$context.requestId"
                                      }
                                    }

                                    """,
                                ],
                                "responses": ["default": ["statusCode": 200]],
                            ],
                            "responses": ["200": ["description": "Default response for ANY method"]],
                        ],
                    ],
                ],
            ])
        }
            .attribute("OpenApiVersion", "2.0")
    }
}
