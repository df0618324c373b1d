// Imported from pinpoint_apnschannel_private_key_from_secrets_manager.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlPinpointApnschannelPinpointApnschannelPrivateKeyFromSecretsManagerYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        pinpointApp
        pinpointAPNSChannel
    }

    static var pinpointApp: Resource {
        Resource("PinpointApp", type: "AWS::Pinpoint::App") {
            Property("Name", "foobar")
        }
    }

    static var pinpointAPNSChannel: Resource {
        Resource("PinpointAPNSChannel", type: "AWS::Pinpoint::APNSChannel") {
            Property("PrivateKey", "{{resolve:secretsmanager:/pinpoint/app/privatekey:SecretString:password}}")
            Property("ApplicationId", pinpointApp.ref)
        }
    }
}
