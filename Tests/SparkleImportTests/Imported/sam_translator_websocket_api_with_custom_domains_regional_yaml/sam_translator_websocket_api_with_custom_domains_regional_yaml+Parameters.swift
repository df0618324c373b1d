// Imported from websocket_api_with_custom_domains_regional.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorWebsocketApiWithCustomDomainsRegionalYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("MyDomainName", type: .string)
        Parameter("MyDomainCert", type: .string)
        Parameter("HostedZoneId", type: .string)
    }
}
