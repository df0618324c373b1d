// Imported from example-resources.template by `sparkle import`.

import Sparkle

extension CloudformationSamplesHooksJavaHooksEc2InstanceTypesExamplesExampleResourcesTemplateTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        capacityReservation
        capacityReservationFleet
        ec2Instance
        launchConfiguration
        launchTemplate
        launchTemplateWithInstanceRequirements
    }

    static var capacityReservation: Resource {
        Resource("CapacityReservation", type: "AWS::EC2::CapacityReservation") {
            Property("AvailabilityZone", Fn.sub("\(AWS.region)a"))
            Property("InstanceCount", 1)
            Property("InstanceMatchCriteria", "targeted")
            Property("InstancePlatform", "Linux/UNIX")
            Property("InstanceType", Ref("CapacityReservationInstanceType"))
            Property("TagSpecifications", [
                [
                    "ResourceType": "capacity-reservation",
                    "Tags": [
                        ["Key": "Name", "Value": Ref("NameTagValue")],
                        ["Key": "AppName", "Value": Ref("AppNameTagValue")],
                        ["Key": "Env", "Value": Ref("Env")],
                    ],
                ],
            ])
        }
    }

    static var capacityReservationFleet: Resource {
        Resource("CapacityReservationFleet", type: "AWS::EC2::CapacityReservationFleet") {
            Property("AllocationStrategy", "prioritized")
            Property("InstanceMatchCriteria", "open")
            Property("InstanceTypeSpecifications", [
                [
                    "AvailabilityZone": Fn.sub("\(AWS.region)a"),
                    "InstancePlatform": "Linux/UNIX",
                    "InstanceType": Ref("CapacityReservationFleetInstanceType"),
                ],
            ])
            Property("TagSpecifications", [
                [
                    "ResourceType": "capacity-reservation-fleet",
                    "Tags": [
                        ["Key": "Name", "Value": Ref("NameTagValue")],
                        ["Key": "AppName", "Value": Ref("AppNameTagValue")],
                        ["Key": "Env", "Value": Ref("Env")],
                    ],
                ],
            ])
            Property("Tenancy", "default")
            Property("TotalTargetCapacity", 1)
        }
    }

    static var ec2Instance: Resource {
        Resource("Ec2Instance", type: "AWS::EC2::Instance") {
            Property("ImageId", Ref("LatestAmiId"))
            Property("InstanceType", Fn.if(instanceTypeNotSpecified, AWS.noValue, Ref("InstanceType")))
            Property("PropagateTagsToVolumeOnCreation", true)
            Property("Tags", [
                ["Key": "Name", "Value": Ref("NameTagValue")],
                ["Key": "AppName", "Value": Ref("AppNameTagValue")],
                ["Key": "Env", "Value": Ref("Env")],
            ])
        }
    }

    static var launchConfiguration: Resource {
        Resource("LaunchConfiguration", type: "AWS::AutoScaling::LaunchConfiguration") {
            Property("ImageId", Ref("LatestAmiId"))
            Property("InstanceType", Ref("LaunchConfigurationInstanceType"))
        }
    }

    static var launchTemplate: Resource {
        Resource("LaunchTemplate", type: "AWS::EC2::LaunchTemplate") {
            Property("LaunchTemplateData", [
                "ImageId": Ref("LatestAmiId"),
                "InstanceType": Ref("LaunchTemplateInstanceType"),
            ])
            Property("LaunchTemplateName", Fn.sub("\(AWS.stackName)-launch-template"))
            Property("TagSpecifications", [
                [
                    "ResourceType": "launch-template",
                    "Tags": [
                        ["Key": "Name", "Value": Ref("NameTagValue")],
                        ["Key": "AppName", "Value": Ref("AppNameTagValue")],
                        ["Key": "Env", "Value": Ref("Env")],
                    ],
                ],
            ])
        }
    }

    static var launchTemplateWithInstanceRequirements: Resource {
        Resource("LaunchTemplateWithInstanceRequirements", type: "AWS::EC2::LaunchTemplate") {
            Property("LaunchTemplateData", [
                "ImageId": Ref("LatestAmiId"),
                "InstanceRequirements": [
                    "AcceleratorCount": ["Min": 0],
                    "AcceleratorTotalMemoryMiB": ["Min": 0],
                    "MemoryMiB": [
                        "Max": Fn.if(memoryMaxNotSpecified, AWS.noValue, Ref("MemoryMax")),
                        "Min": Ref("MemoryMin"),
                    ],
                    "VCpuCount": [
                        "Max": Fn.if(cpuMaxNotSpecified, AWS.noValue, Ref("CpuMax")),
                        "Min": Ref("CpuMin"),
                    ],
                ],
            ])
            Property("LaunchTemplateName", Fn.sub("\(AWS.stackName)-launch-template-with-instance-requirements"))
            Property("TagSpecifications", [
                [
                    "ResourceType": "launch-template",
                    "Tags": [
                        ["Key": "Name", "Value": Ref("NameTagValue")],
                        ["Key": "AppName", "Value": Ref("AppNameTagValue")],
                        ["Key": "Env", "Value": Ref("Env")],
                    ],
                ],
            ])
        }
    }
}
