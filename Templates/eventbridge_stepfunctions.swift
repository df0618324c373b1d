import Sparkle

/// Partner events on their own event bus start an EXPRESS state machine that forwards each event
/// to an HTTPS endpoint through an EventBridge connection holding the endpoint's password.
let eventbridgeStepfunctions = Template(
    "eventbridge_stepfunctions", description: "Partner event bus → rule → EXPRESS state machine calling an API with a stored password"
) {
    FormatVersion()
    Parameter(
        "PartnerEventSourceName", type: .string, default: "aws.partner/example.com/123456789012/orders",
        allowedPattern: "^aws\\.partner/.+$", description: "The partner event source to receive",
        constraintDescription: "an event source name starting with aws.partner/")
    Parameter("EndpointUrl", type: .string, default: "https://api.example.com/orders", description: "Where each event is posted")
    Parameter("EndpointUsername", type: .string, default: "orders", description: "Basic-auth user of the endpoint")
    // NoEcho: CloudFormation never shows it, and EventBridge keeps it in Secrets Manager.
    Parameter("EndpointPassword", type: .string, description: "Basic-auth password of the endpoint", minLength: 8, noEcho: true)
    partnerBus
    connection
    machineRole
    stateMachine
    eventsRole
    Resource("PartnerEventsRule", type: "AWS::Events::Rule") {
        Property("EventBusName", partnerBus.ref)
        Property("EventPattern", ["source": [["prefix": "aws.partner/"]]])
        Property("Targets", [["Id": "forward", "Arn": stateMachine.ref, "RoleArn": eventsRole.getAtt("Arn")]])
    }
    Output("EventBusArn", partnerBus.getAtt("Arn"), description: "The partner event bus")
    Output("StateMachineArn", stateMachine.ref, description: "The forwarding state machine")
}

private var partnerBus: Resource {
    Resource("PartnerBus", type: "AWS::Events::EventBus") {
        Property("Name", Ref("PartnerEventSourceName"))
        Property("EventSourceName", Ref("PartnerEventSourceName"))
    }
}

private var connection: Resource {
    Resource("EndpointConnection", type: "AWS::Events::Connection") {
        Property("AuthorizationType", "BASIC")
        Property("AuthParameters", ["BasicAuthParameters": ["Username": Ref("EndpointUsername"), "Password": Ref("EndpointPassword")]])
    }
}

private var machineRole: Resource {
    Resource("StateMachineRole", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", serviceTrustPolicy("states.amazonaws.com"))
        Property("Policies", [[
            "PolicyName": "invoke-endpoint",
            "PolicyDocument": policyDocument([
                allow(["states:InvokeHTTPEndpoint"], on: [Fn.sub("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:*")]),
                allow(["events:RetrieveConnectionCredentials"], on: [connection.getAtt("Arn")]),
                allow(["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], on: [connection.getAtt("SecretArn")]),
            ]),
        ]])
    }
}

private var stateMachine: Resource {
    Resource("ForwardingStateMachine", type: "AWS::StepFunctions::StateMachine") {
        Property("StateMachineType", "EXPRESS")
        Property("RoleArn", machineRole.getAtt("Arn"))
        Property(
            "DefinitionString",
            Fn.sub(
                """
                {
                  "Comment": "Forward a partner event to the endpoint",
                  "StartAt": "Post",
                  "States": {
                    "Post": {
                      "Type": "Task",
                      "Resource": "arn:aws:states:::http:invoke",
                      "Parameters": {
                        "ApiEndpoint": "${EndpointUrl}",
                        "Method": "POST",
                        "Authentication": {"ConnectionArn": "${EndpointConnection.Arn}"},
                        "RequestBody.$": "$.detail"
                      },
                      "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 3, "BackoffRate": 2}],
                      "End": true
                    }
                  }
                }

                """))
    }
}

private var eventsRole: Resource {
    Resource("EventsRole", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", serviceTrustPolicy("events.amazonaws.com"))
        Property("Policies", [[
            "PolicyName": "start-execution",
            "PolicyDocument": policyDocument([allow(["states:StartExecution"], on: [stateMachine.ref])]),
        ]])
    }
}
