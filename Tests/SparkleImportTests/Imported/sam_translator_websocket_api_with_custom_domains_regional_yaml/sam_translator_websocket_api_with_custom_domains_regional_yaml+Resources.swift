// Imported from websocket_api_with_custom_domains_regional.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorWebsocketApiWithCustomDomainsRegionalYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        myFunction
        myApi
    }

    static var myFunction: Resource {
        Resource("MyFunction", type: "AWS::Serverless::Function") {
            Property("InlineCode", """
            exports.handler = async (event) => {
              const response = {
                statusCode: 200,
                body: JSON.stringify('Hello from Lambda!'),
              };
              return response;
            };

            """)
            Property("Handler", "index.handler")
            Property("Runtime", "nodejs18.x")
        }
    }

    static var myApi: Resource {
        Resource("MyApi", type: "AWS::Serverless::WebSocketApi") {
            Property("Name", "MyApi")
            Property("RouteSelectionExpression", "$request.body.action")
            Property("Routes", ["$connect": ["FunctionArn": myFunction.getAtt("Arn")]])
            Property("StageName", "Prod")
        }
    }
}
