import Sparkle

/// The findings of a lint, per target, and the four ways to write them: text for people, and
/// JSON, SARIF 2.1.0 (code scanning) and JUnit XML for tools. The fields of each format are
/// described in docs/lint-reports.md.
public struct LintReport: Sendable {
    /// One target and its findings, in file and line order.
    public struct Entry: Sendable {
        /// The file, the name given for text, or the template's name.
        public let target: String
        public let diagnostics: [Diagnostic]

        /// The findings on `target`.
        public init(target: String, diagnostics: [Diagnostic]) {
            self.target = target
            self.diagnostics = diagnostics
        }
    }

    public let entries: [Entry]
    /// How many files a directory walk passed over as plainly no template.
    public let skipped: Int

    /// Whether warnings fail the lint too (``Linter/isStrict``).
    public let isStrict: Bool

    /// A report of `entries`, in order, how many files a directory walk passed over, and whether
    /// warnings fail it.
    public init(entries: [Entry], skipped: Int = 0, isStrict: Bool = false) {
        self.entries = entries
        self.skipped = skipped
        self.isStrict = isStrict
    }

    /// Every finding, in target order.
    public var diagnostics: [Diagnostic] { entries.flatMap(\.diagnostics) }

    /// The four ways to write a report.
    public enum Format: String, Sendable, CaseIterable {
        /// ``text(label:)``, for people.
        case text
        /// ``json()``.
        case json
        /// ``sarif(tool:version:)``, for code scanning.
        case sarif
        /// ``junit(suite:)``, for CI test reports.
        case junit
    }

    /// The report written as `format`. `tool` and `version` name the linter (SARIF's driver; the
    /// JUnit suite is `TOOL lint`), and `label` writes a severity's label in text.
    public func rendered(
        as format: Format, tool: String = "sparkle", version: String, label: (Diagnostic.Severity) -> String = { "\($0.rawValue):" }
    ) -> String {
        switch format {
        case .text: text(label: label)
        case .json: json()
        case .sarif: sarif(tool: tool, version: version)
        case .junit: junit(suite: "\(tool) lint")
        }
    }

    /// Whether any finding is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Whether the lint fails: any error, or any finding when it is strict.
    public var failed: Bool { hasErrors || (isStrict && !diagnostics.isEmpty) }

    /// `file:line:column: error: message [RULE]` lines, then a summary line; `label` writes each
    /// severity's label (a terminal colours it).
    public func text(label: (Diagnostic.Severity) -> String = { "\($0.rawValue):" }) -> String {
        var lines: [String] = []
        for entry in entries {
            for diagnostic in entry.diagnostics {
                let line = diagnostic.formatted(label: label)
                lines.append(diagnostic.location == nil ? "\(entry.target): \(line)" : line)
            }
        }
        let all = diagnostics
        let errors = all.filter { $0.severity == .error }.count
        let passedOver = skipped == 0 ? "" : "; \(skipped) file(s) skipped that are not templates"
        lines.append("\(errors) error(s), \(all.count - errors) warning(s) in \(entries.count) target(s)\(passedOver)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func location(_ diagnostic: Diagnostic, target: String) -> (file: String, line: Int, column: Int) {
        guard let location = diagnostic.location else { return (target, 1, 1) }
        return (location.displayFile, location.line, location.column ?? 1)
    }

    /// A JSON list of findings: target, file, line, column, rule, severity, message and path, and
    /// the nested stack (`stack`) for a finding in a nested template.
    public func json() -> String {
        var findings: [Value] = []
        for entry in entries {
            for diagnostic in entry.diagnostics {
                let (file, line, column) = Self.location(diagnostic, target: entry.target)
                var finding: Object = [
                    "target": .string(entry.target), "file": .string(file), "line": .int(line), "column": .int(column),
                    "rule": .string(diagnostic.rule.id), "severity": .string(diagnostic.severity.rawValue),
                    "message": .string(diagnostic.message), "path": .string(diagnostic.path.joined(separator: ".")),
                ]
                if let stack = diagnostic.stack { finding["stack"] = .string(stack.description) }
                findings.append(.object(finding))
            }
        }
        return JSONEmitter.string(.array(findings))
    }

    /// A SARIF 2.1.0 log of one run, naming `tool` at `version` as its driver, with every rule.
    public func sarif(tool: String, version: String) -> String {
        let rules: [Value] = Rule.all.map { rule in
            ["id": .string(rule.id), "shortDescription": ["text": .string(rule.summary)]]
        }
        var results: [Value] = []
        for entry in entries {
            for diagnostic in entry.diagnostics {
                let (file, line, column) = Self.location(diagnostic, target: entry.target)
                results.append([
                    "ruleId": .string(diagnostic.rule.id), "level": .string(diagnostic.severity == .error ? "error" : "warning"),
                    "message": ["text": .string(diagnostic.qualifiedMessage)],
                    "locations": [["physicalLocation": [
                        "artifactLocation": ["uri": .string(file)], "region": ["startLine": .int(line), "startColumn": .int(column)],
                    ]]],
                ])
            }
        }
        let document: Value = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": .string(tool), "version": .string(version), "rules": .array(rules)]],
                "results": .array(results),
            ]],
        ]
        return JSONEmitter.string(document)
    }

    /// JUnit XML: one test case per target, failing on errors, with warnings as its output;
    /// `suite` names the test suite.
    public func junit(suite: String = "sparkle lint") -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        let failures = entries.filter { $0.diagnostics.contains { $0.severity == .error } }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"\(escape(suite))\" tests=\"\(entries.count)\" failures=\"\(failures)\">\n"
        xml += "  <testsuite name=\"\(escape(suite))\" tests=\"\(entries.count)\" failures=\"\(failures)\">\n"
        for entry in entries {
            xml += "    <testcase classname=\"sparkle.lint\" name=\"\(escape(entry.target))\""
            let errors = entry.diagnostics.filter { $0.severity == .error }
            guard !entry.diagnostics.isEmpty else {
                xml += "/>\n"
                continue
            }
            xml += ">\n"
            if !errors.isEmpty {
                let body = errors.map(\.description).joined(separator: "\n")
                xml += "      <failure message=\"\(errors.count) error(s)\" type=\"lint\">\(escape(body))</failure>\n"
            }
            let warnings = entry.diagnostics.filter { $0.severity == .warning }
            if !warnings.isEmpty {
                xml += "      <system-out>\(escape(warnings.map(\.description).joined(separator: "\n")))</system-out>\n"
            }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }
}
