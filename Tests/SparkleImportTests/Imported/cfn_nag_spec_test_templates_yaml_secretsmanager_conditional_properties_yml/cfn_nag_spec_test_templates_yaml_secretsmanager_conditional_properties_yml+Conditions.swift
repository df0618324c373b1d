// Imported from conditional_properties.yml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlSecretsmanagerConditionalPropertiesYmlTemplate {
    @TemplateBuilder static func conditions() -> Fragment {
        isNone
    }

    static var isNone: Condition {
        Condition("IsNone", Fn.or(Fn.equals(Ref("RestoreSecretString"), "none"), Fn.equals(Ref("RestoreSecretString"), "")))
    }
}
