// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsEventbridgeCrossRegionEventbusSourceTemplateYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("EventSource", type: .string, default: "CrossRegionTest", description: "Webhook source")
    }
}
