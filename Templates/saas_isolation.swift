import Sparkle

// The five tenant-isolation models of the SaaS tenant isolation whitepaper, one template each.
// Tenant lists are compile-time inputs (`--param Tenants=…`, env TENANTS), shared with the other
// multi-tenant examples.

/// Model 1, account per tenant: deployed in each tenant's account, a role the SaaS provider's
/// operations account assumes (with an external ID) to run that account.
let saasIsolationModel1 = Template(
    "saas_isolation_model1", description: "SaaS isolation M1 (account per tenant): cross-account operations role"
) {
    FormatVersion()
    Parameter(
        "OpsAccountId", type: .string, default: "111122223333", allowedPattern: #"^\d{12}$"#,
        description: "The SaaS provider's operations account", constraintDescription: "a 12-digit account ID")
    Parameter("TenantId", type: .string, default: "acme", description: "The tenant this account belongs to")
    trustedAccountRole(
        "Operations",
        CrossAccountTrust(
            account: Ref("OpsAccountId"), externalId: Ref("TenantId"),
            managedPolicies: [awsManagedPolicy("ReadOnlyAccess")]))
}

/// Model 2, VPC per tenant: each tenant's VPC (the `vpc_network` dynamic, one /16 each), peered
/// with the shared-services VPC, with routes both ways.
let saasIsolationModel2 = Template(
    "saas_isolation_model2", description: "SaaS isolation M2 (VPC per tenant): tenant VPCs peered with shared services",
    inputs: [tenantsInput]
) { inputs in
    FormatVersion()
    Parameter("SharedVpcId", type: .vpcId, description: "The shared-services VPC")
    Parameter("SharedRouteTableId", type: .string, description: "Route table of the shared-services subnets")
    Parameter("SharedVpcCidr", type: .string, default: "10.0.0.0/16", description: "CIDR block of the shared-services VPC")
    for (index, tenant) in inputs.tenants.enumerated() {
        let name = tenant.capitalized
        let cidr = "10.\(101 + index).0.0/16"
        vpcNetwork(name, VpcNetworkConfig(cidr: cidr, publicSubnets: 0, privateSubnets: 2))
        Resource("\(name)Peering", type: "AWS::EC2::VPCPeeringConnection") {
            Property("VpcId", Ref("\(name)Vpc"))
            Property("PeerVpcId", Ref("SharedVpcId"))
            Property("Tags", standardTags("\(tenant)-shared"))
        }
        Resource("\(name)ToShared", type: "AWS::EC2::Route") {
            Property("RouteTableId", Ref("\(name)PrivateRouteTable"))
            Property("DestinationCidrBlock", Ref("SharedVpcCidr"))
            Property("VpcPeeringConnectionId", Ref("\(name)Peering"))
        }
        Resource("SharedTo\(name)", type: "AWS::EC2::Route") {
            Property("RouteTableId", Ref("SharedRouteTableId"))
            Property("DestinationCidrBlock", .string(cidr))
            Property("VpcPeeringConnectionId", Ref("\(name)Peering"))
        }
    }
}

/// Model 3, subnet per tenant: one VPC, a subnet per tenant whose network ACL admits only the
/// tenant's own subnet and the shared one (CIDR rules; ACLs cannot name security groups), and an
/// S3 gateway endpoint.
let saasIsolationModel3 = Template(
    "saas_isolation_model3", description: "SaaS isolation M3 (subnet per tenant): NACL-isolated subnets and an S3 endpoint",
    inputs: [tenantsInput]
) { inputs in
    FormatVersion()
    let block = IPv4Block("10.50.0.0/16")!
    vpcNetwork("", VpcNetworkConfig(cidr: "10.50.0.0/16", publicSubnets: 0, privateSubnets: 1))
    for (index, tenant) in inputs.tenants.enumerated() {
        // Tenants from .100 up; the shared private subnet is vpc_network's first, .11.
        tenantSubnet(
            tenant.capitalized,
            TenantSubnet(cidr: block.subnet24(100 + index), sharedCidr: block.subnet24(11), availabilityZone: index % 2))
    }
    Resource("S3Endpoint", type: "AWS::EC2::VPCEndpoint") {
        Property("VpcId", Ref("Vpc"))
        Property("ServiceName", Fn.sub("com.amazonaws.${AWS::Region}.s3"))
        Property("VpcEndpointType", "Gateway")
        Property("RouteTableIds", [Ref("PrivateRouteTable")])
    }
}

/// Model 4, service per tenant: on a shared ECS cluster, a service per tenant; when a tenant's
/// service runs hot, its CloudWatch alarm invokes (through SNS) a Lambda that adds a task.
let saasIsolationModel4 = Template(
    "saas_isolation_model4", description: "SaaS isolation M4 (service per tenant): ECS services scaled out by alarm → Lambda",
    inputs: [tenantsInput]
) { inputs in
    FormatVersion()
    Parameter("ClusterName", type: .string, description: "The shared ECS cluster (e.g. weave_ecs_cluster output ClusterName)")
    Parameter("AppImage", type: .string, default: "public.ecr.aws/nginx/nginx:stable", description: "Image every tenant runs")
    scaleOutTopic
    scaleOutRole
    scaleOutFunction
    snsLambdaSubscription("ScaleOut", SnsLambdaSubscription(topic: scaleOutTopic, function: scaleOutFunction))
    for tenant in inputs.tenants {
        tenantService(tenant.capitalized, TenantService(tenant: tenant, image: Ref("AppImage"), alarmTopic: scaleOutTopic.ref))
    }
}

private var scaleOutTopic: Resource {
    Resource("ScaleOutTopic", type: "AWS::SNS::Topic") {
        Property("DisplayName", "tenant-scale-out")
    }
}

private var scaleOutRole: Resource {
    Resource("ScaleOutRole", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", serviceTrustPolicy("lambda.amazonaws.com"))
        Property("ManagedPolicyArns", [awsManagedPolicy("service-role/AWSLambdaBasicExecutionRole")])
        Property("Policies", [[
            "PolicyName": "scale-tenant-services",
            "PolicyDocument": policyDocument([
                allow(["ecs:DescribeServices", "ecs:UpdateService"], on: [Fn.sub("arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:service/${ClusterName}/*")]),
            ]),
        ]])
    }
}

private var scaleOutFunction: Resource {
    Resource("ScaleOutFunction", type: "AWS::Lambda::Function") {
        Property("Runtime", "python3.12")
        Property("Handler", "index.handler")
        Property("Role", scaleOutRole.getAtt("Arn"))
        Property("Timeout", 30)
        Property("Environment", ["Variables": ["CLUSTER": Ref("ClusterName")]])
        Property("Code", ["ZipFile": """
            import json, os
            import boto3

            ecs = boto3.client("ecs")

            def handler(event, context):
                for record in event["Records"]:
                    alarm = json.loads(record["Sns"]["Message"])
                    service = next(d["value"] for d in alarm["Trigger"]["Dimensions"] if d["name"] == "ServiceName")
                    current = ecs.describe_services(cluster=os.environ["CLUSTER"], services=[service])["services"][0]
                    ecs.update_service(cluster=os.environ["CLUSTER"], service=service, desiredCount=current["desiredCount"] + 1)

            """])
    }
}

/// Model 5, shared (pooled) stack: one set of resources for every tenant, and the tenant-metadata
/// table that maps tenants to their tier, status and settings.
let saasIsolationModel5 = Template(
    "saas_isolation_model5", description: "SaaS isolation M5 (pooled): shared resources and the tenant-metadata table"
) {
    FormatVersion()
    Resource("TenantMetadataTable", type: "AWS::DynamoDB::Table") {
        Property("BillingMode", "PAY_PER_REQUEST")
        Property("AttributeDefinitions", [["AttributeName": "TenantID", "AttributeType": "S"], ["AttributeName": "Tier", "AttributeType": "S"]])
        Property("KeySchema", [["AttributeName": "TenantID", "KeyType": "HASH"]])
        Property("GlobalSecondaryIndexes", [[
            "IndexName": "by_tier", "KeySchema": [["AttributeName": "Tier", "KeyType": "HASH"]],
            "Projection": ["ProjectionType": "ALL"],
        ]])
        Property("PointInTimeRecoverySpecification", ["PointInTimeRecoveryEnabled": true])
    }
    .deletionPolicy(.retain)
    .updateReplacePolicy(.retain)
    Resource("PooledDataTable", type: "AWS::DynamoDB::Table") {
        Property("BillingMode", "PAY_PER_REQUEST")
        Property("AttributeDefinitions", [["AttributeName": "TenantID", "AttributeType": "S"], ["AttributeName": "ItemID", "AttributeType": "S"]])
        Property("KeySchema", [["AttributeName": "TenantID", "KeyType": "HASH"], ["AttributeName": "ItemID", "KeyType": "RANGE"]])
    }
    Resource("PooledQueue", type: "AWS::SQS::Queue") {
        Property("VisibilityTimeout", 60)
        Property("SqsManagedSseEnabled", true)
    }
    Output("TenantMetadataTableName", Ref("TenantMetadataTable"), description: "Tenants, their tier and status")
    Output("PooledDataTableName", Ref("PooledDataTable"), description: "Every tenant's items, keyed by TenantID")
    Output("PooledQueueUrl", Ref("PooledQueue"), description: "The shared work queue")
}
