// Imported from function_with_many_layers.yaml by `sparkle import`.

import Sparkle

public let samTranslatorFunctionWithManyLayersYamlTemplate = Template("sam_translator_function_with_many_layers_yaml") {
    SamTranslatorFunctionWithManyLayersYamlTemplate.resources()
}

/// The parts of `samTranslatorFunctionWithManyLayersYamlTemplate`.
enum SamTranslatorFunctionWithManyLayersYamlTemplate {}
