// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsEventbridgeRuleToSsmAutomationSamTemplateYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("MetadataHttpPutResponseHopLimit", type: .number, default: 1, description: "The value to use when setting the HttpPutResponseHopLimit property.", minValue: 1, maxValue: 64)
    }
}
