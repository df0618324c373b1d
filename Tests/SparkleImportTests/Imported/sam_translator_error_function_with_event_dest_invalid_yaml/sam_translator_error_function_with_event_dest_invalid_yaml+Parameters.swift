// Imported from error_function_with_event_dest_invalid.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorErrorFunctionWithEventDestInvalidYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("SNSArn", type: .string, default: "my-sns-arn")
    }
}
