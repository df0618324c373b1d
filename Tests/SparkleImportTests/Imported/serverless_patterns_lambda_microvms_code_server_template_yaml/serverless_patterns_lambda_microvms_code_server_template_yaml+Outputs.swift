// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsLambdaMicrovmsCodeServerTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("ImageArn", microVMImage.getAtt("ImageArn"))
        Output("State", microVMImage.getAtt("State"))
        Output("BuildRoleArn", microVMBuildRole.getAtt("Arn"))
        Output("ExecutionRoleArn", microVMExecutionRole.getAtt("Arn"))
    }
}
