import ArgumentParser
import Sparkle

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the templates, components, dynamics and registries available.")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case templates, components, dynamics, registries
    }

    @Argument(help: "What to list: templates, components, dynamics or registries (default: all).", completion: .list(["templates", "components", "dynamics", "registries"]))
    var kind: Kind?

    func run() throws {
        let catalog = CatalogStore.shared.catalog
        let kinds = kind.map { [$0] } ?? Kind.allCases
        for (index, kind) in kinds.enumerated() {
            let entries: [any CatalogEntry]
            switch kind {
            case .templates: entries = catalog.templates
            case .components: entries = catalog.components
            case .dynamics: entries = catalog.dynamics
            case .registries: entries = catalog.registries
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
}
