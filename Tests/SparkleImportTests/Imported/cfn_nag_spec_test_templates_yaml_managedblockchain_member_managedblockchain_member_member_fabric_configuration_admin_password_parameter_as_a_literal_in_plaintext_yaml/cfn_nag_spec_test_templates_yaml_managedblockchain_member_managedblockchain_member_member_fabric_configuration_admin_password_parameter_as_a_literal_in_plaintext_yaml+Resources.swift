// Imported from managedblockchain_member_member_fabric_configuration_admin_password_parameter_as_a_literal_in_plaintext.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlManagedblockchainMemberManagedblockchainMemberMemberFabricConfigurationAdminPasswordParameterAsALiteralInPlaintextYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        managedBlockchainMember
    }

    static var managedBlockchainMember: Resource {
        Resource("ManagedBlockchainMember", type: "AWS::ManagedBlockchain::Member") {
            Property("MemberConfiguration", [
                "Name": "foobar",
                "MemberFrameworkConfiguration": [
                    "MemberFabricConfiguration": [
                        "AdminUsername": "admin",
                        "AdminPassword": Ref("ManagedBlockchainMemberMemberConfigurationMemberFrameworkConfigurationMemberFabricConfigurationAdminPassword"),
                    ],
                ],
            ])
        }
    }
}
