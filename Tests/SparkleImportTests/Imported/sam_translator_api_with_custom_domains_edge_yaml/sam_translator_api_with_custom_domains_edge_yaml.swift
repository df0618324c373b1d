// Imported from api_with_custom_domains_edge.yaml by `sparkle import`.

import Sparkle

public let samTranslatorApiWithCustomDomainsEdgeYamlTemplate = Template("sam_translator_api_with_custom_domains_edge_yaml") {
    SamTranslatorApiWithCustomDomainsEdgeYamlTemplate.parameters()
    SamTranslatorApiWithCustomDomainsEdgeYamlTemplate.resources()
    Metadata("SamTransformTest", true)
}

/// The parts of `samTranslatorApiWithCustomDomainsEdgeYamlTemplate`.
enum SamTranslatorApiWithCustomDomainsEdgeYamlTemplate {}
