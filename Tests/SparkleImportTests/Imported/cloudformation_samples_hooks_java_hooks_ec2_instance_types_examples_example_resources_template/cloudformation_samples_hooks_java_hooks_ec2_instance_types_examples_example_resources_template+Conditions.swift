// Imported from example-resources.template by `sparkle import`.

import Sparkle

extension CloudformationSamplesHooksJavaHooksEc2InstanceTypesExamplesExampleResourcesTemplateTemplate {
    @TemplateBuilder static func conditions() -> Fragment {
        Condition("CpuMaxNotSpecified", Fn.equals(Ref("CpuMax"), ""))
        Condition("InstanceTypeNotSpecified", Fn.equals(Ref("InstanceType"), "(not specified)"))
        Condition("MemoryMaxNotSpecified", Fn.equals(Ref("MemoryMax"), ""))
    }
}
