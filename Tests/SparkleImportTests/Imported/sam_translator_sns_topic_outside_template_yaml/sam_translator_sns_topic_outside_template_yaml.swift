// Imported from sns_topic_outside_template.yaml by `sparkle import`.

import Sparkle

public let samTranslatorSnsTopicOutsideTemplateYamlTemplate = Template("sam_translator_sns_topic_outside_template_yaml") {
    SamTranslatorSnsTopicOutsideTemplateYamlTemplate.parameters()
    SamTranslatorSnsTopicOutsideTemplateYamlTemplate.resources()
}

/// The parts of `samTranslatorSnsTopicOutsideTemplateYamlTemplate`.
enum SamTranslatorSnsTopicOutsideTemplateYamlTemplate {}
