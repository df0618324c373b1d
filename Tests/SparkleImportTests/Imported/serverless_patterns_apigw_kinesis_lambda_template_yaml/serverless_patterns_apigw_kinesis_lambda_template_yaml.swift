// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsApigwKinesisLambdaTemplateYamlTemplate = Template("serverless_patterns_apigw_kinesis_lambda_template_yaml", description: "An Amazon API Gateway REST API integration with a Kinesis Data Stream, which is consumed by Lambda function. (uksb-1tthgi812) (tag:apigw-kinesis-lambda)") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    ServerlessPatternsApigwKinesisLambdaTemplateYamlTemplate.resources_1()
    ServerlessPatternsApigwKinesisLambdaTemplateYamlTemplate.resources_2()
    ServerlessPatternsApigwKinesisLambdaTemplateYamlTemplate.outputs()
}

/// The parts of `serverlessPatternsApigwKinesisLambdaTemplateYamlTemplate`.
enum ServerlessPatternsApigwKinesisLambdaTemplateYamlTemplate {}
