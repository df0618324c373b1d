// Imported from function_with_deployment_preference_passthrough_condition_with_supported_intrinsics.yaml by `sparkle import`.

import Sparkle

public let samTranslatorFunctionWithDeploymentPreferencePassthroughConditionWithSupportedIntrinsicsYamlTemplate = Template("sam_translator_function_with_deployment_preference_passthrough_condition_with_supported_intrinsics_yaml") {
    Mapping("HelloWorldMap", [
        "hello": ["key1": true, "key2": false],
        "world": ["key1": false, "key2": true],
    ])
    SamTranslatorFunctionWithDeploymentPreferencePassthroughConditionWithSupportedIntrinsicsYamlTemplate.parameters()
    SamTranslatorFunctionWithDeploymentPreferencePassthroughConditionWithSupportedIntrinsicsYamlTemplate.conditions()
    SamTranslatorFunctionWithDeploymentPreferencePassthroughConditionWithSupportedIntrinsicsYamlTemplate.resources()
}

/// The parts of `samTranslatorFunctionWithDeploymentPreferencePassthroughConditionWithSupportedIntrinsicsYamlTemplate`.
enum SamTranslatorFunctionWithDeploymentPreferencePassthroughConditionWithSupportedIntrinsicsYamlTemplate {}
