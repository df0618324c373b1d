// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsApigwSqsLambdaDdbTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("HttpApiEndpoint", Fn.sub("https://\(httpApi.ref).execute-api.\(AWS.region).\(AWS.urlSuffix)"), description: "Http API endpoint")
    }
}
