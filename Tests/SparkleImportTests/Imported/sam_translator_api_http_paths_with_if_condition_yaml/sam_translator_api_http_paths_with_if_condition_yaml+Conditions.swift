// Imported from api_http_paths_with_if_condition.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorApiHttpPathsWithIfConditionYamlTemplate {
    @TemplateBuilder static func conditions() -> Fragment {
        trueCondition
        falseCondition
    }

    static var trueCondition: Condition {
        Condition("TrueCondition", Fn.equals(true, true))
    }

    static var falseCondition: Condition {
        Condition("FalseCondition", Fn.equals(true, false))
    }
}
