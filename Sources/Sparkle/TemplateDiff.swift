import Foundation

/// How a deployed template and a new one differ, entry by entry and property by property, as
/// `sparkle stack diff` shows it without asking CloudFormation for a change set.
public struct TemplateDiff: Sendable, Equatable {
    /// One changed value inside an entry: its path (`Properties.Tags[0].Value`), before and after.
    public struct ValueChange: Sendable, Equatable {
        public var path: String
        public var old: Value?
        public var new: Value?
    }

    /// One entry of a section (a resource, a parameter, an output, …) added, removed or modified.
    public struct EntryChange: Sendable, Equatable {
        public enum Kind: String, Sendable {
            case added, removed, modified
        }

        public var section: String
        public var name: String
        public var kind: Kind
        /// The resource type, for resources.
        public var type: String?
        /// For a modified entry, what changed in it.
        public var changes: [ValueChange]
    }

    public var entries: [EntryChange]

    public var isEmpty: Bool { entries.isEmpty }

    /// The sections compared entry by entry, in template order; others are compared whole.
    static let keyedSections = ["Parameters", "Rules", "Mappings", "Conditions", "Resources", "Outputs"]

    /// The differences from `deployed` to `proposed`.
    public init(deployed: Object, proposed: Object) {
        var entries: [EntryChange] = []
        var wholeSections: [String] = []
        for key in deployed.keys + proposed.keys.filter({ deployed[$0] == nil }) where !Self.keyedSections.contains(key) {
            wholeSections.append(key)
        }
        for section in wholeSections where deployed[section] != proposed[section] {
            let kind: EntryChange.Kind = deployed[section] == nil ? .added : proposed[section] == nil ? .removed : .modified
            var changes: [ValueChange] = []
            Self.compare(deployed[section], proposed[section], path: "", into: &changes)
            // Keys in another order are the same template.
            if kind == .modified && changes.isEmpty { continue }
            entries.append(EntryChange(section: section, name: section, kind: kind, type: nil, changes: kind == .modified ? changes : []))
        }
        for section in Self.keyedSections {
            let old = deployed[section]?.objectValue ?? Object()
            let new = proposed[section]?.objectValue ?? Object()
            func type(_ value: Value?) -> String? { section == "Resources" ? value?.objectValue?["Type"]?.stringValue : nil }
            for (name, value) in new where old[name] == nil {
                entries.append(EntryChange(section: section, name: name, kind: .added, type: type(value), changes: []))
            }
            for (name, value) in old {
                guard let replacement = new[name] else {
                    entries.append(EntryChange(section: section, name: name, kind: .removed, type: type(value), changes: []))
                    continue
                }
                guard replacement != value else { continue }
                var changes: [ValueChange] = []
                Self.compare(value, replacement, path: "", into: &changes)
                if changes.isEmpty { continue }
                entries.append(EntryChange(section: section, name: name, kind: .modified, type: type(replacement), changes: changes))
            }
        }
        self.entries = entries
    }

    /// The differences as lines for people: each section, then `+` added, `-` removed and `~`
    /// modified entries, with every changed value of a modified one (`path: old → new`).
    /// `paint` marks a piece of text as added, removed or modified (a terminal colours it); by
    /// default it is left plain.
    public func lines(paint: (String, EntryChange.Kind) -> String = { text, _ in text }) -> [String] {
        var lines: [String] = []
        var section = ""
        for entry in entries {
            if entry.section != section {
                section = entry.section
                lines.append(section)
            }
            let symbol = switch entry.kind {
            case .added: "+"
            case .removed: "-"
            case .modified: "~"
            }
            lines.append(paint("  \(symbol) \(entry.name)\(entry.type.map { " (\($0))" } ?? "")", entry.kind))
            for change in entry.changes {
                let path = change.path.isEmpty ? "(value)" : change.path
                lines.append("      \(path): \(paint(Self.text(change.old), .removed)) → \(paint(Self.text(change.new), .added))")
            }
        }
        return lines
    }

    private static func text(_ value: Value?) -> String {
        guard let value else { return "(none)" }
        return JSONEmitter.string(value, style: .minified).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Walks two values together and records each leaf that differs.
    private static func compare(_ old: Value?, _ new: Value?, path: String, into changes: inout [ValueChange]) {
        guard old != new else { return }
        switch (old, new) {
        case (.object(let before)?, .object(let after)?) where Value.object(before).intrinsic == nil && Value.object(after).intrinsic == nil:
            for (key, value) in before { compare(value, after[key], path: join(path, key), into: &changes) }
            for (key, value) in after where before[key] == nil { compare(nil, value, path: join(path, key), into: &changes) }
        case (.array(let before)?, .array(let after)?) where before.count == after.count:
            for (index, pair) in zip(before, after).enumerated() { compare(pair.0, pair.1, path: "\(path)[\(index)]", into: &changes) }
        default:
            changes.append(ValueChange(path: path, old: old, new: new))
        }
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}
