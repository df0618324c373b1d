// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsLambdaMicrovmsCodeServerTemplateYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("S3Bucket", type: .string, description: "S3 bucket containing the code artifact zip")
        Parameter("S3Key", type: .string, description: "S3 key for the code artifact zip")
        Parameter("ImageName", type: .string, default: "code-server", allowedPattern: "^[a-zA-Z0-9-_]+$")
    }
}
