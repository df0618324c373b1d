// Imported from connector_sns_to_function.yaml by `sparkle import`.

import Sparkle

public let samTranslatorConnectorSnsToFunctionYamlTemplate = Template("sam_translator_connector_sns_to_function_yaml") {
    SamTranslatorConnectorSnsToFunctionYamlTemplate.resources()
}

/// The parts of `samTranslatorConnectorSnsToFunctionYamlTemplate`.
enum SamTranslatorConnectorSnsToFunctionYamlTemplate {}
