// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsCwSnsSecretsmanagerTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("MySnsTopicName", Fn.getAtt("SnsTopicEventRule", "TopicName"), description: "SNS topic name")
        Output("MySnsTopicArn", Ref("SnsTopicEventRule"), description: "SNS topic ARN")
    }
}
