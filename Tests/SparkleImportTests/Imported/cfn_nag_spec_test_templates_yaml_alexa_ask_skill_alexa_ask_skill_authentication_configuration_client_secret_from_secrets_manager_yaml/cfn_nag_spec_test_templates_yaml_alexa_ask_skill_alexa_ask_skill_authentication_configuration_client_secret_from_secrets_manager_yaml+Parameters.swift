// Imported from alexa_ask_skill_authentication_configuration_client_secret_from_secrets_manager.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlAlexaAskSkillAlexaAskSkillAuthenticationConfigurationClientSecretFromSecretsManagerYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("AlexaASKSkillAuthenticationConfigurationRefreshToken", type: .string, noEcho: true)
    }
}
