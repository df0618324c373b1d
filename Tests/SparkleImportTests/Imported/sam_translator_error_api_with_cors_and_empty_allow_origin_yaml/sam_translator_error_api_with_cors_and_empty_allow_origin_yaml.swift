// Imported from error_api_with_cors_and_empty_allow_origin.yaml by `sparkle import`.

import Sparkle

public let samTranslatorErrorApiWithCorsAndEmptyAllowOriginYamlTemplate = Template("sam_translator_error_api_with_cors_and_empty_allow_origin_yaml") {
    Globals("Api", ["Cors": Fn.join(",", ["www.amazon.com", "www.google.com"])])
    SamTranslatorErrorApiWithCorsAndEmptyAllowOriginYamlTemplate.resources()
}

/// The parts of `samTranslatorErrorApiWithCorsAndEmptyAllowOriginYamlTemplate`.
enum SamTranslatorErrorApiWithCorsAndEmptyAllowOriginYamlTemplate {}
