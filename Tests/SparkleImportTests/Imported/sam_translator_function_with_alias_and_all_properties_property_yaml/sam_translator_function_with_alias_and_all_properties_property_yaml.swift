// Imported from function_with_alias_and_all_properties_property.yaml by `sparkle import`.

import Sparkle

public let samTranslatorFunctionWithAliasAndAllPropertiesPropertyYamlTemplate = Template("sam_translator_function_with_alias_and_all_properties_property_yaml") {
    SamTranslatorFunctionWithAliasAndAllPropertiesPropertyYamlTemplate.resources()
}

/// The parts of `samTranslatorFunctionWithAliasAndAllPropertiesPropertyYamlTemplate`.
enum SamTranslatorFunctionWithAliasAndAllPropertiesPropertyYamlTemplate {}
