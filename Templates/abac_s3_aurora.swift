import Sparkle

// Attribute-based access control over S3 and Aurora PostgreSQL, in three layers wired by
// apply-stack: data (abac_s3_aurora_data) → identity (abac_s3_aurora_identity) → app (abac_s3_aurora_app).
// The data layer stands in a network layer's VPC (any vpc_network stack with private subnets).

/// The data layer: the tenants' bucket and an Aurora PostgreSQL cluster that accepts IAM database
/// authentication.
let abacS3AuroraData = Template("abac_s3_aurora_data", description: "ABAC layer 1: tenant bucket and Aurora PostgreSQL with IAM auth") {
    FormatVersion()
    Parameter("VpcId", type: .vpcId, description: "The VPC (network layer output)")
    Parameter("VpcCidr", type: .string, description: "The VPC's CIDR block (network layer output)")
    Load(privateSubnets)
    Parameter("DbMasterUsername", type: .string, default: "postgres", description: "Master user of the cluster")
    // cfn-lint warns W1011 (prefer a dynamic reference to Secrets Manager): the seed passes the
    // master password as a NoEcho parameter, which the report masks and CloudFormation never shows.
    Parameter(
        "DbMasterPassword", type: .string, description: "Master password of the cluster", minLength: 12, maxLength: 128,
        noEcho: true)
    dataBucket
    dbSecurityGroup
    Resource("DbSubnetGroup", type: "AWS::RDS::DBSubnetGroup") {
        Property("DBSubnetGroupDescription", "Private subnets of the ABAC cluster")
        Property("SubnetIds", [Ref("Private1SubnetId"), Ref("Private2SubnetId")])
    }
    dbCluster
    Resource("DbInstance", type: "AWS::RDS::DBInstance") {
        Property("DBClusterIdentifier", dbCluster.ref)
        Property("DBInstanceClass", "db.t4g.medium")
        Property("Engine", "aurora-postgresql")
    }
    Output("BucketName", dataBucket.ref, description: "The tenants' bucket")
    Output("ClusterEndpoint", dbCluster.getAtt("Endpoint.Address"), description: "Writer endpoint of the cluster")
    Output("ClusterResourceId", dbCluster.getAtt("DBClusterResourceId"), description: "For rds-db:connect ARNs")
    Output("DbSecurityGroupId", dbSecurityGroup.getAtt("GroupId"), description: "Security group of the cluster")
}

private var dataBucket: Resource {
    Resource("DataBucket", type: "AWS::S3::Bucket") {
        Property("BucketEncryption", ["ServerSideEncryptionConfiguration": [["ServerSideEncryptionByDefault": ["SSEAlgorithm": "AES256"]]]])
        Property("PublicAccessBlockConfiguration", blockPublicAccess)
        Property("LifecycleConfiguration", standardLifecycle)
    }
}

private var dbSecurityGroup: Resource {
    Resource("DbSecurityGroup", type: "AWS::EC2::SecurityGroup") {
        Property("GroupDescription", "PostgreSQL from inside the VPC")
        Property("VpcId", Ref("VpcId"))
        Property("SecurityGroupIngress", [["IpProtocol": "tcp", "FromPort": 5432, "ToPort": 5432, "CidrIp": Ref("VpcCidr")]])
    }
}

private var dbCluster: Resource {
    Resource("DbCluster", type: "AWS::RDS::DBCluster") {
        Property("Engine", "aurora-postgresql")
        Property("EngineVersion", "16.4")
        Property("MasterUsername", Ref("DbMasterUsername"))
        Property("MasterUserPassword", Ref("DbMasterPassword"))
        Property("EnableIAMDatabaseAuthentication", true)
        Property("StorageEncrypted", true)
        Property("DBSubnetGroupName", Ref("DbSubnetGroup"))
        Property("VpcSecurityGroupIds", [dbSecurityGroup.getAtt("GroupId")])
    }
    .deletionPolicy(.snapshot)
    .updateReplacePolicy(.snapshot)
}

/// The identity layer: the Lambda role, the two shared ABAC policies, and a role per tenant (from
/// the `abac_tenant_role` dynamic) tagged with its S3 prefix and database user.
let abacS3AuroraIdentity = Template(
    "abac_s3_aurora_identity", description: "ABAC layer 2: Lambda role, tag-based policies, per-tenant roles",
    inputs: [tenantsInput]
) { inputs in
    FormatVersion()
    Parameter("BucketName", type: .string, description: "The tenants' bucket (data layer output)")
    Parameter("ClusterResourceId", type: .string, description: "The cluster's resource ID (data layer output)")
    abacLambdaRole
    // Inside Fn::Sub, IAM's own ${aws:PrincipalTag/…} variables must be written ${!…}.
    Resource("TenantS3Policy", type: "AWS::IAM::ManagedPolicy") {
        Property("Description", "Objects under the caller's s3_home prefix")
        Property("PolicyDocument", policyDocument([
            allow(["s3:GetObject", "s3:PutObject"], on: [Fn.sub("arn:${AWS::Partition}:s3:::${BucketName}/\(literal: "aws:PrincipalTag/s3_home")/*")]),
            allow(
                ["s3:ListBucket"], on: [Fn.sub("arn:${AWS::Partition}:s3:::${BucketName}")],
                condition: ["StringLike": ["s3:prefix": "${aws:PrincipalTag/s3_home}/*"]]),  // outside Sub: as written
        ]))
    }
    Resource("TenantDbPolicy", type: "AWS::IAM::ManagedPolicy") {
        Property("Description", "Connect to the cluster as the caller's dbuser")
        Property("PolicyDocument", policyDocument([
            allow(["rds-db:connect"], on: [Fn.sub(
                "arn:${AWS::Partition}:rds-db:${AWS::Region}:${AWS::AccountId}:dbuser:${ClusterResourceId}/\(literal: "aws:PrincipalTag/dbuser")")]),
        ]))
    }
    for tenant in inputs.tenants {
        abacTenantRole(
            tenant.capitalized,
            AbacTenant(
                s3Home: tenant, dbUser: "\(tenant)_user", trustedRoleArn: abacLambdaRole.getAtt("Arn"),
                managedPolicies: [Ref("TenantS3Policy"), Ref("TenantDbPolicy")]))
    }
    Output("LambdaRoleArn", abacLambdaRole.getAtt("Arn"), description: "Role of the app's Lambdas")
}

private var abacLambdaRole: Resource {
    Resource("LambdaRole", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", serviceTrustPolicy("lambda.amazonaws.com"))
        Property("ManagedPolicyArns", [awsManagedPolicy("service-role/AWSLambdaVPCAccessExecutionRole")])
        Property("Policies", [[
            "PolicyName": "assume-tenant-roles",
            "PolicyDocument": policyDocument([allow(["sts:AssumeRole"], on: [Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*")])]),
        ]])
    }
}

/// The app layer: a shared layer and two Lambdas that assume the calling tenant's role.
let abacS3AuroraApp = Template("abac_s3_aurora_app", description: "ABAC layer 3: two Lambdas and their shared layer") {
    FormatVersion()
    Parameter("LambdaRoleArn", type: .string, description: "Role of the Lambdas (identity layer output)")
    Parameter("BucketName", type: .string, description: "The tenants' bucket (data layer output)")
    Parameter("ClusterEndpoint", type: .string, description: "The cluster's endpoint (data layer output)")
    Parameter("CodeBucket", type: .string, default: "sparkle-artifacts", description: "Bucket holding the code archives")
    Resource("SharedLayer", type: "AWS::Lambda::LayerVersion") {
        Property("Description", "psycopg and the tenant-session helper")
        Property("CompatibleRuntimes", ["python3.12"])
        Property("Content", ["S3Bucket": Ref("CodeBucket"), "S3Key": "abac/layer.zip"])
    }
    for (name, purpose) in [("Documents", "documents"), ("Reports", "reports")] {
        Resource("\(name)Function", type: "AWS::Lambda::Function") {
            Property("Runtime", "python3.12")
            Property("Handler", .string("\(purpose).handler"))
            Property("Role", Ref("LambdaRoleArn"))
            Property("Timeout", 30)
            Property("Layers", [Ref("SharedLayer")])
            Property("Code", ["S3Bucket": Ref("CodeBucket"), "S3Key": .string("abac/\(purpose).zip")])
            Property("Environment", ["Variables": ["BUCKET": Ref("BucketName"), "DB_HOST": Ref("ClusterEndpoint")]])
        }
        Output("\(name)FunctionArn", Fn.getAtt("\(name)Function", "Arn"), description: "The \(purpose) Lambda")
    }
}
