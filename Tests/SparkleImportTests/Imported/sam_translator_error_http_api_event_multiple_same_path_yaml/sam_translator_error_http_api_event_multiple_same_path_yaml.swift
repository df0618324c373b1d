// Imported from error_http_api_event_multiple_same_path.yaml by `sparkle import`.

import Sparkle

public let samTranslatorErrorHttpApiEventMultipleSamePathYamlTemplate = Template("sam_translator_error_http_api_event_multiple_same_path_yaml") {
    SamTranslatorErrorHttpApiEventMultipleSamePathYamlTemplate.resources()
}

/// The parts of `samTranslatorErrorHttpApiEventMultipleSamePathYamlTemplate`.
enum SamTranslatorErrorHttpApiEventMultipleSamePathYamlTemplate {}
