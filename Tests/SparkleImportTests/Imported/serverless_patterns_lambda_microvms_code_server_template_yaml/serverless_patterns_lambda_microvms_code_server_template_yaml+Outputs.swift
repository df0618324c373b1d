// Imported from template.yaml by `sparkle import`.

import Sparkle

extension ServerlessPatternsLambdaMicrovmsCodeServerTemplateYamlTemplate {
    @TemplateBuilder static func outputs() -> Fragment {
        Output("ImageArn", Fn.getAtt("MicroVMImage", "ImageArn"))
        Output("State", Fn.getAtt("MicroVMImage", "State"))
        Output("BuildRoleArn", Fn.getAtt("MicroVMBuildRole", "Arn"))
        Output("ExecutionRoleArn", Fn.getAtt("MicroVMExecutionRole", "Arn"))
    }
}
