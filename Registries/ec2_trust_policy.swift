import Sparkle

/// The trust policy that lets EC2 instances assume a role.
let ec2TrustPolicyRegistry = Registry(
    "ec2_trust_policy", description: "IAM trust policy letting EC2 instances assume a role",
    value: [
        "Version": "2012-10-17",
        "Statement": [["Effect": "Allow", "Principal": ["Service": "ec2.amazonaws.com"], "Action": "sts:AssumeRole"]],
    ])

/// The policy document itself, for `Property("AssumeRolePolicyDocument", ec2TrustPolicy)`.
let ec2TrustPolicy = ec2TrustPolicyRegistry()
