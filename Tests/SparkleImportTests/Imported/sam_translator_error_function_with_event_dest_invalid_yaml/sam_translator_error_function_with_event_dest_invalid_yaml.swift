// Imported from error_function_with_event_dest_invalid.yaml by `sparkle import`.

import Sparkle

public let samTranslatorErrorFunctionWithEventDestInvalidYamlTemplate = Template("sam_translator_error_function_with_event_dest_invalid_yaml") {
    SamTranslatorErrorFunctionWithEventDestInvalidYamlTemplate.parameters()
    Globals("Function", [
        "AutoPublishAlias": "live",
        "EventInvokeConfig": [
            "MaximumEventAgeInSeconds": 70,
            "MaximumRetryAttempts": 1,
            "DestinationConfig": [
                "OnSuccess": ["Type": "Lambda"],
                "OnFailure": ["Type": "blah", "Destination": Ref("SNSArn")],
            ],
        ],
    ])
    SamTranslatorErrorFunctionWithEventDestInvalidYamlTemplate.resources()
}

/// The parts of `samTranslatorErrorFunctionWithEventDestInvalidYamlTemplate`.
enum SamTranslatorErrorFunctionWithEventDestInvalidYamlTemplate {}
