// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsApigwSqsLambdaDdbTemplateYamlTemplate = Template("serverless_patterns_apigw_sqs_lambda_ddb_template_yaml", description: "A endpoint hosted by an API Gateway which invokes SQS, consumed by lambda function and persisted in a dynamoDB table. (uksb-1tthgi812) (tag:apigw-sqs-lambda-ddb)") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    ServerlessPatternsApigwSqsLambdaDdbTemplateYamlTemplate.resources_1()
    ServerlessPatternsApigwSqsLambdaDdbTemplateYamlTemplate.resources_2()
    ServerlessPatternsApigwSqsLambdaDdbTemplateYamlTemplate.outputs()
}

/// The parts of `serverlessPatternsApigwSqsLambdaDdbTemplateYamlTemplate`.
enum ServerlessPatternsApigwSqsLambdaDdbTemplateYamlTemplate {}
