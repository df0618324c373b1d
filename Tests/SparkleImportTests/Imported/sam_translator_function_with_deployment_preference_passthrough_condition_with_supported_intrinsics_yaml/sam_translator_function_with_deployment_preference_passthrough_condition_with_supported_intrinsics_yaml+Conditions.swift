// Imported from function_with_deployment_preference_passthrough_condition_with_supported_intrinsics.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorFunctionWithDeploymentPreferencePassthroughConditionWithSupportedIntrinsicsYamlTemplate {
    @TemplateBuilder static func conditions() -> Fragment {
        aliasProvisionedConcurrencyEnabled
        functionCondition
    }

    static var aliasProvisionedConcurrencyEnabled: Condition {
        Condition("AliasProvisionedConcurrencyEnabled", Fn.equals(Ref("EnableAliasProvisionedConcurrency"), true))
    }

    static var functionCondition: Condition {
        Condition("FunctionCondition", Fn.equals(true, true))
    }
}
