import Foundation
import Sparkle
import SparkleAWS
import Testing

/// One stack of a deployment: a bundled template, the stack name, the stacks it applies, and
/// extra `compile` arguments.
struct Layer: Sendable, CustomTestStringConvertible {
    var template: String
    var stack: String
    var applying: [String] = []
    var extra: [String] = []

    var testDescription: String { template }
}

/// The seed examples the emulator (moto) can run, deployed bottom-up with apply-stack; the top
/// layer's outputs must all have values. The Getting Started article (Sources/Sparkle/Sparkle.docc) lists which examples only lint, and why.
@Suite(.serialized) struct SeedExamplesEmulatorTests {
    static let deployments: [(name: String, layers: [Layer], topOutputs: [String])] = [
        ("weave_ecs", [
            Layer(template: "weave_ecs_network", stack: "weave-network"),
            Layer(template: "weave_ecs_cluster", stack: "weave-cluster", applying: ["weave-network"]),
            Layer(template: "weave_ecs_services", stack: "weave-services", applying: ["weave-cluster"]),
        ], ["RedisServiceArn", "HitCounterServiceArn"]),
        ("saas_isolation_model4 on the weave cluster", [
            Layer(template: "weave_ecs_network", stack: "weave-network"),
            Layer(template: "weave_ecs_cluster", stack: "weave-cluster", applying: ["weave-network"]),
            Layer(template: "saas_isolation_model4", stack: "tenant-services", applying: ["weave-cluster"]),
        ], ["AcmeServiceName", "GlobexServiceName"]),
        ("lambda_vpc_alerts", [
            Layer(template: "lambda_vpc_alerts_network", stack: "alerts-network"),
            Layer(template: "lambda_vpc_alerts_app", stack: "alerts-app", applying: ["alerts-network"]),
        ], ["AlertTopicArn", "AlertFunctionArn"]),
        ("hipaa_ecs", [
            Layer(template: "hipaa_ecs_network", stack: "hipaa-network"),
            Layer(template: "hipaa_ecs_app", stack: "hipaa-app", applying: ["hipaa-network"]),
        ], ["ClusterName", "ElbDns"]),
        ("saas_isolation_model2 peered with the vpc stack", [
            Layer(template: "vpc", stack: "shared-services"),
            Layer(
                template: "saas_isolation_model2", stack: "tenant-vpcs", applying: ["shared-services"],
                extra: ["--apply-mapping", "VpcId:SharedVpcId", "--apply-mapping", "RouteTableId:SharedRouteTableId",
                        "--apply-mapping", "VpcCidr:SharedVpcCidr"]),
        ], ["AcmeVpcId", "GlobexPrivate1SubnetId", "InitechPrivateRouteTableId"]),
        ("cross_account_role", [
            Layer(template: "cross_account_role", stack: "partner", extra: ["--param", "PartnerAccountId=123456789012", "--param", "ExternalId=agreed-secret"]),
        ], ["PartnerRoleArn", "BucketName"]),
        ("cross_account_role_fixed", [
            Layer(template: "cross_account_role_fixed", stack: "partner-fixed", extra: ["--param", "PartnerAccount=210987654321"]),
        ], ["PartnerRoleArn", "BucketName"]),
        ("multitenant_dynamodb", [
            Layer(template: "multitenant_dynamodb", stack: "tenant-tables", extra: ["--param", "Tenants=acme,umbrella"]),
        ], ["AcmeOrdersTableName", "UmbrellaOrdersTableName", "PooledTableName"]),
        ("ses_events_serverless", [Layer(template: "ses_events_serverless", stack: "ses-events")], ["TopicArn", "TableName"]),
        ("s3_lifecycle_enforcer", [Layer(template: "s3_lifecycle_enforcer", stack: "lifecycle")], ["EnforcerArn", "LogsBucketName"]),
        ("abac_s3_aurora_identity", [
            Layer(
                template: "abac_s3_aurora_identity", stack: "abac-identity",
                extra: ["--param", "BucketName=tenant-data", "--param", "ClusterResourceId=cluster-ABCDEFGHIJKL"]),
        ], ["LambdaRoleArn", "AcmeRoleArn", "GlobexRoleArn", "InitechRoleArn"]),
        ("saas_isolation_model1", [Layer(template: "saas_isolation_model1", stack: "tenant-account")], ["OperationsRoleArn"]),
        ("saas_isolation_model3", [Layer(template: "saas_isolation_model3", stack: "tenant-subnets")], ["AcmeSubnetId", "GlobexSubnetId"]),
        ("saas_isolation_model5", [Layer(template: "saas_isolation_model5", stack: "pooled")], ["TenantMetadataTableName", "PooledQueueUrl"]),
        ("saas_tagging_chargeback", [Layer(template: "saas_tagging_chargeback", stack: "chargeback")], ["UsageStreamName"]),
    ]

    @Test(.timeLimit(.minutes(3)), arguments: deployments.indices)
    func deploysBottomUpWithApplyStack(_ index: Int) async throws {
        let (name, layers, topOutputs) = Self.deployments[index]
        let moto = try MotoServer()
        defer { moto.stop() }
        let deployer = try LayerDeployer(moto: moto)
        defer { deployer.cleanUp() }
        var top: StackDescription?
        for layer in layers {
            top = try await deployer.deploy(layer.template, stack: layer.stack, applying: layer.applying, extra: layer.extra)
        }
        let outputs = Dictionary(uniqueKeysWithValues: (top?.outputs ?? []).map { ($0.key, $0.value) })
        for output in topOutputs {
            #expect(outputs[output]?.isEmpty == false, "\(name): output \(output) of \(outputs)")
        }
    }
}
