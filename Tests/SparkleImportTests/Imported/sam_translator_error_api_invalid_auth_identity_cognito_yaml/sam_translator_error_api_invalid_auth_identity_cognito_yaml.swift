// Imported from error_api_invalid_auth_identity_cognito.yaml by `sparkle import`.

import Sparkle

public let samTranslatorErrorApiInvalidAuthIdentityCognitoYamlTemplate = Template("sam_translator_error_api_invalid_auth_identity_cognito_yaml") {
    SamTranslatorErrorApiInvalidAuthIdentityCognitoYamlTemplate.resources()
}

/// The parts of `samTranslatorErrorApiInvalidAuthIdentityCognitoYamlTemplate`.
enum SamTranslatorErrorApiInvalidAuthIdentityCognitoYamlTemplate {}
