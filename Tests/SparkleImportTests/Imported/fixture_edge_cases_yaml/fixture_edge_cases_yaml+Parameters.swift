// Imported from edge_cases.yaml by `sparkle import`.

import Sparkle

extension FixtureEdgeCasesYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("Env", type: .string, default: "test", allowedValues: ["test", "prod"])
        Merge(["Parameters": ["Secret": ["Type": "String", "NoEcho": "true"]]])
        Merge(["Parameters": ["Short": ["Type": "String", "MinLength": "1"]]])
        Parameter("Subnets", type: .subnetIdList)
    }
}
