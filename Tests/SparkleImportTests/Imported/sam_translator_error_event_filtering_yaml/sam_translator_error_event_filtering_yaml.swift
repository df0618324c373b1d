// Imported from error_event_filtering.yaml by `sparkle import`.

import Sparkle

public let samTranslatorErrorEventFilteringYamlTemplate = Template("sam_translator_error_event_filtering_yaml") {
    SamTranslatorErrorEventFilteringYamlTemplate.resources()
}

/// The parts of `samTranslatorErrorEventFilteringYamlTemplate`.
enum SamTranslatorErrorEventFilteringYamlTemplate {}
