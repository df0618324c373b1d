import ArgumentParser
import Foundation
import Sparkle
import SparkleParsers

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check templates: bundled template names, or JSON/YAML CloudFormation files and directories.",
        discussion: """
            Exits 0 when there are no errors (warnings too, with --strict), 1 when there are. Defaults for a \
            repository (ignore, exclude, strict) are read from the nearest .sparkle-lint.yaml up to the folder \
            holding .git; the command line adds to them. Rules are listed in \
            docs/rules.md. Skip rules per run with --ignore, per template or per resource with Metadata \
            {"Sparkle": {"IgnoreChecks": ["E3002"]}}, or with cfn-lint's {"cfn-lint": {"config": \
            {"ignore_checks": ["E3002"]}}}, which skips the Sparkle rules that report the same faults. \
            Directories are searched below, skipping hidden folders, node_modules and --exclude globs; a directory \
            with no templates is an error (exit 2) unless --allow-empty. - reads standard input.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, junit
    }

    @Argument(help: "Template names, files (.json, .yaml, .yml, .template), directories, or - for standard input.", completion: .templateFiles)
    var targets: [String] = []

    @Option(help: "The file name standard input stands for, in findings.")
    var stdinName = "<stdin>"

    @Option(name: .customLong("exclude"), help: ArgumentHelp("Skip files and folders whose path below a directory target matches (repeatable).", valueName: "glob"))
    var excludes: [String] = []

    @Flag(help: "A directory with no templates is not an error.")
    var allowEmpty = false

    @Flag(help: "List the rules, with their cfn-lint counterparts, and exit.")
    var listRules = false

    @Option(help: ArgumentHelp("Say what a rule checks, how to skip it, and what cfn-lint calls it, and exit.", valueName: "rule"))
    var explain: String?

    @Option(help: "Report format: text, json, sarif (2.1.0) or junit.")
    var format: Format = .text

    @Option(name: .customLong("ignore"), help: ArgumentHelp("Skip a rule (repeatable).", valueName: "rule"), completion: .ruleIDs)
    var ignoredRules: [String] = []

    @Flag(help: "Fail on warnings too.")
    var strict = false

    @Option(help: ArgumentHelp("Read lint defaults from this file instead of the nearest .sparkle-lint.yaml.", valueName: "file"))
    var config: String?

    @Flag(help: "Read no .sparkle-lint.yaml.")
    var noConfig = false

    func validate() throws {
        if targets.isEmpty && !listRules && explain == nil { throw ValidationError("Name a template, a file, a directory or - (see --help).") }
        if let explain, Self.rule(explain) == nil {
            throw ValidationError("--explain \(explain): no such rule\(didYouMean(explain.uppercased(), in: Rule.all.map(\.id))) (sparkle lint --list-rules lists them)")
        }
        if let unknown = RuleIgnores.unknown(ignoredRules) { throw ValidationError(unknown) }
    }

    /// The rule with this ID, in any case.
    static func rule(_ id: String) -> SparkleValidation.Rule? { Rule.all.first { $0.id == id.uppercased() } }

    mutating func run() throws {
        if let explain, let rule = Self.rule(explain) {
            let severity = rule.severity.rawValue
            var lines = ["\(rule.id) (\(severity)): \(rule.summary)"]
            lines.append(rule.cfnLint.isEmpty
                ? "cfn-lint has no rule for this."
                : "cfn-lint reports the same faults as \(rule.cfnLint.joined(separator: ", ")); a cfn-lint ignore_checks entry naming one skips this rule too.")
            lines.append("Skip it with --ignore \(rule.id), or in a template or resource with Metadata: {Sparkle: {IgnoreChecks: [\(rule.id)]}}.")
            lines.append("Every rule, and what each leaves alone so that a valid template is never flagged: docs/rules.md.")
            StandardStreams.out(lines.joined(separator: "\n") + "\n")
            return
        }
        if listRules {
            StandardStreams.out(Rule.all.map { rule in
                "\(rule.id)  \(rule.summary)\(rule.cfnLint.isEmpty ? "" : "  (cfn-lint: \(rule.cfnLint.joined(separator: ", ")))")"
            }.joined(separator: "\n") + "\n")
            return
        }
        if !noConfig, let configuration = try config.map(LintConfiguration.load) ?? LintConfiguration.find() {
            ignoredRules += configuration.ignore
            excludes += configuration.exclude
            strict = strict || configuration.strict
        }
        // Built only when a target names a template: linting files never builds the catalog.
        lazy var catalog = CatalogStore.shared.catalog
        // Every target is resolved (and a bad one reported) before any is linted. A job found by a
        // directory walk answers nil for a file that is plainly not a template.
        var jobs: [@Sendable () -> (target: String, diagnostics: [Diagnostic])?] = []
        var walked: [(directory: String, jobs: Range<Int>)] = []
        for target in targets {
            var isDirectory: ObjCBool = false
            if target == "-" {
                jobs.append { [self] in (stdinName, lint(Array(FileHandle.standardInput.readDataToEndOfFile()), name: stdinName)!) }
            } else if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) {
                let walking = isDirectory.boolValue
                let files = walking ? Self.templateFiles(in: target, excluding: excludes) : [target]
                if files.isEmpty && !allowEmpty {
                    throw ValidationError("\(target) holds no template (.json, .yaml, .yml, .template); pass --allow-empty if that is expected")
                }
                if walking { walked.append((target, jobs.count..<(jobs.count + files.count))) }
                for file in files { jobs.append { [self] in lintFile(file, skippingNonTemplates: walking).map { (file, $0) } } }
            } else if let template = catalog.template(named: target) {
                jobs.append { [self] in
                    let (tree, diagnostics, _) = Compiler.check(template, ignoringUnknownParameters: true)
                    return (target, filtered(diagnostics, tree: tree))
                }
            } else {
                throw ValidationError("'\(target)' is neither a file nor a directory, and \(catalog.unknownTemplate(target))")
            }
        }
        let results = Self.runConcurrently(jobs)
        if !allowEmpty, let empty = walked.first(where: { walk in results[walk.jobs].allSatisfy { $0 == nil } }) {
            throw ValidationError(
                "\(empty.directory) holds no template: its \(empty.jobs.count) JSON and YAML file(s) have no Resources, AWSTemplateFormatVersion or Transform; pass --allow-empty if that is expected")
        }
        let reports = results.compactMap { $0 }
        let skipped = results.count - reports.count
        let rendered: String
        switch format {
        case .text: rendered = LintReport.text(reports, skipped: skipped)
        case .json: rendered = LintReport.json(reports)
        case .sarif: rendered = LintReport.sarif(reports)
        case .junit: rendered = LintReport.junit(reports)
        }
        StandardStreams.out(rendered)
        let all = reports.flatMap(\.diagnostics)
        if all.contains(where: { $0.severity == .error }) || (strict && !all.isEmpty) { throw ExitCode.failure }
    }

    /// Runs `jobs` on every core and answers their results in the order given: a CI job linting a
    /// repository of templates waits for the slowest core, not for the sum.
    static func runConcurrently<Result>(_ jobs: [@Sendable () -> Result]) -> [Result] {
        guard jobs.count > 1 else { return jobs.map { $0() } }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: jobs.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        // Each iteration writes its own slot only.
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in slots[index] = jobs[index]() }
        return results.map { $0! }
    }

    /// Folders never searched: hidden ones (`.git`, `.github`, `.build`) and these.
    static let skippedFolders: Set<String> = ["node_modules"]

    /// Files with template extensions below `directory`, sorted, without hidden folders,
    /// `node_modules`, and paths (relative to `directory`) or names matching an `excluding` glob.
    static func templateFiles(in directory: String, excluding globs: [String] = []) -> [String] {
        let extensions: Set<String> = ["json", "yaml", "yml", "template"]
        let root = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        let rootPath = root.standardizedFileURL.path
        var files: [String] = []
        func excluded(_ relative: String, _ name: String) -> Bool {
            globs.contains { fnmatch($0, relative, 0) == 0 || fnmatch($0, name, 0) == 0 }
        }
        while let url = walker.nextObject() as? URL {
            let name = url.lastPathComponent
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(rootPath + "/") ? String(path.dropFirst(rootPath.count + 1)) : name
            let isDirectory = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            if isDirectory {
                if name.hasPrefix(".") || skippedFolders.contains(name) || excluded(relative, name) { walker.skipDescendants() }
                continue
            }
            if extensions.contains(url.pathExtension.lowercased()), !name.hasPrefix("."), !excluded(relative, name) {
                files.append(root.appendingPathComponent(relative).path)
            }
        }
        return files.sorted()
    }

    /// The findings for the file at `path`; nil, with `skippingNonTemplates`, when the file is
    /// plainly not a template (a repository's `mkdocs.yml` or CI workflow beside its templates).
    private func lintFile(_ path: String, skippingNonTemplates: Bool = false) -> [Diagnostic]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            return [Diagnostic(rule: "E0000", message: "cannot read the file", location: SourceLocation(file: path, line: 1, column: 1))]
        }
        return lint(Array(data), name: path, skippingNonTemplates: skippingNonTemplates)
    }

    /// The top-level keys one of which every template has.
    static let templateKeys = ["Resources", "AWSTemplateFormatVersion", "Transform"]

    /// The findings for the template text `bytes`, named `path` in them, sorted by line and column;
    /// nil, with `skippingNonTemplates`, when the text is plainly not a template: a document
    /// without any of ``templateKeys``, or unreadable text that never spells one of them.
    private func lint(_ bytes: [UInt8], name path: String, skippingNonTemplates: Bool = false) -> [Diagnostic]? {
        let tree: Object
        var notes: [Diagnostic] = []
        do {
            tree = try TemplateParser.parseTemplate(bytes, file: path, notes: &notes)
        } catch {
            // Text that fails as JSON but reads as YAML (a trailing comma, say) deploys, because
            // YAML includes JSON; cfn-lint reads it so too. Say so, as a warning.
            guard TemplateFormat.detect(path: path, bytes: bytes) == .json,
                let yaml = try? TemplateParser.parseTemplate(bytes, file: path, format: .yaml, notes: &notes)
            else {
                if skippingNonTemplates {
                    let text = String(decoding: bytes, as: UTF8.self)
                    if !Self.templateKeys.contains(where: text.contains) { return nil }
                }
                return [error.diagnostic]
            }
            tree = yaml
            var note = error.diagnostic
            note.rule = Rule.looseJSON.id
            note.severity = .warning
            note.message = "not strict JSON (\(error.message)); read as YAML"
            notes.append(note)
        }
        if skippingNonTemplates, !Self.templateKeys.contains(where: { tree[$0] != nil }) { return nil }
        // Findings about the whole document (its size, a missing section) point at its start.
        let diagnostics = notes + Compiler.validate(tree, nestedTemplates: Self.readNestedTemplate).map { diagnostic in
            var located = diagnostic
            if located.location == nil { located.location = SourceLocation(file: path, line: 1, column: 1) }
            return located
        }
        // Stable: findings on one line keep the order the checks found them in.
        return filtered(diagnostics, tree: tree).enumerated().sorted { left, right in
            let (a, b) = (left.element.location, right.element.location)
            let keyA = (a?.line ?? 0, a?.column ?? 0, left.offset)
            let keyB = (b?.line ?? 0, b?.column ?? 0, right.offset)
            return keyA < keyB
        }.map(\.element)
    }

    /// The template a nested stack names by a path relative to the file that names it, if it reads.
    static func readNestedTemplate(_ path: String, from location: SourceLocation?) -> Object? {
        guard let file = location?.file, file != "<stdin>" else { return nil }
        let url = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return try? TemplateParser.parseTemplate(Array(data), file: url.path)
    }

    /// Drops the findings of rules ignored on the command line, by the template's Metadata, or by
    /// the resource's.
    private func filtered(_ diagnostics: [Diagnostic], tree: Object) -> [Diagnostic] {
        let ignores = RuleIgnores(tree: tree, rules: ignoredRules)
        return diagnostics.filter { !ignores.ignores($0) }
    }
}

/// Lint reports for people (text) and for tools (JSON, SARIF 2.1.0, JUnit XML).
enum LintReport {
    typealias Reports = [(target: String, diagnostics: [Diagnostic])]

    /// `skipped` counts the files a directory walk passed over as no template.
    static func text(_ reports: Reports, skipped: Int = 0) -> String {
        var lines: [String] = []
        for (target, diagnostics) in reports {
            for diagnostic in diagnostics {
                lines.append(diagnostic.location == nil ? "\(target): \(diagnostic)" : diagnostic.description)
            }
        }
        let all = reports.flatMap(\.diagnostics)
        let errors = all.filter { $0.severity == .error }.count
        let passedOver = skipped == 0 ? "" : "; \(skipped) file(s) skipped that are not templates"
        lines.append("\(errors) error(s), \(all.count - errors) warning(s) in \(reports.count) target(s)\(passedOver)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func location(_ diagnostic: Diagnostic, target: String) -> (file: String, line: Int, column: Int) {
        guard let location = diagnostic.location else { return (target, 1, 1) }
        return (location.displayFile, location.line, location.column ?? 1)
    }

    static func json(_ reports: Reports) -> String {
        var findings: [Value] = []
        for (target, diagnostics) in reports {
            for diagnostic in diagnostics {
                let (file, line, column) = location(diagnostic, target: target)
                findings.append([
                    "target": .string(target), "file": .string(file), "line": .int(line), "column": .int(column),
                    "rule": .string(diagnostic.rule), "severity": .string(diagnostic.severity.rawValue),
                    "message": .string(diagnostic.message), "path": .string(diagnostic.path.joined(separator: ".")),
                ])
            }
        }
        return JSONEmitter.string(.array(findings))
    }

    static func sarif(_ reports: Reports) -> String {
        let rules: [Value] = Rule.all.map { rule in
            ["id": .string(rule.id), "shortDescription": ["text": .string(rule.summary)]]
        }
        var results: [Value] = []
        for (target, diagnostics) in reports {
            for diagnostic in diagnostics {
                let (file, line, column) = location(diagnostic, target: target)
                results.append([
                    "ruleId": .string(diagnostic.rule), "level": .string(diagnostic.severity == .error ? "error" : "warning"),
                    "message": ["text": .string(diagnostic.message)],
                    "locations": [["physicalLocation": [
                        "artifactLocation": ["uri": .string(file)], "region": ["startLine": .int(line), "startColumn": .int(column)],
                    ]]],
                ])
            }
        }
        let document: Value = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "sparkle", "version": .string(SparkleCommand.version), "rules": .array(rules)]],
                "results": .array(results),
            ]],
        ]
        return JSONEmitter.string(document)
    }

    static func junit(_ reports: Reports) -> String {
        func escape(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        let failures = reports.filter { $0.diagnostics.contains { $0.severity == .error } }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"sparkle lint\" tests=\"\(reports.count)\" failures=\"\(failures)\">\n"
        xml += "  <testsuite name=\"sparkle lint\" tests=\"\(reports.count)\" failures=\"\(failures)\">\n"
        for (target, diagnostics) in reports {
            xml += "    <testcase classname=\"sparkle.lint\" name=\"\(escape(target))\""
            let errors = diagnostics.filter { $0.severity == .error }
            guard !diagnostics.isEmpty else {
                xml += "/>\n"
                continue
            }
            xml += ">\n"
            if !errors.isEmpty {
                let body = errors.map(\.description).joined(separator: "\n")
                xml += "      <failure message=\"\(errors.count) error(s)\" type=\"lint\">\(escape(body))</failure>\n"
            }
            let warnings = diagnostics.filter { $0.severity == .warning }
            if !warnings.isEmpty {
                xml += "      <system-out>\(escape(warnings.map(\.description).joined(separator: "\n")))</system-out>\n"
            }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }
}
