// Imported from http_api_local_iam_auth_enabled_with_existing_conflicting_authorizer.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorHttpApiLocalIamAuthEnabledWithExistingConflictingAuthorizerYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        myApi
    }

    static var myApi: Resource {
        Resource("MyApi", type: "AWS::Serverless::HttpApi") {
            Property("Auth", [
                "Authorizers": [
                    "AWS_IAM": [
                        "AuthorizationScopes": ["scope"],
                        "IdentitySource": "$request.header.Authorization",
                        "JwtConfiguration": [
                            "audience": ["audience1", "audience2"],
                            "issuer": "https://www.example.com/v1/connect/oidc",
                        ],
                    ],
                ],
                "DefaultAuthorizer": "AWS_IAM",
                "EnableIamAuthorizer": true,
            ])
        }
    }
}
