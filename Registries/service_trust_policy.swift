import Sparkle

/// The trust policy that lets an AWS service assume a role:
/// `Property("AssumeRolePolicyDocument", serviceTrustPolicy("lambda.amazonaws.com"))`.
let serviceTrustPolicy = Registry<String>(
    "service_trust_policy", description: "IAM trust policy letting an AWS service (ec2, lambda, ecs-tasks, states…) assume a role"
) { service in
    [
        "Version": "2012-10-17",
        "Statement": [["Effect": "Allow", "Principal": ["Service": .string(service)], "Action": "sts:AssumeRole"]],
    ]
}
