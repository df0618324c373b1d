// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsLambdaDurableWebhookSamPythonTemplateYamlTemplate = Template("serverless_patterns_lambda_durable_webhook_sam_python_template_yaml", description: "Webhook Receiver Pattern using Lambda durable functions with Python") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    ServerlessPatternsLambdaDurableWebhookSamPythonTemplateYamlTemplate.parameters()
    ServerlessPatternsLambdaDurableWebhookSamPythonTemplateYamlTemplate.resources()
    ServerlessPatternsLambdaDurableWebhookSamPythonTemplateYamlTemplate.outputs()
}

/// The parts of `serverlessPatternsLambdaDurableWebhookSamPythonTemplateYamlTemplate`.
enum ServerlessPatternsLambdaDurableWebhookSamPythonTemplateYamlTemplate {}
