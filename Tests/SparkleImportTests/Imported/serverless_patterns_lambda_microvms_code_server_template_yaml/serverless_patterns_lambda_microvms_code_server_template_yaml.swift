// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsLambdaMicrovmsCodeServerTemplateYamlTemplate = Template("serverless_patterns_lambda_microvms_code_server_template_yaml", description: "VS Code Server (code-server) on AWS Lambda MicroVM") {
    FormatVersion()
    ServerlessPatternsLambdaMicrovmsCodeServerTemplateYamlTemplate.parameters()
    ServerlessPatternsLambdaMicrovmsCodeServerTemplateYamlTemplate.resources()
    ServerlessPatternsLambdaMicrovmsCodeServerTemplateYamlTemplate.outputs()
}

/// The parts of `serverlessPatternsLambdaMicrovmsCodeServerTemplateYamlTemplate`.
enum ServerlessPatternsLambdaMicrovmsCodeServerTemplateYamlTemplate {}
