// Imported from websocket_api_with_custom_domains_regional.yaml by `sparkle import`.

import Sparkle

public let samTranslatorWebsocketApiWithCustomDomainsRegionalYamlTemplate = Template("sam_translator_websocket_api_with_custom_domains_regional_yaml") {
    SamTranslatorWebsocketApiWithCustomDomainsRegionalYamlTemplate.parameters()
    Globals("WebSocketApi", [
        "Domain": [
            "DomainName": Ref("MyDomainName"),
            "CertificateArn": Ref("MyDomainCert"),
            "EndpointConfiguration": "REGIONAL",
            "SecurityPolicy": "TLS_1_2",
            "BasePath": ["/get", "/post"],
            "Route53": ["HostedZoneId": Ref("HostedZoneId")],
        ],
    ])
    SamTranslatorWebsocketApiWithCustomDomainsRegionalYamlTemplate.resources()
    Metadata("SamTransformTest", true)
}

/// The parts of `samTranslatorWebsocketApiWithCustomDomainsRegionalYamlTemplate`.
enum SamTranslatorWebsocketApiWithCustomDomainsRegionalYamlTemplate {}
