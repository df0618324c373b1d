// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsEventbridgeCrossRegionEventbusSourceTemplateYamlTemplate = Template("serverless_patterns_eventbridge_cross_region_eventbus_source_template_yaml", description: "EventBridge source bus - API Gateway webhook to custom event bus") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    ServerlessPatternsEventbridgeCrossRegionEventbusSourceTemplateYamlTemplate.parameters()
    ServerlessPatternsEventbridgeCrossRegionEventbusSourceTemplateYamlTemplate.resources()
    ServerlessPatternsEventbridgeCrossRegionEventbusSourceTemplateYamlTemplate.outputs()
}

/// The parts of `serverlessPatternsEventbridgeCrossRegionEventbusSourceTemplateYamlTemplate`.
enum ServerlessPatternsEventbridgeCrossRegionEventbusSourceTemplateYamlTemplate {}
