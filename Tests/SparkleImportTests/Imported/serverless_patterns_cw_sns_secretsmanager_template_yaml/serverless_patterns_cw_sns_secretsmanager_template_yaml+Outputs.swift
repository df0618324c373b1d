// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsCwSnsSecretsmanagerTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("MySnsTopicName", snsTopicEventRule.getAtt("TopicName"), description: "SNS topic name")
        Output("MySnsTopicArn", snsTopicEventRule.ref, description: "SNS topic ARN")
    }
}
