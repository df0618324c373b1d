import Sparkle

/// Who may assume a cross-account role, and with what proof.
struct CrossAccountTrust: Sendable {
    /// The trusted account: a literal ID fixed at compile time, or `Ref` of a parameter.
    var account: Value
    /// The `sts:ExternalId` the partner must present (the confused-deputy guard).
    var externalId: Value
    /// Managed policies the role carries.
    var managedPolicies: [Value] = []
    /// Inline policy documents by name.
    var policies: [(name: String, document: Value)] = []
}

/// An IAM role another account assumes, only with the agreed external ID; outputs its ARN.
/// Inserted as `Partner`, it creates `PartnerRole` and outputs `PartnerRoleArn`.
let trustedAccountRole = Dynamic<CrossAccountTrust>(
    "trusted_account_role", description: "An IAM role another account may assume with an external ID"
) { name, trust in
    let role = Resource("\(name)Role", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", [
            "Version": "2012-10-17",
            "Statement": [[
                "Effect": "Allow",
                "Principal": ["AWS": Fn.sub("arn:${AWS::Partition}:iam::${Account}:root", ["Account": trust.account])],
                "Action": "sts:AssumeRole",
                "Condition": ["StringEquals": ["sts:ExternalId": trust.externalId]],
            ]],
        ])
        Property("ManagedPolicyArns", .array(trust.managedPolicies))
        Property("Policies", .array(trust.policies.map { ["PolicyName": .string($0.name), "PolicyDocument": $0.document] }))
        Property("MaxSessionDuration", 3600)
    }
    role
    Output("\(name)RoleArn", role.getAtt("Arn"), description: "ARN of the role to assume")
}
