// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsLambdaDurableWebhookSamPythonTemplateYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("WebhookSecret", type: .string, default: "", description: "Secret key for HMAC signature validation (optional)", noEcho: true)
    }
}
