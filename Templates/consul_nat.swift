import Sparkle

/// NAT and bastion hosts: three instances in an auto scaling group run consul, which elects the one
/// that takes over the private route table's default route. AMIs exist only for us-west-2 and
/// eu-west-1, looked up in a region mapping.
let consulNat = Template("consul_nat", description: "Consul-elected NAT/bastion instances in an auto scaling group of 3") {
    Load(network)
    Parameter("VpcCidr", type: .string, default: "10.1.0.0/16", description: "The VPC's CIDR block (vpc output VpcCidr)")
    Parameter("PrivateRouteTableId", type: .string, description: "Route table whose default route the NAT owns")
    Parameter("KeyName", type: .keyPairName, description: "Key pair for SSH to the bastion")
    Parameter("SshCidr", type: .string, default: "0.0.0.0/0", description: "Who may SSH to the bastion")
    Mapping(
        "RegionMap",
        [
            "us-west-2": ["Ami": "ami-0c2d06d50ce30b442"],
            "eu-west-1": ["Ami": "ami-0a8e758f5e873d1c1"],
        ])
    natSecurityGroup
    natRole
    Resource("NatInstanceProfile", type: "AWS::IAM::InstanceProfile") {
        Property("Roles", [natRole.ref])
    }
    Resource("NatLaunchConfiguration", type: "AWS::AutoScaling::LaunchConfiguration") {
        Property("ImageId", Fn.findInMap("RegionMap", AWS.region, "Ami"))
        Property("InstanceType", "t3.small")
        Property("KeyName", Ref("KeyName"))
        Property("IamInstanceProfile", Ref("NatInstanceProfile"))
        Property("AssociatePublicIpAddress", true)
        Property("SecurityGroups", [natSecurityGroup.ref])
        Property(
            "UserData",
            Fn.base64(
                Fn.sub(
                    """
                    #!/bin/bash -e
                    # Consul elects one node; its watch handler claims the NAT route.
                    INSTANCE=$(curl -s http://169.254.169.254/latest/meta-data/instance-id)
                    aws ec2 modify-instance-attribute --region ${AWS::Region} --instance-id $INSTANCE --no-source-dest-check
                    sysctl -w net.ipv4.ip_forward=1
                    iptables -t nat -A POSTROUTING -s ${VpcCidr} -j MASQUERADE
                    consul agent -server -bootstrap-expect 3 -retry-join "provider=aws tag_key=consul tag_value=${AWS::StackName}" \\
                      -data-dir /var/lib/consul &
                    consul watch -type key -key nat/leader \\
                      "aws ec2 replace-route --region ${AWS::Region} --route-table-id ${PrivateRouteTableId} --destination-cidr-block 0.0.0.0/0 --instance-id $INSTANCE" &

                    """)))
    }
    Resource("NatAutoScalingGroup", type: "AWS::AutoScaling::AutoScalingGroup") {
        Property("LaunchConfigurationName", Ref("NatLaunchConfiguration"))
        Property("MinSize", "3")
        Property("MaxSize", "3")
        Property("VPCZoneIdentifier", [Ref("Public1SubnetId"), Ref("Public2SubnetId")])
        Property("Tags", [["Key": "consul", "Value": AWS.stackName, "PropagateAtLaunch": true]])
    }
    Output("NatSecurityGroup", natSecurityGroup.ref, description: "Security group of the NAT/bastion hosts")
}

private var natSecurityGroup: Resource {
    Resource("NatSecurityGroup", type: "AWS::EC2::SecurityGroup") {
        Property("GroupDescription", "NAT traffic from the VPC, SSH from the bastion CIDR, consul between members")
        Property("VpcId", Ref("VpcId"))
        Property(
            "SecurityGroupIngress",
            [
                ["IpProtocol": "-1", "CidrIp": Ref("VpcCidr")],
                ["IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": Ref("SshCidr")],
            ])
    }
}

private var natRole: Resource {
    Resource("NatRole", type: "AWS::IAM::Role") {
        Property("AssumeRolePolicyDocument", serviceTrustPolicy("ec2.amazonaws.com"))
        Property(
            "Policies",
            [
                [
                    "PolicyName": "nat-route-takeover",
                    "PolicyDocument": [
                        "Version": "2012-10-17",
                        "Statement": [
                            [
                                "Effect": "Allow",
                                "Action": [
                                    "ec2:CreateRoute", "ec2:ReplaceRoute", "ec2:DescribeRouteTables",
                                    "ec2:DescribeInstances", "ec2:ModifyInstanceAttribute",
                                    "autoscaling:DescribeAutoScalingGroups",
                                ],
                                "Resource": "*",
                            ]
                        ],
                    ],
                ]
            ])
    }
}
