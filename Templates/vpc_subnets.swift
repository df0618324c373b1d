import Sparkle

/// The VPC's /16, fixed when the template compiles: `--param VpcCidr=…`, or env `VPC_SUBNET`.
let vpcSubnetsCidr = Input<String>(
    "VpcCidr", default: "10.1.0.0/16", environment: "VPC_SUBNET",
    description: "The /16 of the VPC the subnets are carved from",
    check: { cidr in IPv4Block(cidr)?.prefixLength == 16 ? nil : "expected a /16 CIDR block such as 10.1.0.0/16" })

/// Three /24 subnets of an existing VPC, one per Availability Zone. `VpcId` and `RouteTableId`
/// are filled from the `vpc` stack with `--apply-stack`.
let vpcSubnets = Template(
    "vpc_subnets", description: "Three /24 public subnets in an existing VPC", inputs: [vpcSubnetsCidr]
) { inputs in
    FormatVersion()
    Parameter("VpcId", type: .vpcId, description: "The VPC (output VpcId of the vpc stack)")
    Parameter("RouteTableId", type: .string, description: "The route table (output RouteTableId of the vpc stack)")
    let block = IPv4Block(inputs[vpcSubnetsCidr]) ?? IPv4Block("10.1.0.0/16")!
    for index in 0..<3 {
        vpcSubnet("Public\(index + 1)", VpcSubnetConfig(cidr: block.subnet24(index + 1), availabilityZone: index))
    }
}
