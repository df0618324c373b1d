import Sparkle

/// Pooled multi-tenant storage guarded by session tags: one access role, assumed with a `TenantID`
/// session tag, reaches only that tenant's DynamoDB items, S3 prefix and KMS key.
let abacSessionTags = Template(
    "abac_session_tags", description: "Session-tag ABAC: one role, scoped per tenant by the TenantID tag", inputs: [tenantsInput]
) { inputs in
    FormatVersion()
    Parameter(
        "TrustedPrincipalArn", type: .string, default: "arn:aws:iam::111122223333:role/tenant-broker",
        description: "The identity broker allowed to assume the access role and tag the session")
    pooledTable
    pooledBucket
    for tenant in inputs.tenants {
        Resource("\(tenant.capitalized)Key", type: "AWS::KMS::Key") {
            Property("Description", .string("Data key of tenant \(tenant)"))
            Property("EnableKeyRotation", true)
            Property("KeyPolicy", policyDocument([[
                "Sid": "AccountAdministers", "Effect": "Allow",
                "Principal": ["AWS": Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")],
                "Action": "kms:*", "Resource": "*",
            ]]))
            Property("Tags", [["Key": "TenantID", "Value": .string(tenant)]])
        }
    }
    accessRole
    Output("AccessRoleArn", accessRole.getAtt("Arn"), description: "Assume with the session tag TenantID")
    Output("TableName", pooledTable.ref, description: "The pooled table")
    Output("BucketName", pooledBucket.ref, description: "The pooled bucket")
}

private var pooledTable: Resource {
    Resource("PooledTable", type: "AWS::DynamoDB::Table") {
        Property("BillingMode", "PAY_PER_REQUEST")
        Property("AttributeDefinitions", [["AttributeName": "TenantID", "AttributeType": "S"], ["AttributeName": "ItemID", "AttributeType": "S"]])
        Property("KeySchema", [["AttributeName": "TenantID", "KeyType": "HASH"], ["AttributeName": "ItemID", "KeyType": "RANGE"]])
    }
}

private var pooledBucket: Resource {
    Resource("PooledBucket", type: "AWS::S3::Bucket") {
        Property("PublicAccessBlockConfiguration", blockPublicAccess)
        Property("LifecycleConfiguration", standardLifecycle)
    }
}

// IAM's ${aws:PrincipalTag/TenantID} stays literal in plain strings; inside Fn::Sub it is ${!…}.
private var accessRole: Resource {
    Resource("AccessRole", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", policyDocument([[
            "Effect": "Allow", "Principal": ["AWS": Ref("TrustedPrincipalArn")],
            "Action": ["sts:AssumeRole", "sts:TagSession"],
            "Condition": ["StringLike": ["aws:RequestTag/TenantID": "?*"]],
        ]]))
        Property("Policies", [[
            "PolicyName": "tenant-scoped-data",
            "PolicyDocument": policyDocument([
                allow(
                    ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query", "dynamodb:UpdateItem", "dynamodb:DeleteItem"],
                    on: [pooledTable.getAtt("Arn")],
                    condition: ["ForAllValues:StringEquals": ["dynamodb:LeadingKeys": ["${aws:PrincipalTag/TenantID}"]]]),
                allow(["s3:GetObject", "s3:PutObject"], on: [Fn.sub("${PooledBucket.Arn}/\(literal: "aws:PrincipalTag/TenantID")/*")]),
                allow(
                    ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"], on: [Fn.sub("arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/*")],
                    condition: ["StringEquals": ["aws:ResourceTag/TenantID": "${aws:PrincipalTag/TenantID}"]]),
            ]),
        ]])
    }
}
