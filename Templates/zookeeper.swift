import Sparkle

/// A ZooKeeper ensemble: an auto scaling group from the `launch_config` dynamic plus one pinned
/// instance, both booting from the same `instance_metadata` registry value.
let zookeeper = Template("zookeeper", description: "ZooKeeper ensemble: auto scaled nodes and one pinned node sharing boot metadata") {
    Load(base)
    zookeeperSecurityGroup
    Resource("ZookeeperPeerIngress", type: "AWS::EC2::SecurityGroupIngress") {
        Property("GroupId", zookeeperSecurityGroup.getAtt("GroupId"))
        Property("IpProtocol", "tcp")
        Property("FromPort", 2181)
        Property("ToPort", 3888)
        Property("SourceSecurityGroupId", zookeeperSecurityGroup.getAtt("GroupId"))
    }
    launchConfig(
        "Zookeeper",
        LaunchConfigSettings(
            runList: zookeeperRunList, securityGroups: [Ref("SecurityGroupId"), zookeeperSecurityGroup.ref],
            metadata: instanceMetadata(zookeeperRunList)))
    Resource("ZookeeperAutoScalingGroup", type: "AWS::AutoScaling::AutoScalingGroup") {
        Property("LaunchConfigurationName", Ref("ZookeeperLaunchConfiguration"))
        Property("MinSize", "3")
        Property("MaxSize", "3")
        Property("VPCZoneIdentifier", [Ref("SubnetId")])
    }
    zookeeperPinned
    Output("PinnedNodeId", zookeeperPinned.ref, description: "The pinned ZooKeeper node")
    Output("PinnedNodeAddress", zookeeperPinned.getAtt("PrivateIp"), description: "Its private address")
}

private let zookeeperRunList = ["role[zookeeperd]"]

private var zookeeperSecurityGroup: Resource {
    Resource("ZookeeperSecurityGroup", type: "AWS::EC2::SecurityGroup") {
        Property("GroupDescription", "ZooKeeper client and peer ports between ensemble members")
        Property("VpcId", Ref("VpcId"))
        Property("Tags", standardTags("zookeeper"))
    }
}

private var zookeeperPinned: Resource {
    Resource("ZookeeperPinned", type: "AWS::EC2::Instance") {
        Property("ImageId", Ref("AmiId"))
        Property("InstanceType", "t3.small")
        Property("KeyName", Ref("KeyName"))
        Property("SubnetId", Ref("SubnetId"))
        Property("SecurityGroupIds", [Ref("SecurityGroupId"), zookeeperSecurityGroup.ref])
        Property(
            "UserData",
            Fn.base64(
                Fn.sub(
                    "#!/bin/bash -e\n/opt/aws/bin/cfn-init -v --stack ${AWS::StackName} --resource ZookeeperPinned --region ${AWS::Region}\nchef-client -z -j /etc/chef/first-boot.json\n"
                )))
        Property("Tags", standardTags("zookeeper-pinned"))
    }
    .metadata(instanceMetadata(zookeeperRunList))
}
