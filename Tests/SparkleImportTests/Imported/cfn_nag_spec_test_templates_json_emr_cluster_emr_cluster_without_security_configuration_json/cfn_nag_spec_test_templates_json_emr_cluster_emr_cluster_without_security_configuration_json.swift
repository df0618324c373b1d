// Imported from emr_cluster_without_security_configuration.json by `sparkle import`.

import Sparkle

public let cfnNagSpecTestTemplatesJsonEmrClusterEmrClusterWithoutSecurityConfigurationJsonTemplate = Template("cfn_nag_spec_test_templates_json_emr_cluster_emr_cluster_without_security_configuration_json", description: "Creates an EMR cluster without the SecurityConfiguration parameter.") {
    FormatVersion()
    CfnNagSpecTestTemplatesJsonEmrClusterEmrClusterWithoutSecurityConfigurationJsonTemplate.parameters()
    CfnNagSpecTestTemplatesJsonEmrClusterEmrClusterWithoutSecurityConfigurationJsonTemplate.resources()
}

/// The parts of `cfnNagSpecTestTemplatesJsonEmrClusterEmrClusterWithoutSecurityConfigurationJsonTemplate`.
enum CfnNagSpecTestTemplatesJsonEmrClusterEmrClusterWithoutSecurityConfigurationJsonTemplate {}
