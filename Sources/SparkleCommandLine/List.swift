import ArgumentParser
import Sparkle

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the templates, components, dynamics and registries available, or the built-in dynamics.")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case templates, components, dynamics, registries, builtins
    }

    @Argument(
        help: "What to list: templates, components, dynamics, registries (default: these four), or builtins.",
        completion: .list(["templates", "components", "dynamics", "registries", "builtins"]))
    var kind: Kind?

    @Argument(help: "With builtins: only those whose name or resource type contains this text (any case).")
    var filter: String?

    func validate() throws {
        if filter != nil && kind != .builtins { throw ValidationError("A filter applies to `list builtins` only.") }
    }

    func run() throws {
        if kind == .builtins { return listBuiltins() }
        let catalog = try CatalogStore.shared.catalog()
        let kinds = kind.map { [$0] } ?? [.templates, .components, .dynamics, .registries]
        for (index, kind) in kinds.enumerated() {
            let entries: [any CatalogEntry]
            switch kind {
            case .templates: entries = catalog.templates
            case .components: entries = catalog.components
            case .dynamics: entries = catalog.dynamics
            case .registries: entries = catalog.registries
            case .builtins: entries = []
            }
            if kinds.count > 1 { StandardStreams.out((index > 0 ? "\n" : "") + kind.rawValue.capitalized + ":\n") }
            let width = entries.map(\.name.count).max() ?? 0
            let indent = kinds.count > 1 ? "  " : ""
            let singular = kind == .registries ? "registry" : String(kind.rawValue.dropLast())
            for entry in entries {
                // With packs, where each item comes from and whose item of that name it replaces.
                var origin = ""
                if catalog.combinesPacks, let provenance = catalog.provenance(of: singular, named: entry.name) {
                    origin = "  [\(provenance.source)\(provenance.replaces.isEmpty ? "" : ", replaces " + provenance.replaces.joined(separator: ", "))]"
                }
                StandardStreams.out(indent + entry.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + entry.description + origin + "\n")
                if let template = entry as? Template {
                    for input in template.inputs {
                        var text = "\(indent)  --param \(input.name)=\(input.typeName)"
                        if let defaultText = input.defaultText { text += " (default \(defaultText))" }
                        if let variable = input.environmentVariable { text += " [env \(variable)]" }
                        StandardStreams.out(text + "  \(input.description)\n")
                    }
                }
            }
        }
    }

    /// Every resource type's built-in dynamic name and type (`Builtin.ec2Instance` is
    /// `ec2_instance`), sorted by name; with a filter, those whose name or type contains it.
    private func listBuiltins() {
        let needle = filter?.lowercased()
        let names = ResourceSchemas.bundled.builtinNames.sorted { $0.key < $1.key }
            .filter { name, type in needle.map { name.contains($0) || type.lowercased().contains($0) } ?? true }
        let width = names.map(\.key.count).max() ?? 0
        for (name, type) in names { StandardStreams.out(name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + type + "\n") }
    }
}
