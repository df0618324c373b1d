// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsSnsLambdaPythonSamTemplateYamlTemplate = Template("serverless_patterns_sns_lambda_python_sam_template_yaml") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    ServerlessPatternsSnsLambdaPythonSamTemplateYamlTemplate.resources()
    ServerlessPatternsSnsLambdaPythonSamTemplateYamlTemplate.outputs()
}

/// The parts of `serverlessPatternsSnsLambdaPythonSamTemplateYamlTemplate`.
enum ServerlessPatternsSnsLambdaPythonSamTemplateYamlTemplate {}
