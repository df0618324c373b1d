// Imported from emr_cluster_without_security_configuration.json by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesJsonEmrClusterEmrClusterWithoutSecurityConfigurationJsonTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("ExternalSecurityConfiguration", type: .string, description: "Name of EMR SecurityConfiguration.")
        Parameter("JobFlowRoleName", type: .string, default: "EMR_EC2_DefaultRole", description: "Name of role to use for JobFlowRole.")
        Parameter("ServiceRoleName", type: .string, default: "EMR_DefaultRole", description: "Name of EMR service role.")
        Parameter("SubnetId", type: .subnetId, description: "Subnet ID where the cluster should be launched.")
    }
}
