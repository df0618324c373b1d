// Imported from conditional_properties.yml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlSecretsmanagerConditionalPropertiesYmlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        appDbSecret
    }

    static var appDbSecret: Resource {
        Resource("AppDbSecret", type: "AWS::SecretsManager::Secret") {
            Property("Fn::If", [
                "IsNone",
                [
                    "Description": "New",
                    "GenerateSecretString": [
                        "SecretStringTemplate": "{\"username\": \"test-user\"}",
                        "GenerateStringKey": "password",
                        "PasswordLength": 30,
                        "ExcludeCharacters": #""@/\"#,
                    ],
                ],
                ["Description": "Restore", "SecretString": Ref("RestoreSecretString")],
            ])
        }
            .deletionPolicy(.retain)
    }
}
