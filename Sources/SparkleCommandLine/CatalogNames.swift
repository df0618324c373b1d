import ArgumentParser
import Sparkle

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
