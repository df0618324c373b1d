// Imported from resource_with_invalid_type.yaml by `sparkle import`.

import Sparkle

public let samTranslatorResourceWithInvalidTypeYamlTemplate = Template("sam_translator_resource_with_invalid_type_yaml") {
    SamTranslatorResourceWithInvalidTypeYamlTemplate.resources()
}

/// The parts of `samTranslatorResourceWithInvalidTypeYamlTemplate`.
enum SamTranslatorResourceWithInvalidTypeYamlTemplate {}
