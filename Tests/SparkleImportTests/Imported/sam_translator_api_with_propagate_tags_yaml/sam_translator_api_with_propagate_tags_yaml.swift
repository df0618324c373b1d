// Imported from api_with_propagate_tags.yaml by `sparkle import`.

import Sparkle

public let samTranslatorApiWithPropagateTagsYamlTemplate = Template("sam_translator_api_with_propagate_tags_yaml") {
    SamTranslatorApiWithPropagateTagsYamlTemplate.parameters()
    SamTranslatorApiWithPropagateTagsYamlTemplate.resources()
}

/// The parts of `samTranslatorApiWithPropagateTagsYamlTemplate`.
enum SamTranslatorApiWithPropagateTagsYamlTemplate {}
