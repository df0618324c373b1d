import SparkleTree

/// A name that names no template of a catalog, with the names it may have meant.
public struct UnknownTemplate: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name asked for.
    public let name: String
    /// The template name nearest to it, when one is close (a typo).
    public let suggestion: String?
    /// Without a close one: the template names that share a word with it, else every name.
    public let candidates: [String]

    /// `no template named 'fod'; did you mean 'food'?`, else the names that share a word, else all.
    public var description: String {
        if let suggestion { return "no template named '\(name)'; did you mean '\(suggestion)'?" }
        return "no template named '\(name)'; \(suggestionsAreClose ? "close ones" : "templates"): \(candidates.joined(separator: ", "))"
    }

    /// Whether ``candidates`` share a word with ``name`` rather than being every name.
    public let suggestionsAreClose: Bool
}

extension Catalog {
    /// The templates called `names`, each once, in the order given.
    ///
    /// - Throws: ``UnknownTemplate`` for the first name that is no template, with what it may mean.
    public func templates(named names: [String]) throws(UnknownTemplate) -> [Template] {
        var seen = Set<String>()
        var found: [Template] = []
        for name in names where seen.insert(name).inserted {
            guard let template = template(named: name) else { throw unknownTemplate(name) }
            found.append(template)
        }
        return found
    }

    private func unknownTemplate(_ name: String) -> UnknownTemplate {
        let names = templates.map(\.name)
        let words = Set(name.lowercased().split(whereSeparator: { $0 == "_" || $0 == "-" }).map(String.init))
        let close = names.filter { !words.isDisjoint(with: $0.split(separator: "_").map(String.init)) }
        return UnknownTemplate(
            name: name, suggestion: closestMatch(to: name, in: names), candidates: close.isEmpty ? names : close,
            suggestionsAreClose: !close.isEmpty)
    }
}
