// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsLambdaDurableWebhookSamPythonTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("WebhookEndpoint", Fn.sub("https://\(webhookApi.ref).execute-api.\(AWS.region).amazonaws.com/prod/webhook"), description: "Webhook receiver endpoint URL")
        Output("StatusEndpoint", Fn.sub("https://\(webhookApi.ref).execute-api.\(AWS.region).amazonaws.com/prod/status"), description: "Status query endpoint URL")
        Output("WebhookProcessorFunctionArn", webhookProcessorFunction.getAtt("Arn"), description: "Webhook Processor Durable Function ARN")
        Output("EventsTableName", webhookEventsTable.ref, description: "DynamoDB table name")
    }
}
