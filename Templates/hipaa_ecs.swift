import Sparkle

// A HIPAA-minded ECS deployment in two layers: network (hipaa_ecs_network) → app (hipaa_ecs_app).

/// The network layer: a dedicated-tenancy VPC with public and private subnets, a NAT gateway, and
/// a bastion host whose address is an output.
let hipaaEcsNetwork = Template(
    "hipaa_ecs_network", description: "HIPAA ECS layer 1: dedicated-tenancy VPC, NAT gateway and bastion host"
) {
    FormatVersion()
    Parameter(
        "AdminCidr", type: .string, default: "198.51.100.0/24", allowedPattern: #"^(\d{1,3}\.){3}\d{1,3}/\d{1,2}$"#,
        description: "Network allowed to SSH to the bastion", constraintDescription: "a CIDR block")
    Parameter(
        "BastionAmiId", type: .ssmParameter("AWS::EC2::Image::Id"),
        default: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64", description: "AMI of the bastion host")
    vpcNetwork("", VpcNetworkConfig(cidr: "10.40.0.0/16", publicSubnets: 2, privateSubnets: 2, natGateway: true, tenancy: "dedicated"))
    bastionSecurityGroup
    bastion
    Output("BastionIp", bastion.getAtt("PublicIp"), description: "Public IP of the bastion host")
    Output("BastionSecurityGroupId", bastionSecurityGroup.getAtt("GroupId"), description: "The bastion's security group")
}

private var bastionSecurityGroup: Resource {
    Resource("BastionSecurityGroup", type: "AWS::EC2::SecurityGroup") {
        Property("GroupDescription", "SSH from the admin network to the bastion")
        Property("VpcId", Ref("Vpc"))
        Property("SecurityGroupIngress", [["IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": Ref("AdminCidr")]])
        Property("Tags", standardTags("bastion"))
    }
}

private var bastion: Resource {
    Resource("Bastion", type: "AWS::EC2::Instance") {
        Property("ImageId", Ref("BastionAmiId"))
        Property("InstanceType", "t3.micro")
        Property("SubnetId", Ref("Public1Subnet"))
        Property("SecurityGroupIds", [bastionSecurityGroup.getAtt("GroupId")])
        Property("BlockDeviceMappings", [["DeviceName": "/dev/xvda", "Ebs": ["Encrypted": true, "VolumeSize": 8]]])
        Property("Tags", standardTags("bastion"))
    }
    .dependsOn(ResourceName("PublicDefaultRoute"))
}

/// The app layer: an ECS cluster on encrypted instances in the private subnets, behind an internal
/// load balancer, running one service.
let hipaaEcsApp = Template("hipaa_ecs_app", description: "HIPAA ECS layer 2: cluster, internal ELB, encrypted instances, service") {
    FormatVersion()
    Parameter("VpcId", type: .vpcId, description: "The VPC (network layer output)")
    Parameter("VpcCidr", type: .string, description: "The VPC's CIDR block (network layer output)")
    Load(privateSubnets)
    Parameter("BastionSecurityGroupId", type: .securityGroupId, description: "The bastion's security group (network layer output)")
    Parameter(
        "EcsAmiId", type: .ssmParameter("AWS::EC2::Image::Id"),
        default: "/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id", description: "ECS-optimized AMI")
    Parameter("AppImage", type: .string, default: "public.ecr.aws/nginx/nginx:stable", description: "Container image of the app")
    hipaaCluster
    hipaaElbSecurityGroup
    hipaaInstanceSecurityGroup
    hipaaElb
    hipaaInstanceRole
    hipaaInstanceProfile
    hipaaLaunchTemplate
    Resource("ContainerInstances", type: "AWS::AutoScaling::AutoScalingGroup") {
        Property("LaunchTemplate", ["LaunchTemplateId": hipaaLaunchTemplate.ref, "Version": hipaaLaunchTemplate.getAtt("LatestVersionNumber")])
        Property("MinSize", "2")
        Property("MaxSize", "4")
        Property("VPCZoneIdentifier", [Ref("Private1SubnetId"), Ref("Private2SubnetId")])
    }
    Resource("AppTask", type: "AWS::ECS::TaskDefinition") {
        Property("Family", "hipaa-app")
        Property("ContainerDefinitions", [[
            "Name": "app", "Image": Ref("AppImage"), "Cpu": 256, "Memory": 512, "Essential": true,
            "PortMappings": [["HostPort": 80, "ContainerPort": 80]],
        ]])
    }
    Resource("AppService", type: "AWS::ECS::Service") {
        Property("Cluster", hipaaCluster.ref)
        Property("TaskDefinition", Ref("AppTask"))
        Property("DesiredCount", 2)
        Property("LoadBalancers", [["LoadBalancerName": hipaaElb.ref, "ContainerName": "app", "ContainerPort": 80]])
    }
    .dependsOn(ResourceName("ContainerInstances"))
    Output("ClusterName", hipaaCluster.ref, description: "The ECS cluster")
    Output("ElbDns", hipaaElb.getAtt("DNSName"), description: "Internal DNS name of the load balancer")
}

private var hipaaCluster: Resource {
    Resource("Cluster", type: "AWS::ECS::Cluster") {
        Property("ClusterSettings", [["Name": "containerInsights", "Value": "enabled"]])
    }
}

private var hipaaElbSecurityGroup: Resource {
    Resource("ElbSecurityGroup", type: "AWS::EC2::SecurityGroup") {
        Property("GroupDescription", "HTTP from inside the VPC to the internal load balancer")
        Property("VpcId", Ref("VpcId"))
        Property("SecurityGroupIngress", [["IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": Ref("VpcCidr")]])
    }
}

private var hipaaInstanceSecurityGroup: Resource {
    Resource("InstanceSecurityGroup", type: "AWS::EC2::SecurityGroup") {
        Property("GroupDescription", "HTTP from the load balancer, SSH from the bastion")
        Property("VpcId", Ref("VpcId"))
        Property("SecurityGroupIngress", [
            ["IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "SourceSecurityGroupId": hipaaElbSecurityGroup.getAtt("GroupId")],
            ["IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "SourceSecurityGroupId": Ref("BastionSecurityGroupId")],
        ])
    }
}

private var hipaaElb: Resource {
    Resource("Elb", type: "AWS::ElasticLoadBalancing::LoadBalancer") {
        Property("Scheme", "internal")
        Property("Subnets", [Ref("Private1SubnetId"), Ref("Private2SubnetId")])
        Property("SecurityGroups", [hipaaElbSecurityGroup.getAtt("GroupId")])
        Property("Listeners", [["LoadBalancerPort": "80", "InstancePort": "80", "Protocol": "HTTP"]])
        Property("HealthCheck", ["Target": "HTTP:80/", "HealthyThreshold": "3", "UnhealthyThreshold": "5", "Interval": "30", "Timeout": "5"])
    }
}

private var hipaaInstanceRole: Resource {
    Resource("InstanceRole", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", serviceTrustPolicy("ec2.amazonaws.com"))
        Property("ManagedPolicyArns", [awsManagedPolicy("service-role/AmazonEC2ContainerServiceforEC2Role")])
    }
}

private var hipaaInstanceProfile: Resource {
    Resource("InstanceProfile", type: "AWS::IAM::InstanceProfile") {
        Property("Roles", [hipaaInstanceRole.ref])
    }
}

private var hipaaLaunchTemplate: Resource {
    Resource("LaunchTemplate", type: "AWS::EC2::LaunchTemplate") {
        Property("LaunchTemplateData") {
            Property("ImageId", Ref("EcsAmiId"))
            Property("InstanceType", "m5.large")
            Property("IamInstanceProfile", ["Arn": hipaaInstanceProfile.getAtt("Arn")])
            Property("SecurityGroupIds", [hipaaInstanceSecurityGroup.getAtt("GroupId")])
            Property("MetadataOptions", ["HttpTokens": "required"])
            // Encrypted root and data volumes: PHI never rests unencrypted.
            Property("BlockDeviceMappings", [
                ["DeviceName": "/dev/xvda", "Ebs": ["Encrypted": true, "VolumeSize": 30, "VolumeType": "gp3"]],
                ["DeviceName": "/dev/xvdcz", "Ebs": ["Encrypted": true, "VolumeSize": 50, "VolumeType": "gp3"]],
            ])
            Property("UserData", Fn.base64(Fn.sub("#!/bin/bash\necho ECS_CLUSTER=${Cluster} >> /etc/ecs/ecs.config\n")))
        }
    }
}
