// Imported from edge_cases.yaml by `sparkle import`.

import Sparkle

extension FixtureEdgeCasesYamlTemplate {
    @TemplateBuilder static func conditions() -> Fragment {
        isProd
        isTest
        either
        listed
    }

    static var isProd: Condition {
        Condition("IsProd", Fn.equals(Ref("Env"), "prod"))
    }

    static var isTest: Condition {
        Condition("IsTest", Fn.not(Fn.condition(isProd)))
    }

    static var either: Condition {
        Condition("Either", Fn.or(Fn.condition(isProd), Fn.condition(isTest), Fn.equals("a", "b")))
    }

    static var listed: Condition {
        Condition("Listed", Fn.contains(["a", "b"], Ref("Env")))
    }
}
