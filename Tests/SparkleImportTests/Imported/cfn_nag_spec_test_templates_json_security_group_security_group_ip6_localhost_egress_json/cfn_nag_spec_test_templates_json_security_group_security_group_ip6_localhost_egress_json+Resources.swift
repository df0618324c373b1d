// Imported from security_group_ip6_localhost_egress.json by `sparkle import`.

import Sparkle

extension CfnNagSpecTestTemplatesJsonSecurityGroupSecurityGroupIp6LocalhostEgressJsonTemplate {
    @TemplateBuilder static func resources() -> Fragment {
        sg5444
    }

    static var sg5444: Resource {
        Resource("sg5444", type: "AWS::EC2::SecurityGroup") {
            Property("GroupDescription", "some_group_desc")
            Property("SecurityGroupEgress", ["CidrIpv6": "::1/128", "IpProtocol": "-1"])
            Property("VpcId", "vpc-9f8e9dfa")
        }
    }
}
