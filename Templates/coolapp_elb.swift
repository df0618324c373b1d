import Sparkle

/// The load balancer layer: a classic ELB in two public subnets and its security group.
/// Subnet and VPC parameters are named like the outputs of `vpc` and `vpc_subnets`.
let coolappElb = Template("coolapp_elb", description: "Classic load balancer for coolapp, with its security group") {
    Load(network)
    elbSecurityGroup
    elb
    Output("ElbName", elb.ref, description: "Name of the load balancer")
    Output("ElbSecurityGroup", elbSecurityGroup.getAtt("GroupId"), description: "Security group of the load balancer")
    Output("ElbDns", elb.getAtt("DNSName"), description: "DNS name of the load balancer")
}

private var elbSecurityGroup: Resource {
    Resource("ElbSecurityGroup", type: "AWS::EC2::SecurityGroup") {
        Property("GroupDescription", "HTTP from anywhere to the coolapp load balancer")
        Property("VpcId", Ref("VpcId"))
        Property("SecurityGroupIngress", [["IpProtocol": "tcp", "FromPort": 80, "ToPort": 80, "CidrIp": "0.0.0.0/0"]])
        Property("Tags", standardTags("elb"))
    }
}

private var elb: Resource {
    Resource("Elb", type: "AWS::ElasticLoadBalancing::LoadBalancer") {
        Property("Subnets", [Ref("Public1SubnetId"), Ref("Public2SubnetId")])
        Property("SecurityGroups", [elbSecurityGroup.getAtt("GroupId")])
        Property("CrossZone", true)
        Property("Listeners", [["LoadBalancerPort": "80", "InstancePort": "80", "Protocol": "HTTP"]])
        Property("HealthCheck") {
            Property("Target", "HTTP:80/")
            Property("HealthyThreshold", "3")
            Property("UnhealthyThreshold", "5")
            Property("Interval", "30")
            Property("Timeout", "5")
        }
        Property("Tags", standardTags("elb"))
    }
}
