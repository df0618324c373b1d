// Imported from pinpoint_apnsvoipchannel_private_key_parameter_with_noecho.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlPinpointApnsvoipchannelPinpointApnsvoipchannelPrivateKeyParameterWithNoechoYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("PinpointAPNSVoipChannelPrivateKey", type: .string, noEcho: true)
    }
}
