import Foundation
import Sparkle
import SparkleFiles
import SparkleParsers

/// What to lint: a file or a directory of them, template text, or a template built in Swift.
public enum LintTarget: Sendable {
    /// A JSON or YAML file, or a directory searched for them (see ``TemplateFiles``).
    case path(String)
    /// Template text, named `name` in findings (standard input, say).
    case text([UInt8], name: String)
    /// A template built with the DSL, checked as `compile` checks it.
    case template(Template)
}

extension LintTarget {
    /// What `argument` names, as `sparkle lint` reads its arguments: `-` is standard input (read
    /// now, and named `standardInputName` in findings), an existing path is a file or directory,
    /// and anything else a template of the catalog that `catalog` answers. `catalog` is called only
    /// then, so that linting files never builds a catalog's templates.
    ///
    /// - Throws: ``LintError/unknownTarget(_:)`` for a name that is neither a path nor a template,
    ///   and what `catalog` throws.
    public static func named(_ argument: String, standardInputName: String = "<stdin>", catalog: () throws -> Catalog) throws -> LintTarget {
        if argument == "-" { return .text(Array(FileHandle.standardInput.readDataToEndOfFile()), name: standardInputName) }
        if FileManager.default.fileExists(atPath: argument) { return .path(argument) }
        do {
            return .template(try catalog().templates(named: [argument])[0])
        } catch let unknown as UnknownTemplate {
            throw LintError.unknownTarget(unknown)
        }
    }
}

/// Why a lint could not run: an input error, not a finding.
public enum LintError: Error, Sendable, Equatable {
    /// A directory holds no template: no file with a template's extension, or only files that are
    /// plainly no template (`files` of them). Nothing is lost by reporting it: nothing was linted.
    case noTemplates(directory: String, files: Int)
    /// A lint configuration file is malformed: where, and what is wrong.
    case badConfiguration(String)
    /// A target is neither a file nor a directory, nor a template of the catalog.
    case unknownTarget(UnknownTemplate)
}

/// Checks CloudFormation templates as `sparkle lint` does: reads JSON and YAML files (and
/// directories of them), validates them with every rule `compile` applies, drops the findings of
/// ignored rules, and orders them by file and line.
///
/// ```swift
/// let report = try Linter(ignoring: ["W2001"]).lint([.path("templates/")])
/// print(report.sarif(tool: "my-stacks", version: "1.0"))
/// ```
public struct Linter: Sendable {
    /// Rule IDs skipped for every target (any case), beside each template's own `Metadata` opt-outs.
    public var ignoredRules: [String]
    /// Globs of paths (below a directory target) and names that a directory walk passes over.
    public var excludes: [String]
    /// Whether a directory with no template is accepted rather than ``LintError/noTemplates(directory:files:)``.
    public var allowsEmptyDirectories: Bool
    /// The catalog whose replacements a ``LintTarget/template(_:)`` target's build follows.
    public var catalog: (any CatalogReplacements)?
    /// Whether warnings fail the lint too (``LintReport/failed``).
    public var isStrict: Bool

    /// A linter that skips `ignoredRules` everywhere and `excludes` in directory walks; see the
    /// properties. A repository's `configuration` adds its rules and excludes to these, and makes
    /// the lint strict when it says so.
    public init(
        ignoring ignoredRules: [String] = [], excluding excludes: [String] = [], allowsEmptyDirectories: Bool = false,
        isStrict: Bool = false, configuration: LintConfiguration? = nil, catalog: (any CatalogReplacements)? = nil
    ) {
        self.catalog = catalog
        self.ignoredRules = ignoredRules + (configuration?.ignore ?? [])
        self.excludes = excludes + (configuration?.exclude ?? [])
        self.allowsEmptyDirectories = allowsEmptyDirectories
        self.isStrict = isStrict || configuration?.strict == true
    }

    /// Lints every target, files on every core, and reports them in the order given.
    public func lint(_ targets: [LintTarget]) throws(LintError) -> LintReport {
        // Every target is resolved (and an empty directory reported) before any is linted. A job
        // found by a directory walk answers nil for a file that is plainly not a template.
        var jobs: [@Sendable () -> LintReport.Entry?] = []
        var walked: [(directory: String, jobs: Range<Int>)] = []
        for target in targets {
            switch target {
            case .text(let bytes, let name):
                jobs.append { [self] in LintReport.Entry(target: name, diagnostics: lint(bytes, name: name) ?? []) }
            case .template(let template):
                jobs.append { [self] in
                    let checked = Compiler.check(template, options: CompileOptions(ignoresUnknownParameters: true, catalog: catalog))
                    return LintReport.Entry(target: template.name, diagnostics: filtered(checked.diagnostics, tree: checked.tree))
                }
            case .path(let path):
                var isDirectory: ObjCBool = false
                let walking = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
                let files = walking ? TemplateFiles.find(in: path, excluding: excludes) : [path]
                if files.isEmpty && !allowsEmptyDirectories { throw .noTemplates(directory: path, files: 0) }
                if walking { walked.append((path, jobs.count..<(jobs.count + files.count))) }
                for file in files {
                    jobs.append { [self] in lintFile(file, skippingNonTemplates: walking).map { LintReport.Entry(target: file, diagnostics: $0) } }
                }
            }
        }
        let results = Self.runConcurrently(jobs)
        if !allowsEmptyDirectories, let empty = walked.first(where: { walk in results[walk.jobs].allSatisfy { $0 == nil } }) {
            throw .noTemplates(directory: empty.directory, files: empty.jobs.count)
        }
        let entries = results.compactMap { $0 }
        return LintReport(entries: entries, skipped: results.count - entries.count, isStrict: isStrict)
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

    /// The findings for the file at `path`; nil, with `skippingNonTemplates`, when the file is
    /// plainly not a template (a repository's `mkdocs.yml` or CI workflow beside its templates).
    private func lintFile(_ path: String, skippingNonTemplates: Bool) -> [Diagnostic]? {
        guard let data = FileManager.default.contents(atPath: path) else {
            return [Diagnostic(rule: .parse, message: "cannot read the file", location: SourceLocation(file: path, line: 1, column: 1))]
        }
        return lint(Array(data), name: path, skippingNonTemplates: skippingNonTemplates)
    }

    /// The top-level keys one of which every template has.
    static let templateKeys = ["Resources", "AWSTemplateFormatVersion", "Transform"]

    /// The findings for the template text `bytes`, named `path` in them, sorted by line and column;
    /// nil, with `skippingNonTemplates`, when the text is plainly not a template: a document
    /// without any of ``templateKeys``, or unreadable text that never spells one of them.
    func lint(_ bytes: [UInt8], name path: String, skippingNonTemplates: Bool = false) -> [Diagnostic]? {
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
            note.rule = .looseJSON
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

    /// Drops the findings of rules ignored for the run, by the template's Metadata, or by the resource's.
    private func filtered(_ diagnostics: [Diagnostic], tree: Object) -> [Diagnostic] {
        let ignores = RuleIgnores(tree: tree, rules: ignoredRules)
        return diagnostics.filter { !ignores.ignores($0) }
    }
}
