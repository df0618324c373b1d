// Imported from api_http_paths_with_if_condition.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorApiHttpPathsWithIfConditionYamlTemplate {
    @TemplateBuilder static func conditions() -> Fragment {
        Condition("TrueCondition", Fn.equals(true, true))
        Condition("FalseCondition", Fn.equals(true, false))
    }
}
