// Imported from error_websocket_api_config_no_auth.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorErrorWebsocketApiConfigNoAuthYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        `func`
        authFunc
        wsApi
    }

    static var `func`: Resource {
        Resource("Func", type: "AWS::Serverless::Function") {
            Property("Runtime", "python3.14")
            Property("Handler", "index.handler")
            Property("CodeUri", "s3://bucket/key")
        }
    }

    static var authFunc: Resource {
        Resource("AuthFunc", type: "AWS::Serverless::Function") {
            Property("Runtime", "python3.14")
            Property("Handler", "index.handler")
            Property("CodeUri", "s3://buckety/key")
        }
    }

    static var wsApi: Resource {
        Resource("WSApi", type: "AWS::Serverless::WebSocketApi") {
            Property("Auth", ["PayloadFormatVersion": "1.0"])
            Property("Name", "WSApi")
            Property("Routes", ["$connect": ["FunctionArn": `func`.getAtt("Arn")]])
            Property("RouteSelectionExpression", "$request.body.action")
        }
    }
}
