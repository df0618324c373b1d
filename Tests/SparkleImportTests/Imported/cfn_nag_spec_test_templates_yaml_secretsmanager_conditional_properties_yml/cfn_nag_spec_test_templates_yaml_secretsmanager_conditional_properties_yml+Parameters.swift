// Imported from conditional_properties.yml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlSecretsmanagerConditionalPropertiesYmlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("RestoreSecretString", type: .string, default: "none", noEcho: true)
    }
}
