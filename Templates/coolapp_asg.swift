import Sparkle

/// The app layer: an auto scaling group behind the coolapp ELB. `ElbName` and `ElbSecurityGroup`
/// come from `--apply-stack coolapp_elb`; the subnets and VPC from the network layers.
let coolappAsg = Template("coolapp_asg", description: "Auto scaling group of coolapp instances behind the coolapp ELB") {
    Load(network)
    Parameter("ElbName", type: .string, description: "Load balancer name (coolapp_elb output ElbName)")
    Parameter("ElbSecurityGroup", type: .securityGroupId, description: "Load balancer security group (coolapp_elb output)")
    Parameter(
        "AmiId", type: .ssmParameter("AWS::EC2::Image::Id"),
        default: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64", description: "AMI of the instances")
    Parameter("DesiredCapacity", type: .number, default: "2", description: "Instances to run", minValue: 1, maxValue: 10)
    appSecurityGroup
    launchConfig("Coolapp", LaunchConfigSettings(runList: ["role[coolapp]"], securityGroups: [appSecurityGroup.ref]))
    Resource("CoolappAutoScalingGroup", type: "AWS::AutoScaling::AutoScalingGroup") {
        Property("LaunchConfigurationName", Ref("CoolappLaunchConfiguration"))
        Property("MinSize", "1")
        Property("MaxSize", "10")
        Property("DesiredCapacity", Ref("DesiredCapacity"))
        Property("LoadBalancerNames", [Ref("ElbName")])
        Property("VPCZoneIdentifier", [Ref("Public1SubnetId"), Ref("Public2SubnetId")])
        Property("HealthCheckType", "ELB")
        Property("HealthCheckGracePeriod", 300)
    }
    Output("AutoScalingGroupName", Ref("CoolappAutoScalingGroup"), description: "The auto scaling group")
}

private var appSecurityGroup: Resource {
    Resource("AppSecurityGroup", type: "AWS::EC2::SecurityGroup") {
        Property("GroupDescription", "HTTP from the coolapp load balancer only")
        Property("VpcId", Ref("VpcId"))
        Property(
            "SecurityGroupIngress",
            [["IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "SourceSecurityGroupId": Ref("ElbSecurityGroup")]])
    }
}
