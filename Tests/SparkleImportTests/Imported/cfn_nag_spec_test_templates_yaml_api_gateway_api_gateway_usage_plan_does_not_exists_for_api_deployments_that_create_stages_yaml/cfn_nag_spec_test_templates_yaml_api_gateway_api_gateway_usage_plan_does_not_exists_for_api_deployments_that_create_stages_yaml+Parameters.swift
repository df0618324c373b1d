// Imported from api_gateway_usage_plan_does_not_exists_for_api_deployments_that_create_stages.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlApiGatewayApiGatewayUsagePlanDoesNotExistsForApiDeploymentsThatCreateStagesYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("ApiGatewayDeploymentStageName", type: .string, default: "test-stage-3")
        Parameter("ApiGatewayDeploymentStageNameNoUsagePlan", type: .string, default: "no-usage-plan-test-stage-3")
    }
}
