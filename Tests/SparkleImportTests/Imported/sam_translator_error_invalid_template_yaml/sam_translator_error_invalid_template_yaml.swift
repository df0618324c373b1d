// Imported from error_invalid_template.yaml by `sparkle import`.

import Sparkle

public let samTranslatorErrorInvalidTemplateYamlTemplate = Template("sam_translator_error_invalid_template_yaml") {
    Key("Resource", [
        "Function": ["Type": "AWS::Serverless::Function", "Properties": ["Runtime": "node6.10"]],
    ])
}

/// The parts of `samTranslatorErrorInvalidTemplateYamlTemplate`.
enum SamTranslatorErrorInvalidTemplateYamlTemplate {}
