// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsLambdaStreamingTtfbWriteSamWithDynamodbTemplateYamlTemplate = Template("serverless_patterns_lambda_streaming_ttfb_write_sam_with_dynamodb_template_yaml", description: "(uksb-1tthgi812) (tag:lambda-streaming-ttfb-write-sam-with-dynamodb) Serverless Patterns - Lambda Streaming Response with DynamoDB") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    ServerlessPatternsLambdaStreamingTtfbWriteSamWithDynamodbTemplateYamlTemplate.resources()
    ServerlessPatternsLambdaStreamingTtfbWriteSamWithDynamodbTemplateYamlTemplate.outputs()
}

/// The parts of `serverlessPatternsLambdaStreamingTtfbWriteSamWithDynamodbTemplateYamlTemplate`.
enum ServerlessPatternsLambdaStreamingTtfbWriteSamWithDynamodbTemplateYamlTemplate {}
