// Imported from template.yaml by `sparkle import`.

import Sparkle

public let serverlessPatternsQldbKinesisLambdaDynamodbTemplateYamlTemplate = Template("serverless_patterns_qldb_kinesis_lambda_dynamodb_template_yaml", description: "Serverless patterns - Amazon API Gateway to AWS Lambda to Amazon QLDB (uksb-1tthgi812) (tag:qldb-kinesis-lambda-dynamodb)") {
    FormatVersion()
    Transform("AWS::Serverless-2016-10-31")
    Globals("Api", ["TracingEnabled": true, "OpenApiVersion": "3.0.1"])
    Globals("Function", [
        "Tracing": "Active",
        "Timeout": 6,
        "Environment": [
            "Variables": ["TABLE_NAME": "qldb-person", "AWS_NODEJS_CONNECTION_REUSE_ENABLED": 1],
        ],
    ])
    ServerlessPatternsQldbKinesisLambdaDynamodbTemplateYamlTemplate.resources()
}

/// The parts of `serverlessPatternsQldbKinesisLambdaDynamodbTemplateYamlTemplate`.
enum ServerlessPatternsQldbKinesisLambdaDynamodbTemplateYamlTemplate {}
