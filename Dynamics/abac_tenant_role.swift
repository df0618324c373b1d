import Sparkle

/// One tenant of an attribute-based (ABAC) deployment.
struct AbacTenant: Sendable {
    /// The tenant's S3 prefix, its `s3_home` tag.
    var s3Home: String
    /// The tenant's database user, its `dbuser` tag.
    var dbUser: String
    /// The role allowed to assume this tenant's role.
    var trustedRoleArn: Value
    /// Managed policies written against `${aws:PrincipalTag/…}`, shared by every tenant.
    var managedPolicies: [Value]
}

/// A tenant role whose permissions come from its tags: the shared managed policies name
/// `${aws:PrincipalTag/s3_home}` and `${aws:PrincipalTag/dbuser}`, so one policy serves every tenant.
/// Inserted as `Acme`, it creates `AcmeRole` and outputs `AcmeRoleArn`.
let abacTenantRole = Dynamic<AbacTenant>(
    "abac_tenant_role", description: "A per-tenant role tagged s3_home/dbuser, trusting one role, under shared ABAC policies"
) { name, tenant in
    let role = Resource("\(name)Role", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", [
            "Version": "2012-10-17",
            "Statement": [["Effect": "Allow", "Principal": ["AWS": tenant.trustedRoleArn], "Action": "sts:AssumeRole"]],
        ])
        Property("ManagedPolicyArns", .array(tenant.managedPolicies))
        Property("Tags", [["Key": "s3_home", "Value": .string(tenant.s3Home)], ["Key": "dbuser", "Value": .string(tenant.dbUser)]])
    }
    role
    Output("\(name)RoleArn", role.getAtt("Arn"), description: "Role of tenant \(tenant.s3Home)")
}
