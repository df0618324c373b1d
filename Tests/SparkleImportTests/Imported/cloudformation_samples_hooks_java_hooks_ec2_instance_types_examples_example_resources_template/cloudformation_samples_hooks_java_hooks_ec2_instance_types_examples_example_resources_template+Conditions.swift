// Imported from example-resources.template by `sparkle import`.

import Sparkle

extension CloudformationSamplesHooksJavaHooksEc2InstanceTypesExamplesExampleResourcesTemplateTemplate {
    @TemplateBuilder static func conditions() -> Fragment {
        cpuMaxNotSpecified
        instanceTypeNotSpecified
        memoryMaxNotSpecified
    }

    static var cpuMaxNotSpecified: Condition {
        Condition("CpuMaxNotSpecified", Fn.equals(Ref("CpuMax"), ""))
    }

    static var instanceTypeNotSpecified: Condition {
        Condition("InstanceTypeNotSpecified", Fn.equals(Ref("InstanceType"), "(not specified)"))
    }

    static var memoryMaxNotSpecified: Condition {
        Condition("MemoryMaxNotSpecified", Fn.equals(Ref("MemoryMax"), ""))
    }
}
