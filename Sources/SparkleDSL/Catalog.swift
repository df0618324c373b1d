/// Something a catalog lists: a template, component, dynamic or registry.
public protocol CatalogEntry: Sendable {
    var name: String { get }
    var description: String { get }
}

/// Everything a package offers to `sparkle`: its templates, components, dynamics and registries.
///
/// The `SparkleCatalogPlugin` build plugin writes a `catalog` constant for a target from the
/// top-level `let name = Template(…)` (or `Component`, `Dynamic`, `Registry`) declarations of
/// its files, so adding one of them is adding one file.
public struct Catalog: Sendable {
    public let templates: [Template]
    public let components: [Component]
    public let dynamics: [any CatalogEntry]
    public let registries: [any CatalogEntry]

    /// Entries of each kind are sorted by name.
    public init(
        templates: [Template] = [], components: [Component] = [], dynamics: [any CatalogEntry] = [],
        registries: [any CatalogEntry] = []
    ) {
        self.templates = templates.sorted { $0.name < $1.name }
        self.components = components.sorted { $0.name < $1.name }
        self.dynamics = dynamics.sorted { $0.name < $1.name }
        self.registries = registries.sorted { $0.name < $1.name }
    }

    /// The template called `name`, if any.
    public func template(named name: String) -> Template? {
        templates.first { $0.name == name }
    }

    /// Names used by more than one entry of the same kind.
    public var duplicateNames: [String] {
        let groups: [[any CatalogEntry]] = [templates, components, dynamics, registries]
        return groups.flatMap { entries in
            Dictionary(grouping: entries.map(\.name), by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        }
    }
}
