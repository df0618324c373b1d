// Imported from error_websocket_api_config_no_auth.yaml by `sparkle import`.

import Sparkle

public let samTranslatorErrorWebsocketApiConfigNoAuthYamlTemplate = Template("sam_translator_error_websocket_api_config_no_auth_yaml") {
    SamTranslatorErrorWebsocketApiConfigNoAuthYamlTemplate.resources()
}

/// The parts of `samTranslatorErrorWebsocketApiConfigNoAuthYamlTemplate`.
enum SamTranslatorErrorWebsocketApiConfigNoAuthYamlTemplate {}
