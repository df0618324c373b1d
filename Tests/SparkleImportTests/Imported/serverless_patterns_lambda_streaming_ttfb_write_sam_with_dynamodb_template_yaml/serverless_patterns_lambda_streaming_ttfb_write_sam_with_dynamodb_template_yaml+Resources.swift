// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsLambdaStreamingTtfbWriteSamWithDynamodbTemplateYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        dataDumpFunction
        streamingFunction
        ddbTable
    }

    static var dataDumpFunction: Resource {
        Resource("DataDumpFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "src/data-dump/")
            Property("Handler", "index.handler")
            Property("Runtime", "nodejs24.x")
            Property("Timeout", 30)
            Property("MemorySize", 512)
            Property("AutoPublishAlias", "live")
            Property("Environment", ["Variables": ["DDB_TABLE_NAME": ddbTable.ref]])
            Property("FunctionUrlConfig", ["AuthType": "AWS_IAM", "InvokeMode": "BUFFERED"])
            Property("Policies", [["DynamoDBCrudPolicy": ["TableName": ddbTable.ref]]])
        }
    }

    static var streamingFunction: Resource {
        Resource("StreamingFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "src/streaming-function/")
            Property("Handler", "index.handler")
            Property("Runtime", "nodejs24.x")
            Property("Timeout", 30)
            Property("MemorySize", 512)
            Property("AutoPublishAlias", "live")
            Property("Environment", ["Variables": ["DDB_TABLE_NAME": ddbTable.ref]])
            Property("FunctionUrlConfig", ["AuthType": "AWS_IAM", "InvokeMode": "RESPONSE_STREAM"])
            Property("Policies", [["DynamoDBReadPolicy": ["TableName": ddbTable.ref]]])
        }
    }

    static var ddbTable: Resource {
        Resource("DDBTable", type: "AWS::DynamoDB::Table") {
            Property("BillingMode", "PAY_PER_REQUEST")
            Property("AttributeDefinitions", [["AttributeName": "id", "AttributeType": "S"]])
            Property("KeySchema", [["AttributeName": "id", "KeyType": "HASH"]])
        }
    }
}
