// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsCwSnsSecretsmanagerTemplateYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        eventRule
        snsTopicEventRule
        snsTopicPolicyEventRule
    }

    static var eventRule: Resource {
        Resource("EventRule", type: "AWS::Events::Rule") {
            Property("Name", "detect-secret-key-changes")
            Property("Description", "A CloudWatch Event Rule that detects changes to secret's manager secret key and publishes change events to an SNS topic for notification.")
            Property("State", "ENABLED")
            Property("Targets", [["Arn": snsTopicEventRule.ref, "Id": "target-id1"]])
            Property("EventPattern", [
                "detail-type": ["AWS API Call via CloudTrail"],
                "detail": [
                    "eventSource": ["secretsmanager.amazonaws.com"],
                    "eventName": ["CreateSecret", "UpdateSecret", "GetSecretValue", "PutSecretValue"],
                ],
            ])
        }
    }

    static var snsTopicEventRule: Resource {
        Resource("SnsTopicEventRule", type: "AWS::SNS::Topic") {
            Property("Subscription", [["Endpoint": Ref("SNSEndpoint"), "Protocol": "email"]])
            Property("TopicName", "event-rule-action")
        }
    }

    static var snsTopicPolicyEventRule: Resource {
        Resource("SnsTopicPolicyEventRule", type: "AWS::SNS::TopicPolicy") {
            Property("PolicyDocument", [
                "Statement": [
                    [
                        "Sid": "__default_statement_ID",
                        "Effect": "Allow",
                        "Principal": ["AWS": AWS.accountId],
                        "Action": [
                            "SNS:GetTopicAttributes",
                            "SNS:SetTopicAttributes",
                            "SNS:AddPermission",
                            "SNS:RemovePermission",
                            "SNS:DeleteTopic",
                            "SNS:Subscribe",
                            "SNS:ListSubscriptionsByTopic",
                            "SNS:Publish",
                            "SNS:Receive",
                        ],
                        "Resource": snsTopicEventRule.ref,
                        "Condition": ["StringEquals": ["AWS:SourceOwner": AWS.accountId]],
                    ],
                    [
                        "Sid": "TrustCWEToPublishEventsToMyTopic",
                        "Effect": "Allow",
                        "Principal": ["Service": "events.amazonaws.com"],
                        "Action": "sns:Publish",
                        "Resource": snsTopicEventRule.ref,
                    ],
                ],
            ])
            Property("Topics", [snsTopicEventRule.ref])
        }
    }
}
