import SparkleTree

/// A named, parameterised generator, inserted any number of times.
///
/// The body receives the insertion's name and a typed config, and should prefix every logical ID it
/// creates with the name, so each insertion yields unique IDs:
///
/// ```swift
/// let vpcSubnet = Dynamic<VpcSubnetConfig>("vpc_subnet", description: "…") { name, config in
///     Resource("\(name)Subnet", type: "AWS::EC2::Subnet") { … }
/// }
/// // in a template body:
/// vpcSubnet("Public1", .init(cidr: "10.1.1.0/24"))
/// ```
///
/// Two insertions that declare the same logical ID are an error naming both insertion sites.
public struct Dynamic<Config: Sendable>: CatalogEntry {
    public let name: String
    public let description: String
    /// Where the dynamic is declared: its identity.
    public let origin: SourceLocation
    let body: @Sendable (String, Config) -> Fragment

    /// A dynamic named `name`: `body` receives each insertion's name and configuration, and declares
    /// its resources with logical IDs made from that name.
    public init(
        _ name: String, description: String, file: String = #filePath, line: Int = #line,
        @TemplateBuilder body: @escaping @Sendable (_ name: String, _ config: Config) -> Fragment
    ) {
        self.name = name
        self.description = description
        self.origin = SourceLocation(file: file, line: line)
        self.body = body
    }

    /// Inserts this dynamic under `name`; a catalog that replaces this dynamic (see
    /// ``Catalog/over(_:replacing:)``) inserts its replacement.
    public func callAsFunction(
        _ name: String, _ config: Config, file: String = #filePath, line: Int = #line
    ) -> DynamicInsertion {
        let chosen = Catalog.replacement(for: origin) as? Dynamic<Config> ?? self
        var fragment = chosen.body(name, config)
        fragment.markInserted(at: SourceLocation(file: file, line: line))
        return DynamicInsertion(dynamicName: self.name, name: name, fragment: fragment)
    }
}

extension Dynamic where Config == Void {
    /// Inserts this config-less dynamic under `name`.
    public func callAsFunction(_ name: String, file: String = #filePath, line: Int = #line) -> DynamicInsertion {
        callAsFunction(name, (), file: file, line: line)
    }
}

/// One insertion of a dynamic: template content, and a handle on what it created.
public struct DynamicInsertion: TemplateContent {
    public let dynamicName: String
    public let name: String
    public private(set) var fragment: Fragment

    init(dynamicName: String, name: String, fragment: Fragment) {
        self.dynamicName = dynamicName
        self.name = name
        self.fragment = fragment
    }

    /// Logical IDs of the resources this insertion created, in order.
    public var resourceIDs: [String] { fragment.declaredNames(in: "Resources") }

    /// A resource this insertion created, by its full logical ID.
    public func resource(_ logicalID: String) -> ResourceName { ResourceName(logicalID) }

    /// Merges properties into a resource this insertion created; naming a resource it did not
    /// create is a compile error listing the ones it did.
    public func customizing(
        _ logicalID: String, file: String = #filePath, line: Int = #line,
        @PropertiesBuilder _ properties: () -> Properties
    ) -> DynamicInsertion {
        merging(Resource(logicalID, file: file, line: line, properties: properties))
    }

    /// Sets attributes (and, through the resource's modifiers, anything else) on a resource this
    /// insertion created: `.customizing("WebInstance", attributes: { $0.condition(isProduction).dependsOn(gateway) })`.
    public func customizing(
        _ logicalID: String, file: String = #filePath, line: Int = #line, attributes: (Resource) -> Resource
    ) -> DynamicInsertion {
        merging(attributes(Resource(logicalID, file: file, line: line)))
    }

    /// This insertion with `resource` (which steps into one of its resources) merged over it.
    private func merging(_ resource: Resource) -> DynamicInsertion {
        var copy = self
        guard resourceIDs.contains(resource.logicalID) else {
            copy.fragment.problems.append(
                Diagnostic(
                    rule: .dynamicHandle,
                    message:
                        "dynamic '\(dynamicName)' inserted as '\(name)' created no resource '\(resource.logicalID)'; it created: \(resourceIDs.joined(separator: ", "))",
                    location: resource.origin))
            return copy
        }
        copy.fragment.merge(resource.fragment)
        return copy
    }
}
