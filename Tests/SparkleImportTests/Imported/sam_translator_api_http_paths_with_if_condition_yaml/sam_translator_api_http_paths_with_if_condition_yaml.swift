// Imported from api_http_paths_with_if_condition.yaml by `sparkle import`.

import Sparkle

public let samTranslatorApiHttpPathsWithIfConditionYamlTemplate = Template("sam_translator_api_http_paths_with_if_condition_yaml", description: """
    sam-app
    Sample SAM Template for sam-app

    """) {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    SamTranslatorApiHttpPathsWithIfConditionYamlTemplate.conditions()
    SamTranslatorApiHttpPathsWithIfConditionYamlTemplate.resources()
}

/// The parts of `samTranslatorApiHttpPathsWithIfConditionYamlTemplate`.
enum SamTranslatorApiHttpPathsWithIfConditionYamlTemplate {}
