// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsSnsLambdaPythonSamTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("ProcessingTopicArn", Ref("ProcessingTopic"), description: "SNS Topic ARN")
        Output("ProcessorFunctionName", Ref("ProcessorFunction"), description: "Lambda Function Name")
        Output("ProcessorFunctionARN", Fn.getAtt("ProcessorFunction", "Arn"), description: "Lambda Function ARN")
    }
}
