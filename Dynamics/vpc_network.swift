import Sparkle

/// The shape of a network layer.
struct VpcNetworkConfig: Sendable {
    /// The VPC's /16 block; subnets are /24s carved from it (public from .1, private from .11).
    var cidr: String
    /// Public subnets, one per Availability Zone, behind an internet gateway (none: no gateway).
    var publicSubnets = 2
    /// Private subnets, one per Availability Zone, sharing one route table.
    var privateSubnets = 0
    /// A NAT gateway in the first public subnet as the private subnets' default route.
    var natGateway = false
    /// `dedicated` for single-tenant hardware (HIPAA workloads).
    var tenancy = "default"
}

/// A VPC with public and private subnets, the network layer every multi-layer example stands on.
///
/// Inserted as `""` it is a stack's whole network, with outputs `VpcId`, `Public1SubnetId`,
/// `Private1SubnetId`… named like the `network` and `private_subnets` components' parameters, so
/// `--apply-stack` wires the layers above. Inserted once per tenant (`"Acme"`), every ID and
/// output carries the tenant's name.
let vpcNetwork = Dynamic<VpcNetworkConfig>(
    "vpc_network", description: "A VPC with public/private subnets, internet and NAT gateways: the shared network layer"
) { name, config in
    let block = IPv4Block(config.cidr) ?? IPv4Block("10.0.0.0/16")!
    let vpc = Resource("\(name)Vpc", type: "AWS::EC2::VPC") {
        Property("CidrBlock", .string(config.cidr))
        Property("EnableDnsSupport", true)
        Property("EnableDnsHostnames", true)
        Property("InstanceTenancy", .string(config.tenancy))
        Property("Tags", standardTags("\(name.lowercased())vpc"))
    }
    vpc
    Output("\(name)VpcId", vpc.ref, description: "The VPC")
    Output("\(name)VpcCidr", vpc.getAtt("CidrBlock"), description: "The VPC's CIDR block")
    if config.publicSubnets > 0 {
        let gateway = Resource("\(name)InternetGateway", type: "AWS::EC2::InternetGateway") {
            Property("Tags", standardTags("\(name.lowercased())igw"))
        }
        let attachment = Resource("\(name)GatewayAttachment", type: "AWS::EC2::VPCGatewayAttachment") {
            Property("VpcId", vpc.ref)
            Property("InternetGatewayId", gateway.ref)
        }
        let routeTable = Resource("\(name)PublicRouteTable", type: "AWS::EC2::RouteTable") {
            Property("VpcId", vpc.ref)
            Property("Tags", standardTags("\(name.lowercased())public"))
        }
        gateway
        attachment
        routeTable
        Resource("\(name)PublicDefaultRoute", type: "AWS::EC2::Route") {
            Property("RouteTableId", routeTable.ref)
            Property("DestinationCidrBlock", "0.0.0.0/0")
            Property("GatewayId", gateway.ref)
        }
        .dependsOn(attachment)
        for index in 1...config.publicSubnets {
            vpcSubnet(
                "\(name)Public\(index)",
                VpcSubnetConfig(
                    cidr: block.subnet24(index), availabilityZone: index - 1, vpc: vpc.ref, routeTable: routeTable.ref))
        }
        Output("\(name)PublicRouteTableId", routeTable.ref, description: "Route table of the public subnets")
        if config.natGateway {
            let address = Resource("\(name)NatAddress", type: "AWS::EC2::EIP") {
                Property("Domain", "vpc")
            }
            .dependsOn(attachment)
            address
            Resource("\(name)NatGateway", type: "AWS::EC2::NatGateway") {
                Property("AllocationId", address.getAtt("AllocationId"))
                Property("SubnetId", Ref("\(name)Public1Subnet"))
                Property("Tags", standardTags("\(name.lowercased())nat"))
            }
        }
    }
    if config.privateSubnets > 0 {
        let routeTable = Resource("\(name)PrivateRouteTable", type: "AWS::EC2::RouteTable") {
            Property("VpcId", vpc.ref)
            Property("Tags", standardTags("\(name.lowercased())private"))
        }
        routeTable
        if config.natGateway && config.publicSubnets > 0 {
            Resource("\(name)PrivateDefaultRoute", type: "AWS::EC2::Route") {
                Property("RouteTableId", routeTable.ref)
                Property("DestinationCidrBlock", "0.0.0.0/0")
                Property("NatGatewayId", Ref("\(name)NatGateway"))
            }
        }
        for index in 1...config.privateSubnets {
            vpcSubnet(
                "\(name)Private\(index)",
                VpcSubnetConfig(
                    cidr: block.subnet24(10 + index), availabilityZone: index - 1, mapPublicIp: false, vpc: vpc.ref,
                    routeTable: routeTable.ref))
        }
        Output("\(name)PrivateRouteTableId", routeTable.ref, description: "Route table of the private subnets")
    }
}
