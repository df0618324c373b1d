// Imported from capacity_provider_with_intrinsics.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorCapacityProviderWithIntrinsicsYamlTemplate {
    @TemplateBuilder static func parameters() -> Fragment {
        Parameter("CapacityProviderName", type: .string, default: "intrinsic-capacity-provider")
        Parameter("SecurityGroupId", type: .string, default: "sg-0a1e1457229da0f74")
        Parameter("SubnetId", type: .string, default: "subnet-01e6344879fd06036")
        Parameter("Architecture", type: .string, default: "arm64")
        Parameter("AllowedInstanceType", type: .string, default: "c5.xlarge")
        Parameter("ExcludedInstanceTypeList", type: "List<String>", default: "t2.micro,c5.xlarge")
        Parameter("SecurityGroupIdList", type: .securityGroupIdList, default: "sg-0a1e1457229da0f74,sg-3b1f1457229da0f92")
        Parameter("SubnetIdList", type: .subnetIdList, default: "subnet-01e6344879fd06036,subnet-0136378879fd07039")
        Parameter("ArchitecturesList", type: "List<String>", default: "x86_64")
        Parameter("MaxVCpuCount", type: .number, default: 10)
        Parameter("TargetCPU", type: .number, default: .double(75.0))
        Parameter("TargetMemory", type: .number, default: .double(81.2))
        Parameter("KmsKeyArn", type: .string, default: "arn:aws:kms:us-east-1:123456789012:key/abcd1234-ef56-gh78-ij90-klmnopqrstuv")
    }
}
