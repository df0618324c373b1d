import ArgumentParser
import Sparkle

extension Catalog {
    /// Why `name` names no template: the nearest name ("did you mean"), else the names that share
    /// a word with it, else every name.
    func unknownTemplate(_ name: String) -> String {
        let names = templates.map(\.name)
        let words = Set(name.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init))
        let close = names.filter { !words.isDisjoint(with: $0.split(separator: "_").map(String.init)) }
        let suggestion = didYouMean(name, in: names)
        if !suggestion.isEmpty { return "no template named '\(name)'\(suggestion)" }
        let list = close.isEmpty ? "templates: \(names.joined(separator: ", "))" : "close ones: \(close.joined(separator: ", "))"
        return "no template named '\(name)'; \(list)"
    }
}

extension CompletionKind {
    /// The catalog's template names, for shell completion (`sparkle --generate-completion-script`):
    /// the shell asks the binary itself, so a user's own command line completes its own templates.
    static var templateNames: CompletionKind {
        .custom { _, _, prefix in ((try? CatalogStore.shared.catalog())?.templates ?? []).map(\.name).filter { $0.hasPrefix(prefix) } }
    }

    /// Every rule's ID, for `--ignore`.
    static var ruleIDs: CompletionKind { .list(Rule.all.map(\.id)) }

    /// Files a template may be read from.
    static var templateFiles: CompletionKind { .file(extensions: ["json", "yaml", "yml", "template"]) }
}
