import Sparkle

// Weave on ECS, in three layers wired by apply-stack: network → cluster → services.

/// The network layer: a VPC with two public subnets.
let weaveEcsNetwork = Template("weave_ecs_network", description: "Weave ECS layer 1: a VPC with two public subnets") {
    FormatVersion()
    vpcNetwork("", VpcNetworkConfig(cidr: "10.20.0.0/16"))
}

/// The cluster layer: an ECS cluster on an auto scaling group of three container instances that
/// find their Weave peers through the EC2 and Auto Scaling APIs.
let weaveEcsCluster = Template("weave_ecs_cluster", description: "Weave ECS layer 2: the cluster on three container instances") {
    FormatVersion()
    Load(network)
    Parameter(
        "EcsAmiId", type: .ssmParameter("AWS::EC2::Image::Id"),
        default: "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id",
        description: "ECS-optimized AMI of the container instances")
    Parameter("InstanceType", type: .string, default: "t3.small", description: "Container instance type")
    weaveCluster
    weaveSecurityGroup
    for (port, proto) in [(6783, "tcp"), (6783, "udp"), (6784, "udp")] {
        Resource("WeaveIngress\(port)\(proto.uppercased())", type: "AWS::EC2::SecurityGroupIngress") {
            Property("GroupId", weaveSecurityGroup.getAtt("GroupId"))
            Property("SourceSecurityGroupId", weaveSecurityGroup.getAtt("GroupId"))
            Property("IpProtocol", .string(proto))
            Property("FromPort", .int(port))
            Property("ToPort", .int(port))
            Property("Description", "Weave \(proto) \(port) between cluster members")
        }
    }
    weaveInstanceRole
    weaveInstanceProfile
    weaveLaunchTemplate
    Resource("ContainerInstances", type: "AWS::AutoScaling::AutoScalingGroup") {
        Property("LaunchTemplate") {
            Property("LaunchTemplateId", weaveLaunchTemplate.ref)
            Property("Version", weaveLaunchTemplate.getAtt("LatestVersionNumber"))
        }
        Property("MinSize", "3")
        Property("MaxSize", "3")
        Property("DesiredCapacity", "3")
        Property("VPCZoneIdentifier", [Ref("Public1SubnetId"), Ref("Public2SubnetId")])
        Property("Tags", [["Key": "Name", "Value": Fn.sub("${AWS::StackName}-weave"), "PropagateAtLaunch": true]])
    }
    Output("ClusterName", weaveCluster.ref, description: "The ECS cluster")
    Output("ClusterSecurityGroupId", weaveSecurityGroup.getAtt("GroupId"), description: "Security group of the members")
}

private var weaveCluster: Resource {
    Resource("Cluster", type: "AWS::ECS::Cluster") {
        Property("Tags", standardTags("weave"))
    }
}

private var weaveSecurityGroup: Resource {
    Resource("ClusterSecurityGroup", type: "AWS::EC2::SecurityGroup") {
        Property("GroupDescription", "HTTP from anywhere; Weave between members")
        Property("VpcId", Ref("VpcId"))
        Property("SecurityGroupIngress", [["IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0"]])
        Property("Tags", standardTags("weave"))
    }
}

private var weaveInstanceRole: Resource {
    Resource("InstanceRole", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", serviceTrustPolicy("ec2.amazonaws.com"))
        Property("ManagedPolicyArns", [awsManagedPolicy("service-role/AmazonEC2ContainerServiceforEC2Role")])
        Property("Policies", [[
            "PolicyName": "weave-peer-discovery",
            "PolicyDocument": policyDocument([allow(["ec2:DescribeInstances", "autoscaling:Describe*"], on: ["*"])]),
        ]])
    }
}

private var weaveInstanceProfile: Resource {
    Resource("InstanceProfile", type: "AWS::IAM::InstanceProfile") {
        Property("Roles", [weaveInstanceRole.ref])
    }
}

private var weaveLaunchTemplate: Resource {
    Resource("LaunchTemplate", type: "AWS::EC2::LaunchTemplate") {
        Property("LaunchTemplateData") {
            Property("ImageId", Ref("EcsAmiId"))
            Property("InstanceType", Ref("InstanceType"))
            Property("IamInstanceProfile", ["Arn": weaveInstanceProfile.getAtt("Arn")])
            Property("SecurityGroupIds", [weaveSecurityGroup.getAtt("GroupId")])
            Property("MetadataOptions", ["HttpTokens": "required"])
            Property(
                "UserData",
                Fn.base64(
                    Fn.sub(
                        """
                        #!/bin/bash -e
                        echo ECS_CLUSTER=${\(weaveCluster.logicalID)} >> /etc/ecs/ecs.config
                        curl -fsSL git.io/weave -o /usr/local/bin/weave && chmod +x /usr/local/bin/weave
                        # Peers are the other members of this auto scaling group (ec2:DescribeInstances).
                        /usr/local/bin/weave launch $(aws ec2 describe-instances --region ${AWS::Region} \\
                          --filters Name=tag:aws:cloudformation:stack-name,Values=${AWS::StackName} \\
                          --query 'Reservations[].Instances[].PrivateIpAddress' --output text)

                        """)))
        }
    }
}

/// The services layer: the redis and hit-counter task definitions and their services.
let weaveEcsServices = Template("weave_ecs_services", description: "Weave ECS layer 3: redis and hit-counter services") {
    FormatVersion()
    Parameter("ClusterName", type: .string, description: "The ECS cluster (weave_ecs_cluster output ClusterName)")
    Resource("RedisTask", type: "AWS::ECS::TaskDefinition") {
        Property("Family", "redis")
        Property("ContainerDefinitions", [[
            "Name": "redis", "Image": "redis", "Cpu": 10, "Memory": 300, "Essential": true,
            "PortMappings": [["ContainerPort": 6379]],
        ]])
    }
    Resource("HitCounterTask", type: "AWS::ECS::TaskDefinition") {
        Property("Family", "hit-counter")
        Property("ContainerDefinitions", [[
            "Name": "hit-counter", "Image": "errordeveloper/hit-counter", "Cpu": 10, "Memory": 300, "Essential": true,
            "PortMappings": [["HostPort": 80, "ContainerPort": 5000]],
        ]])
    }
    Resource("RedisService", type: "AWS::ECS::Service") {
        Property("Cluster", Ref("ClusterName"))
        Property("TaskDefinition", Ref("RedisTask"))
        Property("DesiredCount", 3)
    }
    Resource("HitCounterService", type: "AWS::ECS::Service") {
        Property("Cluster", Ref("ClusterName"))
        Property("TaskDefinition", Ref("HitCounterTask"))
        Property("DesiredCount", 1)
    }
    Output("RedisServiceArn", Ref("RedisService"), description: "The redis service")
    Output("HitCounterServiceArn", Ref("HitCounterService"), description: "The hit-counter service")
}
