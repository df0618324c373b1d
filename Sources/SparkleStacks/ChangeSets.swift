import SparkleAWS

extension ChangeSetDescription {
    /// `3 change(s): 1 to add, 2 to modify, 1 replaced`, the actions in alphabetical order; nil for
    /// a change set without resource changes.
    public var summary: String? {
        guard !changes.isEmpty else { return nil }
        let counts = Dictionary(grouping: changes, by: \.action).mapValues(\.count)
        let words = ["Add": "to add", "Dynamic": "dynamic", "Import": "to import", "Modify": "to modify", "Remove": "to remove"]
        var parts = words.sorted { $0.key < $1.key }.compactMap { action, text in counts[action].map { "\($0) \(text)" } }
        let replaced = changes.filter { $0.replacement == "True" }.count
        if replaced > 0 { parts.append("\(replaced) replaced") }
        return "\(changes.count) change(s): \(parts.joined(separator: ", "))"
    }
}

extension StackOperator {
    /// The change set `id` of `stackName`, once made, when it can be executed.
    ///
    /// - Throws: ``StackError``: `.changeSetFailed` for one that failed or is obsolete (not
    ///   `AVAILABLE`), `.stackNotFound` for one that does not exist.
    public func executableChangeSet(_ id: String, stackName: String) async throws(StackError) -> ChangeSetDescription {
        let described = try await settledChangeSet(id, stackName: stackName)
        guard described.executionStatus == "AVAILABLE" else {
            let reason = described.statusReason.map { ": \($0)" } ?? ""
            throw StackError(
                .changeSetFailed,
                "change set \(described.name) of stack \(stackName) is \(described.status)/\(described.executionStatus) and cannot be executed\(reason)")
        }
        return described
    }
}
