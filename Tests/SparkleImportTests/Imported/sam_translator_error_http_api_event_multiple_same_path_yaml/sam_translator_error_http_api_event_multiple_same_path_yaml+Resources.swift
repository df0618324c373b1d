// Imported from error_http_api_event_multiple_same_path.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorErrorHttpApiEventMultipleSamePathYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        httpApiFunction2
    }

    static var httpApiFunction2: Resource {
        Resource("HttpApiFunction2", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://bucket/key")
            Property("Handler", "index.handler")
            Property("Runtime", "python3.7")
            Property("Events", ["Api": ["Type": "HttpApi"], "Api2": ["Type": "HttpApi"]])
        }
    }
}
