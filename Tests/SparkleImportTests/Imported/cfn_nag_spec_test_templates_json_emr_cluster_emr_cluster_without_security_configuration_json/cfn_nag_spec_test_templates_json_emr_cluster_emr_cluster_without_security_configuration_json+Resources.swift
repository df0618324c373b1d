// Imported from emr_cluster_without_security_configuration.json by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesJsonEmrClusterEmrClusterWithoutSecurityConfigurationJsonTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        emrClusterWithoutSecurityConfiguration
        emrClusterWithExternalSecurityConfiguration
    }

    static var emrClusterWithoutSecurityConfiguration: Resource {
        Resource("EMRClusterWithoutSecurityConfiguration", type: "AWS::EMR::Cluster") {
            Property("Instances", [
                "MasterInstanceGroup": [
                    "InstanceCount": 1,
                    "InstanceType": "m1.medium",
                    "Market": "ON_DEMAND",
                    "Name": "MasterInstanceGroup",
                ],
                "CoreInstanceGroup": [
                    "InstanceCount": 1,
                    "InstanceType": "m1.medium",
                    "Market": "ON_DEMAND",
                    "Name": "CoreInstanceGroup",
                ],
                "Ec2SubnetId": Ref("SubnetId"),
            ])
            Property("JobFlowRole", Ref("JobFlowRoleName"))
            Property("Name", "EMRClusterWithoutSecurityConfiguration")
            Property("ReleaseLabel", "emr-5.29.0")
            Property("ServiceRole", Ref("ServiceRoleName"))
        }
    }

    static var emrClusterWithExternalSecurityConfiguration: Resource {
        Resource("EMRClusterWithExternalSecurityConfiguration", type: "AWS::EMR::Cluster") {
            Property("Instances", [
                "MasterInstanceGroup": [
                    "InstanceCount": 1,
                    "InstanceType": "m1.medium",
                    "Market": "ON_DEMAND",
                    "Name": "MasterInstanceGroup",
                ],
                "CoreInstanceGroup": [
                    "InstanceCount": 1,
                    "InstanceType": "m1.medium",
                    "Market": "ON_DEMAND",
                    "Name": "CoreInstanceGroup",
                ],
                "Ec2SubnetId": Ref("SubnetId"),
            ])
            Property("JobFlowRole", Ref("JobFlowRoleName"))
            Property("Name", "EMRClusterWithoutSecurityConfiguration")
            Property("ReleaseLabel", "emr-5.29.0")
            Property("SecurityConfiguration", Ref("ExternalSecurityConfiguration"))
            Property("ServiceRole", Ref("ServiceRoleName"))
        }
    }
}
