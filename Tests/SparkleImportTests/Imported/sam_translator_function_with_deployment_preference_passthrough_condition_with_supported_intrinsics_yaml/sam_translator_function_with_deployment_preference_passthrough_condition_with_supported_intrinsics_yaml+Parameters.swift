// Imported from function_with_deployment_preference_passthrough_condition_with_supported_intrinsics.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorFunctionWithDeploymentPreferencePassthroughConditionWithSupportedIntrinsicsYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("FnName", type: .string)
        Parameter("ProvisionedConcurrency", type: .string, default: 10)
        Parameter("EnableAliasProvisionedConcurrency", type: .string, default: true, allowedValues: [true, false])
        Parameter("DefaultTrueParam", type: .string, default: "true")
        Parameter("DefaultFalseParam", type: .string, default: "false")
        Parameter("HelloParam", type: .string, default: "hello")
        Parameter("WorldParam", type: .string, default: "world")
    }
}
