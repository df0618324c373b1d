// Imported from api_with_propagate_tags.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorApiWithPropagateTagsYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        myApiWithPropagateTags
    }

    static var myApiWithPropagateTags: Resource {
        Resource("MyApiWithPropagateTags", type: "AWS::Serverless::Api") {
            Property("StageName", "Prod")
            Property("PropagateTags", true)
            Property("Tags", [
                "TagKey1": "TagValue1",
                "TagKey2": "",
                "TagKey3": Ref("TagValueParam"),
                "TagKey4": "123",
            ])
            Property("Domain", [
                "DomainName": Ref("MyEdgeDomainName"),
                "CertificateArn": Ref("MyEdgeDomainCert"),
                "EndpointConfiguration": "EDGE",
                "BasePath": ["/get"],
                "Route53": ["HostedZoneId": Ref("HostedZoneId"), "IpV6": true],
            ])
            Property("Auth", [
                "ApiKeyRequired": true,
                "UsagePlan": [
                    "CreateUsagePlan": "SHARED",
                    "Description": "My test usage plan",
                    "Quota": ["Limit": 500, "Period": "MONTH"],
                    "Throttle": ["BurstLimit": 100, "RateLimit": 50],
                ],
            ])
        }
    }
}
