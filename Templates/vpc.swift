import Sparkle

/// The network layer: a VPC with an internet gateway and a public route table. Its outputs are
/// named like the parameters of the layers above, so `--apply-stack` wires them.
let vpc = Template("vpc", description: "A VPC with an internet gateway and a public route table") {
    FormatVersion()
    Parameter(
        "VpcCidr", type: .string, default: "10.1.0.0/16", allowedPattern: #"^(\d{1,3}\.){3}\d{1,3}/16$"#,
        description: "The VPC's /16 CIDR block", constraintDescription: "a /16 CIDR block such as 10.1.0.0/16")
    vpcResource
    internetGateway
    gatewayAttachment
    routeTable
    Resource("DefaultRoute", type: "AWS::EC2::Route") {
        Property("RouteTableId", routeTable.ref)
        Property("DestinationCidrBlock", "0.0.0.0/0")
        Property("GatewayId", internetGateway.ref)
    }
    .dependsOn(gatewayAttachment)
    Output("VpcId", vpcResource.ref, description: "The VPC", export: Fn.sub("${AWS::StackName}-VpcId"))
    Output("VpcCidr", vpcResource.getAtt("CidrBlock"), description: "The VPC's CIDR block")
    Output("RouteTableId", routeTable.ref, description: "Public route table, for subnets built inside the VPC")
    Output("InternetGatewayId", internetGateway.ref, description: "The internet gateway")
}

private var vpcResource: Resource {
    Resource("Vpc", type: "AWS::EC2::VPC") {
        Property("CidrBlock", Ref("VpcCidr"))
        Property("EnableDnsSupport", true)
        Property("EnableDnsHostnames", true)
        Property("Tags", standardTags("vpc"))
    }
}

private var internetGateway: Resource {
    Resource("InternetGateway", type: "AWS::EC2::InternetGateway") {
        Property("Tags", standardTags("igw"))
    }
}

private var gatewayAttachment: Resource {
    Resource("GatewayAttachment", type: "AWS::EC2::VPCGatewayAttachment") {
        Property("VpcId", vpcResource.ref)
        Property("InternetGatewayId", internetGateway.ref)
    }
}

private var routeTable: Resource {
    Resource("RouteTable", type: "AWS::EC2::RouteTable") {
        Property("VpcId", vpcResource.ref)
        Property("Tags", standardTags("public"))
    }
}
