// Imported from amplify_app_basic_auth_config_password_from_secure_systems_manager.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlAmplifyAppAmplifyAppBasicAuthConfigPasswordFromSecureSystemsManagerYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        amplifyApp
    }

    static var amplifyApp: Resource {
        Resource("AmplifyApp", type: "AWS::Amplify::App") {
            Property("BasicAuthConfig", [
                "EnableBasicAuth": true,
                "Password": "{{resolve:ssm-secure:SecureSecretString:1}}",
                "Username": "admin",
            ])
            Property("Name", "foobar")
        }
    }
}
