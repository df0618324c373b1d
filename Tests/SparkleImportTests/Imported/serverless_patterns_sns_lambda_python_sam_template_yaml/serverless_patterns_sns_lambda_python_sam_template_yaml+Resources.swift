// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsSnsLambdaPythonSamTemplateYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        processingTopic
        processorFunction
    }

    static var processingTopic: Resource {
        Resource("ProcessingTopic", type: "AWS::SNS::Topic")
    }

    static var processorFunction: Resource {
        Resource("ProcessorFunction", type: "AWS::Serverless::Function") {
            Property("CodeUri", "src/")
            Property("Handler", "app.lambda_handler")
            Property("Runtime", "python3.14")
            Property("Architectures", ["arm64"])
            Property("Events", [
                "ProcessingEvent": ["Type": "SNS", "Properties": ["Topic": processingTopic.ref]],
            ])
        }
    }
}
