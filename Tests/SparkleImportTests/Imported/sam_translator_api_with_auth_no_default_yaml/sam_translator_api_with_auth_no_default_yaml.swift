// Imported from api_with_auth_no_default.yaml by `sparkle import`.

import Sparkle

public let samTranslatorApiWithAuthNoDefaultYamlTemplate = Template("sam_translator_api_with_auth_no_default_yaml") {
    SamTranslatorApiWithAuthNoDefaultYamlTemplate.resources()
}

/// The parts of `samTranslatorApiWithAuthNoDefaultYamlTemplate`.
enum SamTranslatorApiWithAuthNoDefaultYamlTemplate {}
