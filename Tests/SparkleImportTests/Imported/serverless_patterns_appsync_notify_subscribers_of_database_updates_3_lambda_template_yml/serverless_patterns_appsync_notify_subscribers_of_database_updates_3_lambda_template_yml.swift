// Imported from template.yml by `sparkle import`.

import Sparkle

public let serverlessPatternsAppsyncNotifySubscribersOfDatabaseUpdates3LambdaTemplateYmlTemplate = Template("serverless_patterns_appsync_notify_subscribers_of_database_updates_3_lambda_template_yml", description: "Notify subscribers of database updates") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    Globals("Function", [
        "CodeUri": "src/",
        "Runtime": "nodejs24.x",
        "Timeout": 10,
        "MemorySize": 128,
        "Layers": [Ref("ExternalDepsLayerForLambda")],
    ])
    ServerlessPatternsAppsyncNotifySubscribersOfDatabaseUpdates3LambdaTemplateYmlTemplate.parameters()
    ServerlessPatternsAppsyncNotifySubscribersOfDatabaseUpdates3LambdaTemplateYmlTemplate.resources()
}

/// The parts of `serverlessPatternsAppsyncNotifySubscribersOfDatabaseUpdates3LambdaTemplateYmlTemplate`.
enum ServerlessPatternsAppsyncNotifySubscribersOfDatabaseUpdates3LambdaTemplateYmlTemplate {}
