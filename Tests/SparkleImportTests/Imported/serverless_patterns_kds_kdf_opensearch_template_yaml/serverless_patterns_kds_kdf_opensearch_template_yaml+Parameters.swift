// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsKdsKdfOpensearchTemplateYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("AdminUserArn", type: .string, description: "Enter ARN for any User with admin rights")
    }
}
