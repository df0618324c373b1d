// Imported from cognito_identity_pool_allowunauthenticatedidentities_true.yaml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlCognitoCognitoIdentityPoolAllowunauthenticatedidentitiesTrueYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        cognitoIdentityPool1
        cognitoIdentityPool2
    }

    static var cognitoIdentityPool1: Resource {
        Resource("CognitoIdentityPool1", type: "AWS::Cognito::IdentityPool") {
            Property("AllowUnauthenticatedIdentities", "true")
        }
    }

    static var cognitoIdentityPool2: Resource {
        Resource("CognitoIdentityPool2", type: "AWS::Cognito::IdentityPool") {
            Property("AllowUnauthenticatedIdentities", true)
        }
    }
}
