// Imported from api_gateway_usage_plan_does_not_exists_for_api_deployments_that_create_stages.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlApiGatewayApiGatewayUsagePlanDoesNotExistsForApiDeploymentsThatCreateStagesYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        apiGatewayUsagePlan1
        apiGatewayUsagePlan2
        apiGatewayUsagePlan3
        apiGatewayDeployment1
        apiGatewayDeployment2
        apiGatewayDeployment3
    }

    static var apiGatewayUsagePlan1: Resource {
        Resource("ApiGatewayUsagePlan1", type: "AWS::ApiGateway::UsagePlan") {
            Property("ApiStages", [["ApiId": "testapi", "Stage": " no-usage-plan-test-stage-1"]])
            Property("UsagePlanName", "testusageplan1")
        }
    }

    static var apiGatewayUsagePlan2: Resource {
        Resource("ApiGatewayUsagePlan2", type: "AWS::ApiGateway::UsagePlan") {
            Property("ApiStages", [["ApiId": "testapi", "Stage": " no-usage-plan-test-stage-2"]])
            Property("UsagePlanName", "testusageplan2")
        }
    }

    static var apiGatewayUsagePlan3: Resource {
        Resource("ApiGatewayUsagePlan3", type: "AWS::ApiGateway::UsagePlan") {
            Property("ApiStages", [
                ["ApiId": "testapi", "Stage": Ref("ApiGatewayDeploymentStageNameNoUsagePlan")],
            ])
            Property("UsagePlanName", "testusageplan3")
        }
    }

    static var apiGatewayDeployment1: Resource {
        Resource("ApiGatewayDeployment1", type: "AWS::ApiGateway::Deployment") {
            Property("StageName", "test-stage-1")
        }
    }

    static var apiGatewayDeployment2: Resource {
        Resource("ApiGatewayDeployment2", type: "AWS::ApiGateway::Deployment") {
            Property("StageName", "test-stage-2")
        }
    }

    static var apiGatewayDeployment3: Resource {
        Resource("ApiGatewayDeployment3", type: "AWS::ApiGateway::Deployment") {
            Property("StageName", Ref("ApiGatewayDeploymentStageName"))
        }
    }
}
