// Imported from globals_for_function.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorGlobalsForFunctionYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        minimalFunction
        functionWithOverrides
    }

    static var minimalFunction: Resource {
        Resource("MinimalFunction", type: "AWS::Serverless::Function")
    }

    static var functionWithOverrides: Resource {
        Resource("FunctionWithOverrides", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/hello.zip")
            Property("Handler", "index.handler")
            Property("Runtime", "nodejs12.x")
            Property("MemorySize", 512)
            Property("Timeout", 100)
            Property("VpcConfig", ["SecurityGroupIds": ["sg-123"]])
            Property("Environment", ["Variables": ["Var3": "value3"]])
            Property("Tags", ["newtag1": "newvalue1"])
            Property("Tracing", "PassThrough")
            Property("AutoPublishAlias", "prod")
            Property("PermissionsBoundary", "arn:aws:1234:iam:boundary/OverridePermissionsBoundary")
            Property("Layers", [
                Fn.sub("arn:\(AWS.partition):lambda:\(AWS.region):\(AWS.accountId):layer:MyLayer2:2"),
            ])
            Property("SnapStart", ["ApplyOn": "None"])
            Property("ReservedConcurrentExecutions", 100)
            Property("RuntimeManagementConfig", ["UpdateRuntimeOn": "FunctionChange"])
            Property("RecursiveLoop", "TERMINATE")
            Property("SourceKMSKeyArn", "arn:aws:kms:us-west-2:987654321098:key/dec86919-7219-4e8d-8871-7f1609df2c7f")
            Property("DurableConfig", ["ExecutionTimeout": 7200, "RetentionPeriodInDays": 7])
        }
    }
}
