// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsApigwKinesisLambdaTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("ApiRootUrl", Fn.sub("https://${ApiId}.execute-api.${AWS::Region}.${AWS::URLSuffix}/dev", ["ApiId": Ref("Api")]), description: "Root Url of the API")
        Output("KinesisStream", Ref("KinesisStream"), description: "Kinesis Data Stream name")
        Output("LambdaFunction", Fn.getAtt("LambdaConsumer", "Arn"), description: "Lambda Function ARN")
    }
}
