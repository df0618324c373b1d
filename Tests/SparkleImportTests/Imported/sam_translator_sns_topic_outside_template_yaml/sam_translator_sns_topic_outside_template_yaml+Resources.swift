// Imported from sns_topic_outside_template.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorSnsTopicOutsideTemplateYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        saveNotificationFunction
    }

    static var saveNotificationFunction: Resource {
        Resource("SaveNotificationFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/notifications.zip")
            Property("Handler", "index.save_notification")
            Property("Runtime", "nodejs12.x")
            Property("Events", [
                "NotificationTopic": ["Type": "SNS", "Properties": ["Topic": Ref("SNSTopicArn")]],
            ])
        }
    }
}
