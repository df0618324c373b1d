// Imported from conditional_properties.yml by `sparkle import`.

import Sparkle

public let cfnNagSpecTestTemplatesYamlSecretsmanagerConditionalPropertiesYmlTemplate = Template("cfn_nag_spec_test_templates_yaml_secretsmanager_conditional_properties_yml") {
    FormatVersion()
    CfnNagSpecTestTemplatesYamlSecretsmanagerConditionalPropertiesYmlTemplate.parameters()
    CfnNagSpecTestTemplatesYamlSecretsmanagerConditionalPropertiesYmlTemplate.conditions()
    CfnNagSpecTestTemplatesYamlSecretsmanagerConditionalPropertiesYmlTemplate.resources()
}

/// The parts of `cfnNagSpecTestTemplatesYamlSecretsmanagerConditionalPropertiesYmlTemplate`.
enum CfnNagSpecTestTemplatesYamlSecretsmanagerConditionalPropertiesYmlTemplate {}
