// Imported from api_with_propagate_tags.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorApiWithPropagateTagsYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("TagValueParam", type: .string, default: "value")
        Parameter("MyEdgeDomainName", type: .string)
        Parameter("MyEdgeDomainCert", type: .string)
        Parameter("HostedZoneId", type: .string)
    }
}
