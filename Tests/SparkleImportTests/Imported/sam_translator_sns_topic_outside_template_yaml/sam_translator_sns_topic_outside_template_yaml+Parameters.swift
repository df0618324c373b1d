// Imported from sns_topic_outside_template.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorSnsTopicOutsideTemplateYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("SNSTopicArn", type: .string)
    }
}
