// Imported from capacity_provider_with_intrinsics.yaml by `sparkle import`.

import Sparkle

public let samTranslatorCapacityProviderWithIntrinsicsYamlTemplate = Template("sam_translator_capacity_provider_with_intrinsics_yaml", description: "CapacityProvider with intrinsic functions test") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    SamTranslatorCapacityProviderWithIntrinsicsYamlTemplate.parameters()
    SamTranslatorCapacityProviderWithIntrinsicsYamlTemplate.resources()
}

/// The parts of `samTranslatorCapacityProviderWithIntrinsicsYamlTemplate`.
enum SamTranslatorCapacityProviderWithIntrinsicsYamlTemplate {}
