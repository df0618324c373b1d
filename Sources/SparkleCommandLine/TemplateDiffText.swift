import Sparkle
import SparkleStacks

extension TemplateDiff {
    /// The differences as lines for people: each section, then `+` added, `-` removed and `~`
    /// modified entries, with every changed value of a modified one (`path: old → new`).
    /// `paint` colours a piece of text (for a terminal); by default it is left plain.
    func lines(paint: (String, StackConsole.Style) -> String = { text, _ in text }) -> [String] {
        var lines: [String] = []
        var section = ""
        for entry in entries {
            if entry.section != section {
                section = entry.section
                lines.append(section)
            }
            let type = entry.type.map { " (\($0))" } ?? ""
            switch entry.kind {
            case .added: lines.append(paint("  + \(entry.name)\(type)", .green))
            case .removed: lines.append(paint("  - \(entry.name)\(type)", .red))
            case .modified:
                lines.append(paint("  ~ \(entry.name)\(type)", .yellow))
                for change in entry.changes {
                    let path = change.path.isEmpty ? "(value)" : change.path
                    lines.append("      \(path): \(paint(Self.text(change.old), .red)) → \(paint(Self.text(change.new), .green))")
                }
            }
        }
        return lines
    }

    private static func text(_ value: Value?) -> String {
        guard let value else { return "(none)" }
        return JSONEmitter.string(value, style: .minified).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
