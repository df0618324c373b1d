// Imported from alexa_ask_skill_authentication_configuration_client_secret_from_secrets_manager.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlAlexaAskSkillAlexaAskSkillAuthenticationConfigurationClientSecretFromSecretsManagerYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        alexaASKSkill
    }

    static var alexaASKSkill: Resource {
        Resource("AlexaASKSkill", type: "Alexa::ASK::Skill") {
            Property("SkillPackage", ["S3Bucket": "foo-bucket", "S3Key": "bar.zip"])
            Property("AuthenticationConfiguration", [
                "ClientId": "amzn1.application-oa2-client.foobar",
                "ClientSecret": "{{resolve:secretsmanager:/alexa/ask/skill/authenticationconfiguration_clientsecret:SecretString:password}}",
                "RefreshToken": Ref("AlexaASKSkillAuthenticationConfigurationRefreshToken"),
            ])
            Property("VendorId", "foobar")
        }
    }
}
