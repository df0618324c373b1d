// Imported from pinpoint_apnsvoipchannel_private_key_parameter_with_noecho.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlPinpointApnsvoipchannelPinpointApnsvoipchannelPrivateKeyParameterWithNoechoYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        pinpointApp
        pinpointAPNSVoipChannel
    }

    static var pinpointApp: Resource {
        Resource("PinpointApp", type: "AWS::Pinpoint::App") {
            Property("Name", "foobar")
        }
    }

    static var pinpointAPNSVoipChannel: Resource {
        Resource("PinpointAPNSVoipChannel", type: "AWS::Pinpoint::APNSVoipChannel") {
            Property("PrivateKey", Ref("PinpointAPNSVoipChannelPrivateKey"))
            Property("ApplicationId", pinpointApp.ref)
        }
    }
}
