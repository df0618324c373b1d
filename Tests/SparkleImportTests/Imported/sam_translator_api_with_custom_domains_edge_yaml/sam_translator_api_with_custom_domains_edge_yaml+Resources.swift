// Imported from api_with_custom_domains_edge.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorApiWithCustomDomainsEdgeYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        myFunction
        myApi
    }

    static var myFunction: Resource {
        Resource("MyFunction", type: "AWS::Serverless::Function") {
            Property("InlineCode", """
            exports.handler = async (event) => {
              const response = {
                statusCode: 200,
                body: JSON.stringify('Hello from Lambda!'),
              };
              return response;
            };

            """)
            Property("Handler", "index.handler")
            Property("Runtime", "nodejs18.x")
            Property("Events", [
                "Fetch": [
                    "Type": "Api",
                    "Properties": ["RestApiId": myApi.ref, "Method": "Get", "Path": "/get"],
                ],
            ])
        }
    }

    static var myApi: Resource {
        Resource("MyApi", type: "AWS::Serverless::Api") {
            Property("OpenApiVersion", "3.0.1")
            Property("StageName", "Prod")
            Property("Domain", [
                "DomainName": Ref("MyEdgeDomainName"),
                "CertificateArn": Ref("MyEdgeDomainCert"),
                "EndpointConfiguration": "EDGE",
                "BasePath": ["/get"],
                "Route53": ["HostedZoneId": Ref("HostedZoneId"), "IpV6": true],
            ])
        }
    }
}
