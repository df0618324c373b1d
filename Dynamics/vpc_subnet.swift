import Sparkle

/// What a `vpc_subnet` insertion needs.
struct VpcSubnetConfig: Sendable {
    /// The subnet's CIDR block.
    var cidr: String
    /// Index into the region's Availability Zones.
    var availabilityZone: Int
    /// Whether instances get a public IP.
    var mapPublicIp = true
    /// The VPC; by default the stack's `VpcId` parameter.
    var vpc: Value = Ref("VpcId")
    /// The route table; by default the stack's `RouteTableId` parameter.
    var routeTable: Value = Ref("RouteTableId")
}

/// A subnet of a VPC (by default the one named by the `VpcId` parameter), associated with a route
/// table (by default `RouteTableId`).
/// Inserted as `Public1`, it creates `Public1Subnet` and `Public1SubnetRouteTableAssociation`.
let vpcSubnet = Dynamic<VpcSubnetConfig>(
    "vpc_subnet", description: "A subnet in a VPC, associated with a route table"
) { name, config in
    Resource("\(name)Subnet", type: "AWS::EC2::Subnet") {
        Property("VpcId", config.vpc)
        Property("CidrBlock", .string(config.cidr))
        Property("AvailabilityZone", Fn.select(config.availabilityZone, Fn.getAZs()))
        Property("MapPublicIpOnLaunch", .bool(config.mapPublicIp))
        Property("Tags", standardTags(name.lowercased()))
    }
    Resource("\(name)SubnetRouteTableAssociation", type: "AWS::EC2::SubnetRouteTableAssociation") {
        Property("SubnetId", Ref("\(name)Subnet"))
        Property("RouteTableId", config.routeTable)
    }
    Output("\(name)SubnetId", Ref("\(name)Subnet"), description: "Subnet \(name) (\(config.cidr))")
}
