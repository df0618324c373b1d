// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsSnsLambdaPythonSamTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("ProcessingTopicArn", processingTopic.ref, description: "SNS Topic ARN")
        Output("ProcessorFunctionName", processorFunction.ref, description: "Lambda Function Name")
        Output("ProcessorFunctionARN", processorFunction.getAtt("Arn"), description: "Lambda Function ARN")
    }
}
