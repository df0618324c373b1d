import SparkleTree

/// One item of a catalog, by kind and name: what ``Catalog/over(_:replacing:)`` is told to replace.
public enum CatalogItem: Hashable, Sendable, CustomStringConvertible {
    case template(String)
    case component(String)
    case dynamic(String)
    case registry(String)

    var kind: String {
        switch self {
        case .template: "template"
        case .component: "component"
        case .dynamic: "dynamic"
        case .registry: "registry"
        }
    }

    var name: String {
        switch self {
        case .template(let name), .component(let name), .dynamic(let name), .registry(let name): name
        }
    }

    public var description: String { "\(kind) '\(name)'" }
}

extension Catalog {
    /// This catalog over the catalogs of packs (SparklePacks): libraries of templates, components,
    /// dynamics and registries that other packages ship.
    ///
    /// ```swift
    /// await SparkleCommand.main(catalog: MyStacksTemplates.catalog.over(
    ///     [Networking.catalog, Observability.catalog], replacing: [.component("base")]))
    /// ```
    ///
    /// Packs apply in the order given: an item of a later pack replaces an earlier pack's item of
    /// the same kind and name. This catalog's own items win over every pack's, but only where
    /// `replacing` names them; an own item that clashes with a pack's without being named there, a
    /// `replacing` entry that replaces nothing, and a replacement whose config or input type
    /// differs from the replaced one's are conflicts (``problems``). A replaced component, dynamic
    /// or registry is replaced everywhere, in the packs' own templates too, as SparkleFormation
    /// resolves them by name; ``replacement(for:)`` is how a build finds it.
    public func over(_ packs: [Catalog], replacing: Set<CatalogItem> = []) -> Catalog {
        var winners: [String: (entry: any CatalogEntry, source: String, replaces: [String], origin: SourceLocation?)] = [:]
        var order: [String] = []
        var combined = Catalog()
        var refused = Set<CatalogItem>()
        func key(_ kind: String, _ name: String) -> String { "\(kind) \(name)" }
        func add(_ kind: String, _ entry: any CatalogEntry, from source: String, own: Bool) {
            let name = key(kind, entry.name)
            guard let earlier = winners[name] else {
                winners[name] = (entry, source, [], Self.origin(of: entry))
                order.append(name)
                return
            }
            if own && !replacing.contains(Self.item(kind, entry.name)) {
                combined.conflicts.append(
                    "\(kind) '\(entry.name)' of \(source) clashes with the one of \(earlier.source): add .\(kind)(\"\(entry.name)\") to replacing: to replace it, or rename yours")
                return
            }
            if type(of: entry) != type(of: earlier.entry) {
                refused.insert(Self.item(kind, entry.name))
                combined.conflicts.append(
                    "\(kind) '\(entry.name)' of \(source) cannot replace the one of \(earlier.source): they take different types (\(type(of: entry)), \(type(of: earlier.entry)))")
                return
            }
            if let replaced = earlier.origin { combined.replacements[replaced] = entry }
            // What the earlier winner replaced is replaced by the new one too.
            for (origin, replaced) in combined.replacements where Self.origin(of: replaced) == earlier.origin {
                combined.replacements[origin] = entry
            }
            winners[name] = (entry, source, earlier.replaces + [earlier.source], Self.origin(of: entry))
        }
        for (index, catalog) in (packs + [self]).enumerated() {
            let own = index == packs.count
            let source = catalog.source.isEmpty ? (own ? "this package" : "pack \(index + 1)") : catalog.source
            for template in catalog.templates { add("template", template, from: source, own: own) }
            for component in catalog.components { add("component", component, from: source, own: own) }
            for dynamic in catalog.dynamics { add("dynamic", dynamic, from: source, own: own) }
            for registry in catalog.registries { add("registry", registry, from: source, own: own) }
            combined.conflicts += catalog.problems
            for (name, places) in catalog.sites where winners[name]?.source == source { combined.sites[name] = places }
        }
        for item in replacing.sorted(by: { $0.description < $1.description })
        where !refused.contains(item) && winners[key(item.kind, item.name)]?.replaces.isEmpty ?? true {
            combined.conflicts.append("replacing: \(item) replaces nothing: no pack has one")
        }
        let entries = order.compactMap { winners[$0] }
        var result = Catalog(
            templates: entries.compactMap { $0.entry as? Template }, components: entries.compactMap { $0.entry as? Component },
            dynamics: order.filter { $0.hasPrefix("dynamic ") }.compactMap { winners[$0]?.entry },
            registries: order.filter { $0.hasPrefix("registry ") }.compactMap { winners[$0]?.entry })
        result.source = source
        result.sites = combined.sites
        result.conflicts = combined.conflicts
        result.replacements = combined.replacements
        result.provenance = winners.mapValues { ($0.source, $0.replaces) }
        return result
    }

    /// Where the entry of `kind` (`template`, `component`, `dynamic`, `registry`) called `name`
    /// comes from, and whose entries of that name it replaces, when packs were combined.
    public func provenance(of kind: String, named name: String) -> (source: String, replaces: [String])? {
        provenance["\(kind) \(name)"]
    }

    /// Whether the catalog was combined from more than one source.
    public var combinesPacks: Bool { Set(provenance.values.map(\.source)).count > 1 }

    /// The catalog whose replacements the build under way follows, as ``Template/buildNested(inputs:environment:previousState:catalog:)``
    /// was given it: the dynamics and registries a template's body calls read it from here.
    @TaskLocal static var active: (any CatalogReplacements)?

    /// The entry that replaces the one declared at `origin`, in the catalog of the build under way.
    static func replacement(for origin: SourceLocation) -> (any CatalogEntry)? {
        active?.replacement(for: origin)
    }

    static func origin(of entry: any CatalogEntry) -> SourceLocation? {
        switch entry {
        case let template as Template: template.origin
        case let component as Component: component.origin
        case let dynamic as any DeclaredEntry: dynamic.origin
        default: nil
        }
    }

    static func item(_ kind: String, _ name: String) -> CatalogItem {
        switch kind {
        case "template": .template(name)
        case "component": .component(name)
        case "dynamic": .dynamic(name)
        default: .registry(name)
        }
    }
}

/// What a build asks of the catalog it runs under: which entry replaces a declared one.
public protocol CatalogReplacements: Sendable {
    func replacement(for origin: SourceLocation) -> (any CatalogEntry)?
}

extension Catalog: CatalogReplacements {
    /// The entry that replaces the one declared at `origin`, when a pack replaced it.
    public func replacement(for origin: SourceLocation) -> (any CatalogEntry)? { replacements[origin] }
}

/// A generic catalog entry with a declaration site: dynamics and registries of any type.
protocol DeclaredEntry {
    var origin: SourceLocation { get }
}

extension Dynamic: DeclaredEntry {}
extension Registry: DeclaredEntry {}
