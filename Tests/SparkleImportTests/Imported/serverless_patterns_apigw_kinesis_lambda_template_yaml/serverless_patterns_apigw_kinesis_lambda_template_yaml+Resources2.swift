// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsApigwKinesisLambdaTemplateYamlTemplate {
    @TemplateBuilder static func resources2() -> Fragment {
        lambdaConsumer
    }

    static var lambdaConsumer: Resource {
        Resource("LambdaConsumer", type: "AWS::Serverless::Function") {
            Property("FunctionName", "LambdaConsumer")
            Property("Handler", "lambda_function.lambda_handler")
            Property("Runtime", "python3.14")
            Property("CodeUri", "src/")
            Property("Policies", [["KinesisStreamReadPolicy": ["StreamName": Ref("KinesisStream")]]])
            Property("Events", [
                "Stream": [
                    "Type": "Kinesis",
                    "Properties": [
                        "Stream": Fn.getAtt("KinesisStream", "Arn"),
                        "StartingPosition": "LATEST",
                        "BatchSize": 100,
                    ],
                ],
            ])
        }
    }
}
