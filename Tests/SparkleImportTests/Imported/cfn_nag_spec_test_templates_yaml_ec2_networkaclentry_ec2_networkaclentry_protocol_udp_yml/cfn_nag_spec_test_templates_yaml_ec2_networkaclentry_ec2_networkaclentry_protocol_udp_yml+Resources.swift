// Imported from ec2_networkaclentry_protocol_udp.yml by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesYamlEc2NetworkaclentryEc2NetworkaclentryProtocolUdpYmlTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        vpc
        myNetworkAcl
        myNetworkAclEntry
    }

    static var vpc: Resource {
        Resource("VPC", type: "AWS::EC2::VPC") {
            Property("CidrBlock", "10.0.0.0/16")
            Property("EnableDnsSupport", true)
            Property("EnableDnsHostnames", true)
            Property("InstanceTenancy", "default")
        }
    }

    static var myNetworkAcl: Resource {
        Resource("myNetworkAcl", type: "AWS::EC2::NetworkAcl") {
            Property("VpcId", vpc.ref)
        }
    }

    static var myNetworkAclEntry: Resource {
        Resource("myNetworkAclEntry", type: "AWS::EC2::NetworkAclEntry") {
            Property("NetworkAclId", myNetworkAcl.ref)
            Property("Protocol", "17")
            Property("RuleAction", "allow")
            Property("RuleNumber", "100")
            Property("CidrBlock", "10.0.0.0/16")
            Property("Egress", false)
            Property("PortRange", ["From": "67", "To": "67"])
        }
    }
}
