// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsEventbridgeCrossRegionEventbusSourceTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("WebhookApiUrl", Fn.sub("https://${ServerlessHttpApi}.execute-api.\(AWS.region).\(AWS.urlSuffix)?region=<<region code>>"), description: "API Gateway HTTP API endpoint for webhook")
    }
}
