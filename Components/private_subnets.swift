import Sparkle

/// The private subnets of a network layer built by the `vpc_network` dynamic, named like its
/// outputs so `--apply-stack` fills them. Load it beside `network` (which brings `VpcId`).
let privateSubnets = Component("private_subnets", description: "Two private subnet parameters, named for the vpc_network outputs") {
    Parameter("Private1SubnetId", type: .subnetId, description: "First private subnet (network layer output)")
    Parameter("Private2SubnetId", type: .subnetId, description: "Second private subnet (network layer output)")
}
