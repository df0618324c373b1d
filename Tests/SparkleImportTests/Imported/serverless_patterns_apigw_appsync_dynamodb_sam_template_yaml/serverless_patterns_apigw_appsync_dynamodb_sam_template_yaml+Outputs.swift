// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsApigwAppsyncDynamodbSamTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("ApiGatewayEndpoint", Fn.sub("https://\(httpApiProxy.ref).execute-api.\(AWS.region).\(AWS.urlSuffix)/restaurant"), description: "HTTP API Gateway endpoint for /restaurant path")
        Output("AppSyncApiKey", appsyncGraphQLApiKey.getAtt("ApiKey"), description: "AppSync API Key")
        Output("AppSyncGraphQLAPIURL", appsyncGraphQLApi.getAtt("GraphQLUrl"), description: "AppSync GraphQL API URL")
    }
}
