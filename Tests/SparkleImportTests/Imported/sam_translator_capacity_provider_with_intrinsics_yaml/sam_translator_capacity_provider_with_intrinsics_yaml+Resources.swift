// Imported from capacity_provider_with_intrinsics.yaml by `sparkle import`.

import Sparkle

extension SamTranslatorCapacityProviderWithIntrinsicsYamlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        intrinsicCapacityProvider
        intrinsicCapacityProviderTwo
    }

    static var intrinsicCapacityProvider: Resource {
        Resource("IntrinsicCapacityProvider", type: "AWS::Serverless::CapacityProvider") {
            Property("CapacityProviderName", Ref("CapacityProviderName"))
            Property("VpcConfig", [
                "SecurityGroupIds": [Ref("SecurityGroupId")],
                "SubnetIds": [Ref("SubnetId")],
            ])
            Property("Tags", [
                "Environment": Fn.sub("\(AWS.stackName)-environment"),
                "Team": Fn.sub("\(AWS.stackName)-team"),
            ])
            Property("InstanceRequirements", [
                "Architectures": [Ref("Architecture")],
                "AllowedTypes": [Ref("AllowedInstanceType"), Fn.join(".", ["c5", "2xlarge"]), "c5.large"],
            ])
            Property("ScalingConfig", [
                "MaxVCpuCount": Ref("MaxVCpuCount"),
                "AverageCPUUtilization": Ref("TargetCPU"),
            ])
            Property("KmsKeyArn", Ref("KmsKeyArn"))
        }
    }

    static var intrinsicCapacityProviderTwo: Resource {
        Resource("IntrinsicCapacityProviderTwo", type: "AWS::Serverless::CapacityProvider") {
            Property("VpcConfig", [
                "SecurityGroupIds": Ref("SecurityGroupIdList"),
                "SubnetIds": Ref("SubnetIdList"),
            ])
            Property("InstanceRequirements", [
                "Architectures": Ref("ArchitecturesList"),
                "ExcludedTypes": Ref("ExcludedInstanceTypeList"),
            ])
            Property("ScalingConfig", [
                "MaxVCpuCount": Ref("MaxVCpuCount"),
                "AverageCPUUtilization": Ref("TargetCPU"),
            ])
            Property("KmsKeyArn", Ref("KmsKeyArn"))
        }
    }
}
