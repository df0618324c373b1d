import Sparkle

/// One tenant's subnet in a shared VPC (the stack's `Vpc` and `PrivateRouteTable`).
struct TenantSubnet: Sendable {
    var cidr: String
    /// The shared-services subnet the tenant may also talk to.
    var sharedCidr: String
    var availabilityZone: Int
}

/// A tenant subnet whose network ACL admits traffic only from the tenant's own CIDR and the shared
/// subnet (NACLs match CIDRs, never security groups). Inserted as `Acme`, it creates `AcmeSubnet`,
/// `AcmeAcl` and its entries, and outputs `AcmeSubnetId`.
let tenantSubnet = Dynamic<TenantSubnet>(
    "tenant_subnet", description: "A tenant's subnet isolated by a CIDR-based network ACL"
) { name, spec in
    vpcSubnet(
        name,
        VpcSubnetConfig(
            cidr: spec.cidr, availabilityZone: spec.availabilityZone, mapPublicIp: false, vpc: Ref("Vpc"),
            routeTable: Ref("PrivateRouteTable")))
    Resource("\(name)Acl", type: "AWS::EC2::NetworkAcl") {
        Property("VpcId", Ref("Vpc"))
        Property("Tags", standardTags("\(name.lowercased())acl"))
    }
    Resource("\(name)AclAssociation", type: "AWS::EC2::SubnetNetworkAclAssociation") {
        Property("SubnetId", Ref("\(name)Subnet"))
        Property("NetworkAclId", Ref("\(name)Acl"))
    }
    for (rule, cidr) in [(100, spec.cidr), (110, spec.sharedCidr)] {
        for egress in [false, true] {
            Resource("\(name)Acl\(egress ? "Out" : "In")\(rule)", type: "AWS::EC2::NetworkAclEntry") {
                Property("NetworkAclId", Ref("\(name)Acl"))
                Property("RuleNumber", .int(rule))
                Property("Protocol", -1)
                Property("RuleAction", "allow")
                Property("Egress", .bool(egress))
                Property("CidrBlock", .string(cidr))
            }
        }
    }
}
