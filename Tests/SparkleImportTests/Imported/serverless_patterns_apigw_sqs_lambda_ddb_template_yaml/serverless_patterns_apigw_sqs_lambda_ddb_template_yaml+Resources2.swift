// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsApigwSqsLambdaDdbTemplateYamlTemplate {
    @TemplateBuilder static func resources_2() -> Fragment {
        basicAuthUsername
        basicAuthPassword
    }

    static var basicAuthUsername: Resource {
        Resource("BasicAuthUsername", type: "AWS::SecretsManager::Secret") {
            Property("Description", "Username to be used in basic auth")
            Property("Name", "endpoint/username")
            Property("GenerateSecretString", [
                "ExcludeCharacters": "",
                "ExcludeLowercase": false,
                "ExcludeNumbers": false,
                "ExcludePunctuation": false,
                "ExcludeUppercase": false,
                "GenerateStringKey": "UserName",
                "IncludeSpace": false,
                "PasswordLength": 32,
                "RequireEachIncludedType": true,
                "SecretStringTemplate": Fn.sub("{\"UserName\": \"REPLACED\"}"),
            ])
        }
    }

    static var basicAuthPassword: Resource {
        Resource("BasicAuthPassword", type: "AWS::SecretsManager::Secret") {
            Property("Description", "Password to be used in basic auth")
            Property("Name", "endpoint/password")
            Property("GenerateSecretString", [
                "ExcludeCharacters": "",
                "ExcludeLowercase": false,
                "ExcludeNumbers": false,
                "ExcludePunctuation": false,
                "ExcludeUppercase": false,
                "GenerateStringKey": "Password",
                "IncludeSpace": false,
                "PasswordLength": 32,
                "RequireEachIncludedType": true,
                "SecretStringTemplate": Fn.sub("{\"Password\": \"REPLACED\"}"),
            ])
        }
    }
}
