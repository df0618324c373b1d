// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsApigwMappingtemplateLambdaNodejsTemplateYamlTemplate = Template("serverless_patterns_apigw_mappingtemplate_lambda_nodejs_template_yaml", description: "Serverless patterns - This SAM template creates a Regional REST API with a mapping template in the integration request to pass to the lambda function. (uksb-1tthgi812) (tag:apigw-mappingtemplate-lambda-nodejs)") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    ServerlessPatternsApigwMappingtemplateLambdaNodejsTemplateYamlTemplate.resources()
}

/// The parts of `serverlessPatternsApigwMappingtemplateLambdaNodejsTemplateYamlTemplate`.
enum ServerlessPatternsApigwMappingtemplateLambdaNodejsTemplateYamlTemplate {}
