import Sparkle

/// The whole layer cake as one stack: `vpc`, `vpc_subnets`, `coolapp_elb` and `coolapp_asg` nested in
/// order, each nested stack's parameters wired by name to the outputs of the ones before it, with no
/// hand-written glue. `sparkle compile layer_cake -o DIR` writes the parent and its four children;
/// `sparkle stack deploy layer-cake --bucket B` uploads the children and deploys them as one.
let layerCake = Template("layer_cake", description: "The coolapp layer cake as nested stacks: network, subnets, load balancer, instances") {
    FormatVersion()
    cakeNetwork
    cakeSubnets
    cakeLoadBalancer
    cakeInstances
    Output("VpcId", cakeNetwork.output("VpcId"), description: "The VPC")
    Output("ElbDns", cakeLoadBalancer.output("ElbDns"), description: "Where coolapp answers")
}

private let cakeNetwork = Nest(vpc, as: "Network")
private let cakeSubnets = Nest(vpcSubnets, as: "Subnets")
private let cakeLoadBalancer = Nest(coolappElb, as: "LoadBalancer")
private let cakeInstances = Nest(coolappAsg, as: "Instances")
