// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsApigwKinesisLambdaTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("ApiRootUrl", Fn.sub("https://${ApiId}.execute-api.${AWS::Region}.${AWS::URLSuffix}/dev", ["ApiId": api.ref]), description: "Root Url of the API")
        Output("KinesisStream", kinesisStream.ref, description: "Kinesis Data Stream name")
        Output("LambdaFunction", lambdaConsumer.getAtt("Arn"), description: "Lambda Function ARN")
    }
}
