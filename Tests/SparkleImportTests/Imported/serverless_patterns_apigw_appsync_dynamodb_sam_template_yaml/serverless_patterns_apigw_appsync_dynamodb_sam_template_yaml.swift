// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsApigwAppsyncDynamodbSamTemplateYamlTemplate = Template("serverless_patterns_apigw_appsync_dynamodb_sam_template_yaml", description: "API Gateway used as a proxy to a Restaurants GraphQL API on AWS AppSync") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    ServerlessPatternsApigwAppsyncDynamodbSamTemplateYamlTemplate.resources_1()
    ServerlessPatternsApigwAppsyncDynamodbSamTemplateYamlTemplate.resources_2()
    ServerlessPatternsApigwAppsyncDynamodbSamTemplateYamlTemplate.outputs()
}

/// The parts of `serverlessPatternsApigwAppsyncDynamodbSamTemplateYamlTemplate`.
enum ServerlessPatternsApigwAppsyncDynamodbSamTemplateYamlTemplate {}
