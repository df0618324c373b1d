import Sparkle

/// SES sending events (deliveries, bounces, complaints) published to SNS, recorded by a Python
/// Lambda into DynamoDB.
let sesEventsServerless = Template(
    "ses_events_serverless", description: "SES events: SNS topic → Python Lambda → DynamoDB table"
) {
    FormatVersion()
    sesTopic
    sesTable
    sesRole
    sesFunction
    snsLambdaSubscription("SesEvents", SnsLambdaSubscription(topic: sesTopic, function: sesFunction))
    Output("TopicArn", sesTopic.ref, description: "Point the SES configuration set's SNS destination here")
    Output("TableName", sesTable.ref, description: "Where the events are recorded")
}

private var sesTopic: Resource {
    Resource("SesEventsTopic", type: "AWS::SNS::Topic") {
        Property("DisplayName", "ses-events")
    }
}

private var sesTable: Resource {
    Resource("SesEventsTable", type: "AWS::DynamoDB::Table") {
        Property("BillingMode", "PAY_PER_REQUEST")
        Property("AttributeDefinitions", [
            ["AttributeName": "MessageId", "AttributeType": "S"], ["AttributeName": "EventTime", "AttributeType": "S"],
        ])
        Property("KeySchema", [["AttributeName": "MessageId", "KeyType": "HASH"], ["AttributeName": "EventTime", "KeyType": "RANGE"]])
    }
}

private var sesRole: Resource {
    Resource("SesEventsFunctionRole", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", serviceTrustPolicy("lambda.amazonaws.com"))
        Property("ManagedPolicyArns", [awsManagedPolicy("service-role/AWSLambdaBasicExecutionRole")])
        Property("Policies", [[
            "PolicyName": "record-events",
            "PolicyDocument": policyDocument([allow(["dynamodb:PutItem"], on: [sesTable.getAtt("Arn")])]),
        ]])
    }
}

private var sesFunction: Resource {
    Resource("SesEventsFunction", type: "AWS::Lambda::Function") {
        Property("Runtime", "python3.12")
        Property("Handler", "index.handler")
        Property("Role", sesRole.getAtt("Arn"))
        Property("Timeout", 30)
        Property("Environment", ["Variables": ["TABLE_NAME": sesTable.ref]])
        Property("Code", ["ZipFile": """
            import json, os
            import boto3

            table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])

            def handler(event, context):
                for record in event["Records"]:
                    message = json.loads(record["Sns"]["Message"])
                    mail = message.get("mail", {})
                    table.put_item(Item={
                        "MessageId": mail.get("messageId", record["Sns"]["MessageId"]),
                        "EventTime": record["Sns"]["Timestamp"],
                        "EventType": message.get("eventType", message.get("notificationType", "unknown")),
                        "Destination": ",".join(mail.get("destination", [])),
                    })

            """])
    }
}
