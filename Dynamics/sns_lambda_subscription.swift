import Sparkle

/// A topic and the Lambda that should receive its messages.
struct SnsLambdaSubscription: Sendable {
    var topic: any ResourceReference
    var function: any ResourceReference
}

/// Subscribes a Lambda to an SNS topic and lets SNS invoke it: the two halves that are always
/// needed together. Inserted as `Alert`, it creates `AlertSubscription` and `AlertPermission`.
let snsLambdaSubscription = Dynamic<SnsLambdaSubscription>(
    "sns_lambda_subscription", description: "An SNS topic's subscription of a Lambda, with the permission to invoke it"
) { name, link in
    Resource("\(name)Subscription", type: "AWS::SNS::Subscription") {
        Property("TopicArn", link.topic.ref)
        Property("Protocol", "lambda")
        Property("Endpoint", link.function.getAtt("Arn"))
    }
    Resource("\(name)Permission", type: "AWS::Lambda::Permission") {
        Property("Action", "lambda:InvokeFunction")
        Property("FunctionName", link.function.ref)
        Property("Principal", "sns.amazonaws.com")
        Property("SourceArn", link.topic.ref)
    }
}
