// Imported from function_with_deployment_preference_passthrough_condition_with_supported_intrinsics.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorFunctionWithDeploymentPreferencePassthroughConditionWithSupportedIntrinsicsYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        trueRef
        falseRef
        trueFindInMap
        falseFindInMap
    }

    static var trueRef: Resource {
        Resource("TrueRef", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/hello.zip")
            Property("Handler", "hello.handler")
            Property("Runtime", "python2.7")
            Property("AutoPublishAlias", "live")
            Property("DeploymentPreference", [
                "Type": "Linear10PercentEvery3Minutes",
                "PassthroughCondition": Ref("DefaultTrueParam"),
            ])
            Property("ProvisionedConcurrencyConfig", Fn.if(
                aliasProvisionedConcurrencyEnabled,
                ["ProvisionedConcurrentExecutions": Ref("ProvisionedConcurrency")],
                AWS.noValue
            ))
        }
            .condition(functionCondition)
    }

    static var falseRef: Resource {
        Resource("FalseRef", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/hello.zip")
            Property("Handler", "hello.handler")
            Property("Runtime", "python2.7")
            Property("AutoPublishAlias", "live")
            Property("DeploymentPreference", [
                "Type": "Linear10PercentEvery3Minutes",
                "PassthroughCondition": Ref("DefaultFalseParam"),
            ])
            Property("ProvisionedConcurrencyConfig", Fn.if(
                aliasProvisionedConcurrencyEnabled,
                ["ProvisionedConcurrentExecutions": Ref("ProvisionedConcurrency")],
                AWS.noValue
            ))
        }
            .condition(functionCondition)
    }

    static var trueFindInMap: Resource {
        Resource("TrueFindInMap", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/hello.zip")
            Property("Handler", "hello.handler")
            Property("Runtime", "python2.7")
            Property("AutoPublishAlias", "live")
            Property("DeploymentPreference", [
                "Type": "Linear10PercentEvery3Minutes",
                "PassthroughCondition": Fn.findInMap("HelloWorldMap", Ref("HelloParam"), "key1"),
            ])
            Property("ProvisionedConcurrencyConfig", Fn.if(
                aliasProvisionedConcurrencyEnabled,
                ["ProvisionedConcurrentExecutions": Ref("ProvisionedConcurrency")],
                AWS.noValue
            ))
        }
            .condition(functionCondition)
    }

    static var falseFindInMap: Resource {
        Resource("FalseFindInMap", type: "AWS::Serverless::Function") {
            Property("CodeUri", "s3://sam-demo-bucket/hello.zip")
            Property("Handler", "hello.handler")
            Property("Runtime", "python2.7")
            Property("AutoPublishAlias", "live")
            Property("DeploymentPreference", [
                "Type": "Linear10PercentEvery3Minutes",
                "PassthroughCondition": Fn.findInMap("HelloWorldMap", Ref("WorldParam"), "key1"),
            ])
            Property("ProvisionedConcurrencyConfig", Fn.if(
                aliasProvisionedConcurrencyEnabled,
                ["ProvisionedConcurrentExecutions": Ref("ProvisionedConcurrency")],
                AWS.noValue
            ))
        }
            .condition(functionCondition)
    }
}
