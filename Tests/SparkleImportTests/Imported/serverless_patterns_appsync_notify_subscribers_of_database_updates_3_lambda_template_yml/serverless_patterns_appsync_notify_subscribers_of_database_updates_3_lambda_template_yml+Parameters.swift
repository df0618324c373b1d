// Imported from template.yml by `sparkle import`.

import Sparkle

extension ServerlessPatternsAppsyncNotifySubscribersOfDatabaseUpdates3LambdaTemplateYmlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("GraphQLApiEndpoint", type: .string, description: "The https endpoint of an AppSync API")
        Parameter("AppSyncApiKey", type: .string, description: "The apikey of an AppSync API")
        Parameter("GraphQLApiId", type: .string, description: "The id of an AppSync API")
        Parameter("OrdersEventBusName", type: .string, default: "orders", description: "The Name of OrdersEventBus")
        Parameter("OrdersEventBusArn", type: .string, description: "The ARN of OrdersEventBus")
    }
}
