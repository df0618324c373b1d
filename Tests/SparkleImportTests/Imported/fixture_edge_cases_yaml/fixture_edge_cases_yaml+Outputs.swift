// Imported from edge_cases.yaml by `sparkle import`.

import Sparkle

extension FixtureEdgeCasesYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("BucketArn", bucket.getAtt("Arn"), description: "The bucket", export: Fn.sub("\(AWS.stackName)-bucket"))
            .condition(isProd)
        Merge([
            "Outputs": [
                "QueueUrl": ["Value": bucket2.ref, "Export": ["Name": "queue-url", "Extra": "kept"]],
            ],
        ])
        Output("Nothing", .null)
    }
}
