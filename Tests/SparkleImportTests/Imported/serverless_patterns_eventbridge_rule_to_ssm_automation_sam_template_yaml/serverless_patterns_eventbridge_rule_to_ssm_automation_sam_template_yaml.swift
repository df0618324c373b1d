// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsEventbridgeRuleToSsmAutomationSamTemplateYamlTemplate = Template("serverless_patterns_eventbridge_rule_to_ssm_automation_sam_template_yaml", description: "Serverless patterns - Amazon EventBridge Rule to AWS Systems Manager Automation (uksb-1tthgi812) (tag:eventbridge-rule-to-ssm-automation-sam)") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    ServerlessPatternsEventbridgeRuleToSsmAutomationSamTemplateYamlTemplate.parameters()
    ServerlessPatternsEventbridgeRuleToSsmAutomationSamTemplateYamlTemplate.resources()
}

/// The parts of `serverlessPatternsEventbridgeRuleToSsmAutomationSamTemplateYamlTemplate`.
enum ServerlessPatternsEventbridgeRuleToSsmAutomationSamTemplateYamlTemplate {}
