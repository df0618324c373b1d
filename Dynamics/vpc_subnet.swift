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
    // The built-ins of the two types, with suffixes that keep the logical IDs this dynamic has
    // always given.
    Builtin.ec2Subnet(name, suffix: "Subnet", [
        "VpcId": config.vpc,
        "CidrBlock": .string(config.cidr),
        "AvailabilityZone": Fn.select(config.availabilityZone, Fn.getAZs()),
        "MapPublicIpOnLaunch": .bool(config.mapPublicIp),
        "Tags": standardTags(name.lowercased()),
    ])
    Builtin.ec2SubnetRouteTableAssociation(name, suffix: "SubnetRouteTableAssociation", [
        "SubnetId": Ref("\(name)Subnet"),
        "RouteTableId": config.routeTable,
    ])
    Output("\(name)SubnetId", Ref("\(name)Subnet"), description: "Subnet \(name) (\(config.cidr))")
}

/// A dotted IPv4 CIDR block.
struct IPv4Block {
    let octets: [Int]
    let prefixLength: Int

    init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let prefix = Int(parts[1]), (0...32).contains(prefix) else { return nil }
        let octets = parts[0].split(separator: ".").compactMap { Int($0) }
        guard octets.count == 4, octets.allSatisfy({ (0...255).contains($0) }) else { return nil }
        self.octets = octets
        prefixLength = prefix
    }

    /// The `index`th /24 inside this /16: `10.1.<index>.0/24`.
    func subnet24(_ index: Int) -> String { "\(octets[0]).\(octets[1]).\(index).0/24" }
}
