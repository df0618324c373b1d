// Imported from edge_cases.yaml by `sparkle import`.

import Sparkle

extension FixtureEdgeCasesYamlTemplate {
    @TemplateBuilder static func rules() -> Fragment {
        Rule("ProdOnly", when: Fn.equals(Ref("Env"), "prod"), assertions: [
            Assertion(Fn.not(Fn.equals(Ref("Secret"), "")), description: "a secret in production"),
        ])
    }
}
