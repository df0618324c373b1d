// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsS3ObjectLambdaTemplateYamlTemplate = Template("serverless_patterns_s3_object_lambda_template_yaml", description: "S3 Object Lambda (uksb-1tthgi812) (tag:s3-object-lambda)") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    ServerlessPatternsS3ObjectLambdaTemplateYamlTemplate.resources()
    ServerlessPatternsS3ObjectLambdaTemplateYamlTemplate.outputs()
}

/// The parts of `serverlessPatternsS3ObjectLambdaTemplateYamlTemplate`.
enum ServerlessPatternsS3ObjectLambdaTemplateYamlTemplate {}
