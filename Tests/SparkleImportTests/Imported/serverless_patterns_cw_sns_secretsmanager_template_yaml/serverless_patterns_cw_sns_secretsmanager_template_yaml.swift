// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsCwSnsSecretsmanagerTemplateYamlTemplate = Template("serverless_patterns_cw_sns_secretsmanager_template_yaml", description: "Detect and Notify on Amazon Secrets Manager Secret Key Creation, Updation and Deletion using Amazon CloudWatch event and Amazon SNS (uksb-1tthgi812) (tag:cw-sns-secretsmanager)") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    ServerlessPatternsCwSnsSecretsmanagerTemplateYamlTemplate.parameters()
    ServerlessPatternsCwSnsSecretsmanagerTemplateYamlTemplate.resources()
    ServerlessPatternsCwSnsSecretsmanagerTemplateYamlTemplate.outputs()
}

/// The parts of `serverlessPatternsCwSnsSecretsmanagerTemplateYamlTemplate`.
enum ServerlessPatternsCwSnsSecretsmanagerTemplateYamlTemplate {}
