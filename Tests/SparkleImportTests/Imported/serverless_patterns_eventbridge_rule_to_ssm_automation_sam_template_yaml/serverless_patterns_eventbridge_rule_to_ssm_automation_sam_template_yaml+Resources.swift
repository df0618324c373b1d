// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsEventbridgeRuleToSsmAutomationSamTemplateYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        ruleAssumeRole
        automationAssumeRole
        eventBridgeRule
    }

    static var ruleAssumeRole: Resource {
        Resource("RuleAssumeRole", type: "AWS::IAM::Role") {
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Principal": ["Service": ["events.amazonaws.com"]],
                        "Action": "sts:AssumeRole",
                    ],
                ],
            ])
            Property("Path", "/")
            Property("Policies", [
                [
                    "PolicyDocument": [
                        "Version": "2012-10-17",
                        "Statement": [
                            [
                                "Action": ["iam:PassRole"],
                                "Resource": [automationAssumeRole.getAtt("Arn")],
                                "Effect": "Allow",
                            ],
                        ],
                    ],
                    "PolicyName": "PassRolePolicy",
                ],
                [
                    "PolicyDocument": [
                        "Version": "2012-10-17",
                        "Statement": [
                            [
                                "Action": ["ssm:StartAutomationExecution"],
                                "Resource": [
                                    Fn.sub("arn:aws:ssm:\(AWS.region)::automation-definition/AWSSupport-ConfigureEC2Metadata:$DEFAULT"),
                                ],
                                "Effect": "Allow",
                            ],
                        ],
                    ],
                    "PolicyName": "StartAutomationPolicy",
                ],
            ])
        }
    }

    static var automationAssumeRole: Resource {
        Resource("AutomationAssumeRole", type: "AWS::IAM::Role") {
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Principal": ["Service": ["ssm.amazonaws.com"]],
                        "Action": "sts:AssumeRole",
                    ],
                ],
            ])
            Property("Path", "/")
            Property("Policies", [
                [
                    "PolicyDocument": [
                        "Version": "2012-10-17",
                        "Statement": [
                            [
                                "Action": [
                                    "ec2:DescribeInstances",
                                    "ec2:ModifyInstanceMetadataOptions",
                                    "ssm:GetAutomationExecution",
                                    "ssm:StartAutomationExecution",
                                ],
                                "Resource": ["*"],
                                "Effect": "Allow",
                            ],
                        ],
                    ],
                    "PolicyName": "ConfigureEC2MetadataPolicy",
                ],
            ])
        }
    }

    static var eventBridgeRule: Resource {
        Resource("EventBridgeRule", type: "AWS::Events::Rule") {
            Property("Description", "Trigger AWSSupport-ConfigureEC2Metadata document to disable IMDSv1 when an EC2 Instance is started.")
            Property("EventPattern", [
                "source": ["aws.ec2"],
                "detail-type": ["EC2 Instance State-change Notification"],
                "detail": ["state": ["running"]],
            ])
            Property("Targets", [
                [
                    "Arn": Fn.sub("arn:aws:ssm:\(AWS.region)::automation-definition/AWSSupport-ConfigureEC2Metadata"),
                    "Id": "DisableIMDSv1Rule",
                    "RoleArn": ruleAssumeRole.getAtt("Arn"),
                    "InputTransformer": [
                        "InputPathsMap": ["instance": "$.detail.instance-id"],
                        "InputTemplate": Fn.sub("""
                        {
                          "InstanceId": ["<instance>"],
                          "HttpPutResponseHopLimit": ["${MetadataHttpPutResponseHopLimit}"],
                          "EnforceIMDSv2": ["required"],
                          "MetadataAccess": ["enabled"],
                          "AutomationAssumeRole": ["\(automationAssumeRole.getAtt("Arn"))"]
                        }

                        """),
                    ],
                ],
            ])
        }
    }
}
