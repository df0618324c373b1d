import Foundation

/// A template compiled to a validated tree.
public struct CompiledTemplate: Sendable {
    public let name: String
    public let tree: Object
    /// Warnings found; a compiled template has no errors.
    public let warnings: [Diagnostic]
    /// What apply-stack did, when stacks were applied.
    public let applyReport: ApplyReport?
    /// The templates it nests, each compiled and checked, under its stack's logical ID.
    public let children: [(logicalID: String, template: CompiledTemplate)]
    /// The stack policy the template's resources declare (`.denyUpdates(.replace)`); nil when
    /// none declares one.
    public let stackPolicy: StackPolicy?

    /// The template as JSON text.
    public func json(style: JSONEmitter.Style = .pretty) -> [UInt8] {
        JSONEmitter.bytes(.object(tree), style: style)
    }
}

/// Why a template did not compile: every error found, each with its location.
public struct CompileFailure: Error, CustomStringConvertible, Sendable {
    public let template: String
    public let diagnostics: [Diagnostic]

    public var description: String {
        "template '\(template)' has \(diagnostics.filter { $0.severity == .error }.count) error(s):\n"
            + diagnostics.map { "  \($0)" }.joined(separator: "\n")
    }
}

/// The compile pipeline: build the template, apply parameter values, validate.
public enum Compiler {
    /// Compiles `template`.
    ///
    /// - Parameters:
    ///   - parameters: values by name. A name the template declares as a compile-time input sets
    ///     that input; a name of a CloudFormation parameter of the compiled template becomes that
    ///     parameter's `Default`.
    ///   - ignoringUnknownParameters: when false, a name that is neither is an error.
    ///   - stacks: upstream stack outputs to apply (apply-stack); explicit `parameters` win over them.
    ///   - mappings: outputs that fill differently named parameters.
    ///   - environment: where inputs with an environment variable look.
    ///   - ignoredRules: rules whose errors become warnings, so that the template is still written
    ///     (say, one over a CloudFormation limit); the template's `Metadata` opt-outs count too.
    ///   - previousState: the inputs the deployed stack was compiled with, read after
    ///     `parameters` and `environment` and before the inputs' defaults.
    ///   - recordsCompileState: whether a template with compile-time inputs gets the
    ///     ``CompileState`` output that records their values.
    /// - Throws: ``CompileFailure`` listing every error.
    public static func compile(
        _ template: Template, parameters: [String: String] = [:], ignoringUnknownParameters: Bool = false,
        applying stacks: [StackOutputs] = [], mappings: [OutputMapping] = [],
        environment: [String: String] = ProcessInfo.processInfo.environment, ignoring ignoredRules: [String] = [],
        previousState: CompileState? = nil, recordsCompileState: Bool = true
    ) throws(CompileFailure) -> CompiledTemplate {
        var (built, diagnostics, report) = checkNested(
            template, parameters: parameters, ignoringUnknownParameters: ignoringUnknownParameters, applying: stacks,
            mappings: mappings, environment: environment, previousState: previousState, recordsCompileState: recordsCompileState)
        let ignores = RuleIgnores(tree: built.tree, rules: ignoredRules)
        diagnostics = diagnostics.map { diagnostic in
            guard diagnostic.severity == .error, ignores.ignores(diagnostic) else { return diagnostic }
            var demoted = diagnostic
            demoted.severity = .warning
            demoted.message = "(ignored) \(diagnostic.message)"
            return demoted
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            throw CompileFailure(template: template.name, diagnostics: diagnostics)
        }
        func compiled(_ built: BuiltTemplate, tree: Object, warnings: [Diagnostic], report: ApplyReport?) -> CompiledTemplate {
            CompiledTemplate(
                name: built.name, tree: tree, warnings: warnings, applyReport: report,
                children: built.children.map { ($0.logicalID, compiled($0.template, tree: $0.template.tree, warnings: [], report: nil)) },
                stackPolicy: built.stackPolicy)
        }
        return compiled(built, tree: built.tree, warnings: diagnostics, report: report)
    }

    /// Runs the whole pipeline and returns the tree with every diagnostic, errors included,
    /// instead of throwing: for tools that report rather than stop.
    public static func check(
        _ template: Template, parameters: [String: String] = [:], ignoringUnknownParameters: Bool = false,
        applying stacks: [StackOutputs] = [], mappings: [OutputMapping] = [],
        environment: [String: String] = ProcessInfo.processInfo.environment, recordsCompileState: Bool = true
    ) -> (tree: Object, diagnostics: [Diagnostic], applyReport: ApplyReport?) {
        let (built, diagnostics, report) = checkNested(
            template, parameters: parameters, ignoringUnknownParameters: ignoringUnknownParameters, applying: stacks,
            mappings: mappings, environment: environment, previousState: nil, recordsCompileState: recordsCompileState)
        return (built.tree, diagnostics, report)
    }

    /// ``check(_:parameters:ignoringUnknownParameters:applying:mappings:environment:recordsCompileState:)`` with the
    /// nested templates' trees, each checked too (their findings are the parent's, named by stack).
    static func checkNested(
        _ template: Template, parameters: [String: String], ignoringUnknownParameters: Bool, applying stacks: [StackOutputs],
        mappings: [OutputMapping], environment: [String: String], previousState: CompileState?, recordsCompileState: Bool
    ) -> (built: BuiltTemplate, diagnostics: [Diagnostic], applyReport: ApplyReport?) {
        var parameters = parameters
        let previous = previousState?.dictionary ?? [:]
        var built = template.buildNested(inputs: parameters, environment: environment, previousState: previous)
        // `--param vpc_cidr=…` names `VpcCidr`: given names match as apply-stack matches outputs.
        let matched = matchNames(Array(parameters.keys), known: built.inputNames.union(built.tree["Parameters"]?.objectValue?.keys ?? []))
        if !matched.renamed.isEmpty {
            for (given, name) in matched.renamed { parameters[name] = parameters.removeValue(forKey: given) }
            if matched.renamed.values.contains(where: built.inputNames.contains) {
                built = template.buildNested(inputs: parameters, environment: environment, previousState: previous)
            }
        }
        let inputNames = built.inputNames
        var (tree, diagnostics) = (built.tree, built.problems)
        for (given, candidates) in matched.ambiguous {
            diagnostics.append(
                Diagnostic(
                    rule: Rule.input.id,
                    message:
                        "--param '\(given)' matches several inputs or parameters of template '\(template.name)': \(candidates.joined(separator: ", ")); give the exact name"
                ))
            parameters.removeValue(forKey: given)
        }
        var report: ApplyReport?
        if !stacks.isEmpty || !mappings.isEmpty {
            report = StackApplication.apply(stacks, mappings: mappings, to: &tree, explicit: Set(parameters.keys))
        }

        for (name, value) in parameters.sorted(by: { $0.key < $1.key }) where !inputNames.contains(name) {
            if tree["Parameters"]?.objectValue?[name] != nil {
                tree["Parameters"]!.setDefault(of: name, to: value)
            } else if !ignoringUnknownParameters {
                let known = inputNames.union(tree["Parameters"]?.objectValue?.keys ?? []).sorted()
                diagnostics.append(
                    Diagnostic(
                        rule: Rule.input.id,
                        message:
                            "template '\(template.name)' has no input or parameter '\(name)' (it has: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
                    ))
            }
        }

        if recordsCompileState, !built.inputValues.isEmpty {
            var outputs = tree["Outputs"]?.objectValue ?? Object()
            outputs[CompileState.outputName] = CompileState(values: built.inputValues).output
            tree["Outputs"] = .object(outputs)
        }
        diagnostics += validate(tree)
        diagnostics += nestedFindings(built.children)
        built.tree = tree
        return (built, diagnostics, report)
    }

    /// Given names that are not exact matches but match one known name when case, `_` and `-`
    /// are ignored (`renamed`: given → known), and those that match several (`ambiguous`).
    public static func matchNames(_ given: [String], known: Set<String>) -> (renamed: [String: String], ambiguous: [String: [String]]) {
        var renamed: [String: String] = [:], ambiguous: [String: [String]] = [:]
        for name in given where !known.contains(name) {
            let candidates = known.filter { StackApplication.normalize($0) == StackApplication.normalize(name) }.sorted()
            if candidates.count == 1, !given.contains(candidates[0]) {
                renamed[name] = candidates[0]
            } else if candidates.count > 1 {
                ambiguous[name] = candidates
            }
        }
        return (renamed, ambiguous)
    }

    /// Every nested template's own findings, named by the path of stacks that leads to it.
    static func nestedFindings(_ children: [(logicalID: String, template: BuiltTemplate)], path: String = "") -> [Diagnostic] {
        children.flatMap { child -> [Diagnostic] in
            let name = path.isEmpty ? child.logicalID : "\(path)/\(child.logicalID)"
            return validate(child.template.tree).map { diagnostic in
                var named = diagnostic
                named.message = "nested stack '\(name)' (\(child.template.name)): \(diagnostic.message)"
                return named
            } + nestedFindings(child.template.children, path: name)
        }
    }

    /// Every check a template tree goes through, compiled or parsed from a file: structure and
    /// references, the resource schemas, and the body size.
    /// `nestedTemplates` opens the local templates nested stacks name (see ``Validator``).
    public static func validate(_ tree: Object, nestedTemplates: Validator.NestedTemplateReader? = nil) -> [Diagnostic] {
        var diagnostics = Validator.validate(tree, nestedTemplates: nestedTemplates) + SchemaValidator.validate(tree)
        if let size = Validator.checkBodySize(JSONEmitter.bytes(.object(tree), style: .minified).count) {
            diagnostics.append(size)
        }
        return diagnostics
    }
}

extension Value {
    /// Sets `Parameters.<name>.Default`.
    fileprivate mutating func setDefault(of name: String, to value: String) {
        merge([name: ["Default": .string(value)]])
    }
}
