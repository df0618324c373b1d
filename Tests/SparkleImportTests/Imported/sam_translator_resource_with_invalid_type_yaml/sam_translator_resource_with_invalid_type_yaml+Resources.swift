// Imported from resource_with_invalid_type.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorResourceWithInvalidTypeYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        functionInvalid
        functionValid
    }

    static var functionInvalid: Resource {
        Resource("FunctionInvalid") {
            Property("CodeUri", "s3://sam-demo-bucket/member_portal.zip")
            Property("Handler", "index.gethtml")
            Property("Runtime", "nodejs12.x")
        }
            .attribute("Type", ["AWS::Serverless::Function": "invalid_field"])
    }

    static var functionValid: Resource {
        Resource("FunctionValid", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/member_portal.zip")
            Property("Handler", "index.gethtml")
            Property("Runtime", "nodejs12.x")
        }
    }
}
