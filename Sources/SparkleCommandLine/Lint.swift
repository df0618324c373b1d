import ArgumentParser
import Foundation
import Sparkle
import SparkleLint

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
    var format: LintReport.Format = .text

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
            throw ValidationError("--explain \(explain): no such rule\(didYouMean(explain.uppercased(), in: Rule.all.map(\.id))) (`\(CatalogStore.shared.commandName) lint --list-rules` lists them)")
        }
        if let unknown = unknownRuleMessage(ignoredRules) { throw ValidationError(unknown) }
    }

    /// The rule with this ID, in any case.
    static func rule(_ id: String) -> SparkleTree.Rule? { Rule.all.first { $0.id == id.uppercased() } }

    func run() throws {
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
        let report: LintReport
        do {
            let configuration = try LintConfiguration.load(from: noConfig ? .none : config.map { .file($0) } ?? .nearest)
            var catalog: Catalog?
            let lintTargets = try targets.map { target in
                try LintTarget.named(target, standardInputName: stdinName) {
                    catalog = try CatalogStore.shared.catalog()
                    return catalog!
                }
            }
            let linter = Linter(
                ignoring: ignoredRules, excluding: excludes, allowsEmptyDirectories: allowEmpty, isStrict: strict,
                configuration: configuration, catalog: catalog)
            report = try linter.lint(lintTargets)
        } catch let error as LintError {
            throw ValidationError(error.message)
        }
        // On a terminal, errors in red and warnings in yellow.
        let color = TerminalColor.enabled(for: STDOUT_FILENO)
        let rendered = report.rendered(as: format, tool: CatalogStore.shared.commandName, version: SparkleCommand.version) { severity in
            color ? (severity == .error ? TerminalColor.red : .yellow).paint("\(severity.rawValue):") : "\(severity.rawValue):"
        }
        StandardStreams.out(rendered)
        if report.failed { throw ExitCode.failure }
    }
}

extension LintReport.Format: ExpressibleByArgument {}

extension LintError {
    /// The error in words, with the option that fixes it where one does.
    var message: String {
        switch self {
        case .noTemplates(let directory, let files):
            let why = files == 0 ? "(.json, .yaml, .yml, .template)" : ": its \(files) JSON and YAML file(s) have no Resources, AWSTemplateFormatVersion or Transform"
            return "\(directory) holds no template\(why); pass --allow-empty if that is expected"
        case .badConfiguration(let problem):
            return problem
        case .unknownTarget(let unknown):
            return "'\(unknown.name)' is neither a file nor a directory, and \(unknown)"
        }
    }
}

/// Why `--ignore` names no rule, with the nearest one; nil when
/// every ID is a rule.
func unknownRuleMessage(_ rules: [String]) -> String? {
    guard let unknown = RuleIgnores.unknownRule(in: rules) else { return nil }
    let hint = unknown.suggestion.map { "; did you mean '\($0)'?" } ?? ""
    return "--ignore \(unknown.given): no such rule\(hint) (see `\(CatalogStore.shared.commandName) lint --list-rules`)"
}
