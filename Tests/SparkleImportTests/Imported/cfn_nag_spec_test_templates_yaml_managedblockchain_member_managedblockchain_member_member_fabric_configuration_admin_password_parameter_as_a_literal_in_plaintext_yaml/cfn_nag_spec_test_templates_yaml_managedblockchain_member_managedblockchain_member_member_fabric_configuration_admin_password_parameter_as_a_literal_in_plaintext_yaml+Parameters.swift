// Imported from managedblockchain_member_member_fabric_configuration_admin_password_parameter_as_a_literal_in_plaintext.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlManagedblockchainMemberManagedblockchainMemberMemberFabricConfigurationAdminPasswordParameterAsALiteralInPlaintextYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("ManagedBlockchainMemberMemberConfigurationMemberFrameworkConfigurationMemberFabricConfigurationAdminPassword", type: .string)
    }
}
