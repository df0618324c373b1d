// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsApigwSqsLambdaDdbTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("HttpApiEndpoint", Fn.sub("https://${HttpApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}"), description: "Http API endpoint")
    }
}
