// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsLambdaStreamingTtfbWriteSamWithDynamodbTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("DataDumpFunctionURL", Fn.getAtt("DataDumpFunctionUrl", "FunctionUrl"), description: "Data Dump Lambda Function URL")
        Output("StreamingFunctionURL", Fn.getAtt("StreamingFunctionUrl", "FunctionUrl"), description: "Streaming Lambda Function URL")
    }
}
