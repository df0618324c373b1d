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
