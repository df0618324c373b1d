// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsEventbridgeCrossRegionEventbusSourceTemplateYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        myEventBus
        eventRuleRegion1
        eventRuleRegion2
        eventRuleRegion3
        eventBridgeIAMrole
        webhookFunction
    }

    static var myEventBus: Resource {
        Resource("MyEventBus", type: "AWS::Events::EventBus") {
            Property("Name", "CrossRegionSource")
        }
    }

    static var eventRuleRegion1: Resource {
        Resource("EventRuleRegion1", type: "AWS::Events::Rule") {
            Property("Description", "EventRule - us-east-1 routing")
            Property("EventBusName", myEventBus.ref)
            Property("State", "ENABLED")
            Property("EventPattern", [
                "source": [Ref("EventSource")],
                "detail": ["apiEvent": ["region": ["us-east-1"]]],
            ])
            Property("Targets", [
                [
                    "Arn": Fn.sub("arn:aws:events:us-east-1:\(AWS.accountId):event-bus/CrossRegionDestination"),
                    "Id": "CrossRegionEventBus1",
                    "RoleArn": eventBridgeIAMrole.getAtt("Arn"),
                ],
            ])
        }
    }

    static var eventRuleRegion2: Resource {
        Resource("EventRuleRegion2", type: "AWS::Events::Rule") {
            Property("Description", "EventRule - us-west-2 routing")
            Property("EventBusName", myEventBus.ref)
            Property("State", "ENABLED")
            Property("EventPattern", [
                "source": [Ref("EventSource")],
                "detail": ["apiEvent": ["region": ["us-west-2"]]],
            ])
            Property("Targets", [
                [
                    "Arn": Fn.sub("arn:aws:events:us-west-2:\(AWS.accountId):event-bus/CrossRegionDestination"),
                    "Id": "CrossRegionEventBus2",
                    "RoleArn": eventBridgeIAMrole.getAtt("Arn"),
                ],
            ])
        }
    }

    static var eventRuleRegion3: Resource {
        Resource("EventRuleRegion3", type: "AWS::Events::Rule") {
            Property("Description", "EventRule - eu-west-1 routing")
            Property("EventBusName", myEventBus.ref)
            Property("State", "ENABLED")
            Property("EventPattern", [
                "source": [Ref("EventSource")],
                "detail": ["apiEvent": ["region": ["eu-west-1"]]],
            ])
            Property("Targets", [
                [
                    "Arn": Fn.sub("arn:aws:events:eu-west-1:\(AWS.accountId):event-bus/CrossRegionDestination"),
                    "Id": "CrossRegionEventBus3",
                    "RoleArn": eventBridgeIAMrole.getAtt("Arn"),
                ],
            ])
        }
    }

    static var eventBridgeIAMrole: Resource {
        Resource("EventBridgeIAMrole", type: "AWS::IAM::Role") {
            Property("AssumeRolePolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [
                    [
                        "Effect": "Allow",
                        "Principal": ["Service": Fn.sub("events.amazonaws.com")],
                        "Action": "sts:AssumeRole",
                    ],
                ],
            ])
            Property("Path", "/")
            Property("Policies", [
                [
                    "PolicyName": "PutEventsDestinationBus",
                    "PolicyDocument": [
                        "Version": "2012-10-17",
                        "Statement": [
                            [
                                "Effect": "Allow",
                                "Action": ["events:PutEvents"],
                                "Resource": [
                                    Fn.sub("arn:aws:events:us-east-1:\(AWS.accountId):event-bus/CrossRegionDestination"),
                                    Fn.sub("arn:aws:events:us-west-2:\(AWS.accountId):event-bus/CrossRegionDestination"),
                                    Fn.sub("arn:aws:events:eu-west-1:\(AWS.accountId):event-bus/CrossRegionDestination"),
                                ],
                            ],
                        ],
                    ],
                ],
            ])
        }
    }

    static var webhookFunction: Resource {
        Resource("WebhookFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "src/")
            Property("Handler", "app.handler")
            Property("MemorySize", 128)
            Property("Timeout", 3)
            Property("Runtime", "nodejs24.x")
            Property("Environment", [
                "Variables": ["EVENTSOURCE": Ref("EventSource"), "EVENT_BUS_NAME": myEventBus.ref],
            ])
            Property("Policies", [["EventBridgePutEventsPolicy": ["EventBusName": myEventBus.ref]]])
            Property("Events", [
                "HttpApiEvent": ["Type": "HttpApi", "Properties": ["Path": "/", "Method": "GET"]],
            ])
        }
    }
}
