import Sparkle

/// The parameters of a stack built inside the network layer, named like the outputs of `vpc` and
/// `vpc_subnets` so `--apply-stack` fills them.
let network = Component("network", description: "VpcId and two public subnet parameters, named for the vpc and vpc_subnets outputs") {
    FormatVersion()
    Parameter("VpcId", type: .vpcId, description: "The VPC (output VpcId of the vpc stack)")
    Parameter("Public1SubnetId", type: .subnetId, description: "First public subnet (vpc_subnets output)")
    Parameter("Public2SubnetId", type: .subnetId, description: "Second public subnet (vpc_subnets output)")
}
