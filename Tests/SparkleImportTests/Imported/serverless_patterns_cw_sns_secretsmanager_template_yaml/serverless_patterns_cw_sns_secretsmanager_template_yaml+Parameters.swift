// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsCwSnsSecretsmanagerTemplateYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("SNSEndpoint", type: .string, description: "Provide your email address to receive notification from SNS")
    }
}
