import SparkleTree

/// Something a catalog lists: a template, component, dynamic or registry.
public protocol CatalogEntry: Sendable {
    var name: String { get }
    var description: String { get }
}

/// Everything a package offers to `sparkle`: its templates, components, dynamics and registries.
///
/// The `SparkleCatalogPlugin` build plugin writes a `catalog` constant for a target from the
/// top-level and static constants of its files (`let web = Template(…)`, or a `Component`,
/// `Dynamic` or `Registry`, however it is made), so adding one of them is adding one file.
public struct Catalog: Sendable {
    public let templates: [Template]
    public let components: [Component]
    public let dynamics: [any CatalogEntry]
    public let registries: [any CatalogEntry]
    /// Where each entry was declared (`Templates/web.swift:3`), by kind and name, when the catalog
    /// plugin collected them.
    var sites: [String: [String]] = [:]
    /// The module that declared the catalog (the plugin's target), or "" when not known.
    public internal(set) var source = ""
    /// Where each entry comes from, by kind and name, once packs are combined: the source that
    /// declared it, and the sources whose entry of that name it replaces.
    var provenance: [String: (source: String, replaces: [String])] = [:]
    /// The entries replaced by others of their kind and name, by the replaced one's declaration.
    var replacements: [SourceLocation: any CatalogEntry] = [:]
    /// Clashes found combining packs: an own entry that replaces a pack's without saying so, a
    /// `replacing:` that replaces nothing, a replacement of another type.
    var conflicts: [String] = []

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

    /// A catalog of everything `collect` adds: the catalog plugin's generated code, which names
    /// the module as `source`.
    public static func collecting(source: String = "", _ collect: (inout CatalogCollector) -> Void) -> Catalog {
        var collector = CatalogCollector()
        collect(&collector)
        var catalog = Catalog(
            templates: collector.templates, components: collector.components, dynamics: collector.dynamics,
            registries: collector.registries)
        catalog.sites = collector.sites
        catalog.source = source
        return catalog
    }

    /// Why the catalog cannot be used: entries of one kind sharing a name, and the conflicts of
    /// combining it with packs. `sparkle` refuses to start on any.
    public var problems: [String] { duplicates + conflicts }

    /// One line per name that more than one entry of a kind uses, naming where each was declared.
    public var duplicates: [String] {
        let kinds: [(String, [any CatalogEntry])] = [
            ("template", templates), ("component", components), ("dynamic", dynamics), ("registry", registries),
        ]
        return kinds.flatMap { kind, entries in
            Dictionary(grouping: entries.map(\.name), by: { $0 }).filter { $0.value.count > 1 }.keys.sorted().map { name in
                let places = sites["\(kind) \(name)"] ?? []
                let sitesText = places.count > 1 ? ": \(places.joined(separator: " and "))" : ""
                return "\(entries.filter { $0.name == name }.count) \(kind == "registry" ? "registries" : kind + "s") are named '\(name)'\(sitesText)"
            }
        }
    }
}

/// What the catalog plugin's generated code fills: it hands every top-level and static constant of
/// the module to `add`, and the constant's type picks the overload. The type checker, not a
/// pattern over the source, decides what is a template, so one made by a helper function is
/// found too; constants of other types are no entries and are left out.
public struct CatalogCollector {
    var templates: [Template] = []
    var components: [Component] = []
    var dynamics: [any CatalogEntry] = []
    var registries: [any CatalogEntry] = []
    var sites: [String: [String]] = [:]

    /// Adds `template`, declared at `site` (a file and line), for the duplicate check.
    public mutating func add(_ template: Template, declaredAt site: String) {
        templates.append(template)
        sites["template \(template.name)", default: []].append(site)
    }

    /// Adds `component`, declared at `site`, for the duplicate check.
    public mutating func add(_ component: Component, declaredAt site: String) {
        components.append(component)
        sites["component \(component.name)", default: []].append(site)
    }

    /// Adds `dynamic`, declared at `site`, for the duplicate check.
    public mutating func add<Config>(_ dynamic: Dynamic<Config>, declaredAt site: String) {
        dynamics.append(dynamic)
        sites["dynamic \(dynamic.name)", default: []].append(site)
    }

    /// Adds `registry`, declared at `site`, for the duplicate check.
    public mutating func add<Input>(_ registry: Registry<Input>, declaredAt site: String) {
        registries.append(registry)
        sites["registry \(registry.name)", default: []].append(site)
    }

    /// A constant that is no catalog entry (a CIDR string, a helper's table): left out.
    @_disfavoredOverload
    public mutating func add(_ other: Any, declaredAt site: String) {}
}
