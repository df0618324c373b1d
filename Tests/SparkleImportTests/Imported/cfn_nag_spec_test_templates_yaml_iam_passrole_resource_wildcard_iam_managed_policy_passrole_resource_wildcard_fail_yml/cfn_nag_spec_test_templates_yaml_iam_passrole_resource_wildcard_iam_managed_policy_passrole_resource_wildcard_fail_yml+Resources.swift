// Imported from iam_managed_policy_passrole_resource_wildcard_fail.yml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlIamPassroleResourceWildcardIamManagedPolicyPassroleResourceWildcardFailYmlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        managedPolicyFail1
        managedPolicyFail2
        managedPolicyFail3
        managedPolicyFail4
        managedPolicyFail5
    }

    static var managedPolicyFail1: Resource {
        Resource("ManagedPolicyFail1", type: "AWS::IAM::ManagedPolicy") {
            Property("PolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [["Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"]],
            ])
        }
    }

    static var managedPolicyFail2: Resource {
        Resource("ManagedPolicyFail2", type: "AWS::IAM::ManagedPolicy") {
            Property("PolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [["Effect": "Allow", "Action": "iam:Pas*", "Resource": "*"]],
            ])
        }
    }

    static var managedPolicyFail3: Resource {
        Resource("ManagedPolicyFail3", type: "AWS::IAM::ManagedPolicy") {
            Property("PolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [["Effect": "Allow", "Action": "iam:*Role", "Resource": "*"]],
            ])
        }
    }

    static var managedPolicyFail4: Resource {
        Resource("ManagedPolicyFail4", type: "AWS::IAM::ManagedPolicy") {
            Property("PolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [["Effect": "Allow", "Action": "iam:*Ro*", "Resource": "*"]],
            ])
        }
    }

    static var managedPolicyFail5: Resource {
        Resource("ManagedPolicyFail5", type: "AWS::IAM::ManagedPolicy") {
            Property("PolicyDocument", [
                "Version": "2012-10-17",
                "Statement": [["Effect": "Allow", "Action": "*", "Resource": "*"]],
            ])
        }
    }
}
