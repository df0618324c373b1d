// Imported from error_api_invalid_auth_identity_cognito.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorErrorApiInvalidAuthIdentityCognitoYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        serverlessApi
    }

    static var serverlessApi: Resource {
        Resource("ServerlessApi", type: "AWS::Serverless::Api") {
            Property("StageName", "prod")
            Property("Auth", [
                "Authorizers": [
                    "CognitoAuthorizer": [
                        "UserPoolArn": [
                            Fn.sub("arn:aws:cognito-idp:\(AWS.region):\(AWS.accountId):userpool/${PoolId}"),
                        ],
                        "Identity": "CognitoAuthorizationIdentity",
                    ],
                ],
            ])
        }
    }
}
