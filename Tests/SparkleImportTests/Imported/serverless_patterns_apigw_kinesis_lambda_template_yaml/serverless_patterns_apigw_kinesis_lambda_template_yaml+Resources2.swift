// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsApigwKinesisLambdaTemplateYamlTemplate {
    @TemplateBuilder static func resources_2() -> Fragment {
        lambdaConsumer
    }

    static var lambdaConsumer: Resource {
        Resource("LambdaConsumer", type: "AWS::Serverless::Function") {
            Property("FunctionName", "LambdaConsumer")
            Property("Handler", "lambda_function.lambda_handler")
            Property("Runtime", "python3.14")
            Property("CodeUri", "src/")
            Property("Policies", [["KinesisStreamReadPolicy": ["StreamName": kinesisStream.ref]]])
            Property("Events", [
                "Stream": [
                    "Type": "Kinesis",
                    "Properties": [
                        "Stream": kinesisStream.getAtt("Arn"),
                        "StartingPosition": "LATEST",
                        "BatchSize": 100,
                    ],
                ],
            ])
        }
    }
}
