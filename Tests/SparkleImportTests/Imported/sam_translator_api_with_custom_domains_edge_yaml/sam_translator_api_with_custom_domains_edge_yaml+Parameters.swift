// Imported from api_with_custom_domains_edge.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorApiWithCustomDomainsEdgeYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("MyEdgeDomainName", type: .string)
        Parameter("MyEdgeDomainCert", type: .string)
        Parameter("HostedZoneId", type: .string)
    }
}
