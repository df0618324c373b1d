// Imported from globals_for_function.yaml by `sparkle import`.

import Sparkle

public let samTranslatorGlobalsForFunctionYamlTemplate = Template("sam_translator_globals_for_function_yaml") {
    Globals("Function", [
        "CodeUri": "s3://global-bucket/global.zip",
        "Handler": "hello.handler",
        "Runtime": "python2.7",
        "MemorySize": 1024,
        "Timeout": 30,
        "VpcConfig": ["SecurityGroupIds": ["sg-edcd9784"], "SubnetIds": ["sub-id-2"]],
        "Environment": ["Variables": ["Var1": "value1", "Var2": "value2"]],
        "Tags": ["tag1": "value1"],
        "Tracing": "Active",
        "AutoPublishAlias": "live",
        "PermissionsBoundary": "arn:aws:1234:iam:boundary/CustomerCreatedPermissionsBoundary",
        "Layers": [Fn.sub("arn:\(AWS.partition):lambda:\(AWS.region):\(AWS.accountId):layer:MyLayer:1")],
        "ReservedConcurrentExecutions": 50,
        "Architectures": ["x86_64"],
        "SnapStart": ["ApplyOn": "PublishedVersions"],
        "EphemeralStorage": ["Size": 1024],
        "RuntimeManagementConfig": ["UpdateRuntimeOn": "Auto"],
        "LoggingConfig": ["LogGroup": "myJsonStructuredLogs"],
        "RecursiveLoop": "ALLOW",
        "SourceKMSKeyArn": "arn:aws:kms:us-west-2:123456789012:key/dec86919-7219-4e8d-8871-7f1609df2c7f",
        "DurableConfig": ["ExecutionTimeout": 3600, "RetentionPeriodInDays": 30],
    ])
    SamTranslatorGlobalsForFunctionYamlTemplate.resources()
}

/// The parts of `samTranslatorGlobalsForFunctionYamlTemplate`.
enum SamTranslatorGlobalsForFunctionYamlTemplate {}
