import ArgumentParser

/// A `Key=Value` argument (`--param`, `--parameter`, `--tag`): split at the first `=`, the key
/// not empty. Parsed once, here, for every option that takes one.
struct KeyValue: ExpressibleByArgument {
    let key: String
    let value: String

    init?(argument: String) {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
        key = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

extension Array where Element == KeyValue {
    /// The values by key; a key given twice keeps its last value.
    var dictionary: [String: String] {
        Dictionary(map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }
}
