import Sparkle

/// Kubernetes on CoreOS: common, master and minion security groups with group-to-group rules,
/// one master and N minions in auto scaling groups, joined through an etcd discovery URL.
let k8sCoreos = Template("k8s_coreos", description: "Kubernetes on CoreOS: one master and N minions in auto scaling groups") {
    Load(network)
    Parameter("CoreOsAmiId", type: .imageId, description: "CoreOS (Flatcar) AMI for the region")
    Parameter("KeyName", type: .keyPairName, description: "Key pair for SSH")
    Parameter("DiscoveryUrl", type: .string, allowedPattern: "^https://discovery\\.etcd\\.io/[0-9a-f]+$",
              description: "etcd discovery URL (https://discovery.etcd.io/new?size=1)")
    Parameter("MinionCount", type: .number, default: "3", description: "Number of minions", minValue: 1, maxValue: 50)
    commonGroup
    masterGroup
    minionGroup
    for (target, source, from, to) in k8sIngressRules {
        Resource("\(target)From\(source)Ingress\(from)", type: "AWS::EC2::SecurityGroupIngress") {
            Property("GroupId", Fn.getAtt("\(target)SecurityGroup", "GroupId"))
            Property("SourceSecurityGroupId", Fn.getAtt("\(source)SecurityGroup", "GroupId"))
            Property("IpProtocol", "tcp")
            Property("FromPort", .int(from))
            Property("ToPort", .int(to))
        }
    }
    coreosNodes("Master", role: "master", groups: [commonGroup, masterGroup], count: "1")
    coreosNodes("Minion", role: "minion", groups: [commonGroup, minionGroup], count: Ref("MinionCount"))
    Output("MasterSecurityGroup", masterGroup.ref, description: "Security group of the master")
}

/// (target group, source group, from port, to port): who may reach whom.
private let k8sIngressRules = [
    ("Common", "Common", 2379, 2380),  // etcd client and peer
    ("Master", "Minion", 443, 443),  // kubelets to the API server
    ("Minion", "Master", 10250, 10250),  // API server to kubelets
    ("Minion", "Minion", 8472, 8472),  // flannel VXLAN
]

private let commonGroup = k8sSecurityGroup("Common", "etcd and SSH for every cluster node")
private let masterGroup = k8sSecurityGroup("Master", "Kubernetes API server")
private let minionGroup = k8sSecurityGroup("Minion", "Kubernetes kubelets and pod network")

private func k8sSecurityGroup(_ name: String, _ purpose: String) -> Resource {
    Resource("\(name)SecurityGroup", type: "AWS::EC2::SecurityGroup") {
        Property("GroupDescription", .string(purpose))
        Property("VpcId", Ref("VpcId"))
        Property("SecurityGroupIngress", [["IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "CidrIp": "0.0.0.0/0"]])
    }
}

/// A launch configuration with cloud-config user data and an auto scaling group of `count` nodes.
@TemplateBuilder
private func coreosNodes(_ name: String, role: String, groups: [Resource], count: Value) -> Fragment {
    Resource("\(name)LaunchConfiguration", type: "AWS::AutoScaling::LaunchConfiguration") {
        Property("ImageId", Ref("CoreOsAmiId"))
        Property("InstanceType", "t3.medium")
        Property("KeyName", Ref("KeyName"))
        Property("SecurityGroups", .array(groups.map(\.ref)))
        Property(
            "UserData",
            Fn.base64(
                Fn.sub(
                    """
                    #cloud-config
                    coreos:
                      etcd2:
                        discovery: ${DiscoveryUrl}
                        advertise-client-urls: http://$private_ipv4:2379
                        listen-client-urls: http://0.0.0.0:2379
                      units:
                        - name: etcd2.service
                          command: start
                        - name: kube-\(role).service
                          command: start
                    write_files:
                      - path: /etc/kubernetes/role
                        content: \(role)

                    """)))
    }
    Resource("\(name)AutoScalingGroup", type: "AWS::AutoScaling::AutoScalingGroup") {
        Property("LaunchConfigurationName", Ref("\(name)LaunchConfiguration"))
        Property("MinSize", count)
        Property("MaxSize", count)
        Property("VPCZoneIdentifier", [Ref("Public1SubnetId"), Ref("Public2SubnetId")])
        Property("Tags", [["Key": "Name", "Value": Fn.sub("${AWS::StackName}-\(role)"), "PropagateAtLaunch": true]])
    }
}
