import Foundation

/// A template compiled to a validated tree.
public struct CompiledTemplate: Sendable {
    public let name: String
    public let tree: Object
    /// Warnings found, those of nested templates included (each names its ``Diagnostic/stack``);
    /// a compiled template has no errors.
    public let warnings: [Diagnostic]
    /// What apply-stack did, when stacks were applied.
    public let applyReport: ApplyReport?
    /// The templates it nests, each compiled and checked, in the order it declares them.
    public let children: [NestedTemplate]
    /// The stack policy the template's resources declare (`.denyUpdates(.replace)`); nil when
    /// none declares one.
    public let stackPolicy: StackPolicy?

    /// The template as JSON text.
    public func json(style: JSONEmitter.Style = .pretty) -> [UInt8] {
        JSONEmitter.bytes(.object(tree), style: style)
    }

    /// Every template nested below this one, at any depth, with its path, parents before
    /// their children.
    public var nested: [(path: StackPath, template: CompiledTemplate)] {
        func walk(_ template: CompiledTemplate, under path: StackPath) -> [(path: StackPath, template: CompiledTemplate)] {
            template.children.flatMap { child in
                let childPath = path.appending(child.logicalID)
                return [(childPath, child.template)] + walk(child.template, under: childPath)
            }
        }
        return walk(self, under: .root)
    }
}

/// A template a compiled template nests, under its stack's logical ID.
public struct NestedTemplate: Sendable {
    /// The logical ID of the `AWS::CloudFormation::Stack` resource in the parent.
    public let logicalID: String
    public let template: CompiledTemplate
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

/// What ``Compiler/check(_:options:)`` finds: the tree and every diagnostic, errors included.
public struct CompileCheck: Sendable {
    public let tree: Object
    /// The findings, those of nested templates included (each names its ``Diagnostic/stack``).
    public let diagnostics: [Diagnostic]
    /// What apply-stack did, when stacks were applied.
    public let applyReport: ApplyReport?
}

/// What `Compiler.compile(_:options:)` makes of several templates at once.
public struct CompileBatch: Sendable {
    /// The templates that compiled, in the order given.
    public var compiled: [CompiledTemplate] = []
    /// Why the others did not.
    public var failures: [CompileFailure] = []
    /// Given values that no template has an input or parameter for.
    public var unknownNames: [String] = []

    /// Whether every template compiled and every value found its template.
    public var succeeded: Bool { failures.isEmpty && unknownNames.isEmpty }
}

/// Given names matched to known ones when case, `_` and `-` are ignored.
public struct NameMatches: Sendable {
    /// Given names that match one known name: given → known.
    public var renamed: [String: String] = [:]
    /// Given names that match several known names, with those names.
    public var ambiguous: [String: [String]] = [:]
}

/// The compile pipeline: build the template, apply parameter values, validate.
public enum Compiler {
    /// Compiles `template`.
    ///
    /// - Throws: ``CompileFailure`` listing every error; a rule of `options.ignoredRules` (or one
    ///   the template's `Metadata` turns off) reports its errors as warnings instead.
    public static func compile(_ template: Template, options: CompileOptions = CompileOptions()) throws(CompileFailure) -> CompiledTemplate {
        var (built, diagnostics, report) = checkNested(template, options: options)
        let ignores = RuleIgnores(tree: built.tree, rules: options.ignoredRules)
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
        // A nested template's warnings are its parent's too; each also keeps those about itself.
        func compiled(_ built: BuiltTemplate, path: StackPath?, report: ApplyReport?) -> CompiledTemplate {
            CompiledTemplate(
                name: built.name, tree: built.tree, warnings: path == nil ? diagnostics : diagnostics.filter { $0.stack == path },
                applyReport: report,
                children: built.children.map { child in
                    NestedTemplate(logicalID: child.logicalID, template: compiled(child.template, path: (path ?? .root).appending(child.logicalID), report: nil))
                },
                stackPolicy: built.stackPolicy)
        }
        return compiled(built, path: nil, report: report)
    }

    /// Compiles several templates with one set of options, as `compile NAME… | --all` does: a
    /// value in `options.parameters` need only be an input or parameter of one of them.
    public static func compile(_ templates: [Template], options: CompileOptions = CompileOptions()) -> CompileBatch {
        var options = options
        options.ignoresUnknownParameters = options.ignoresUnknownParameters || templates.count > 1
        var batch = CompileBatch()
        for template in templates {
            do {
                batch.compiled.append(try compile(template, options: options))
            } catch {
                batch.failures.append(error)
            }
        }
        if templates.count > 1 {
            let known = Set(templates.flatMap { $0.inputs.map(\.name) } + batch.compiled.flatMap { $0.tree["Parameters"]?.objectValue?.keys ?? [] })
            batch.unknownNames = options.parameters.keys.sorted().filter { !known.contains($0) && matchNames([$0], known: known).renamed.isEmpty }
        }
        return batch
    }

    /// Runs the whole pipeline and returns the tree with every diagnostic, errors included,
    /// instead of throwing: for tools that report rather than stop.
    public static func check(_ template: Template, options: CompileOptions = CompileOptions()) -> CompileCheck {
        let (built, diagnostics, report) = checkNested(template, options: options)
        return CompileCheck(tree: built.tree, diagnostics: diagnostics, applyReport: report)
    }

    /// ``check(_:options:)`` with the nested templates' trees, each checked too (their findings
    /// are the parent's, named by stack).
    static func checkNested(_ template: Template, options: CompileOptions) -> (built: BuiltTemplate, diagnostics: [Diagnostic], applyReport: ApplyReport?) {
        var parameters = options.parameters
        let previous = options.previousState?.dictionary ?? [:]
        func build() -> BuiltTemplate {
            template.buildNested(inputs: parameters, environment: options.environment, previousState: previous, catalog: options.catalog)
        }
        var built = build()
        // `vpc_cidr=…` names `VpcCidr`: given names match as apply-stack matches outputs.
        let matched = matchNames(Array(parameters.keys), known: built.inputNames.union(built.tree["Parameters"]?.objectValue?.keys ?? []))
        if !matched.renamed.isEmpty {
            for (given, name) in matched.renamed { parameters[name] = parameters.removeValue(forKey: given) }
            if matched.renamed.values.contains(where: built.inputNames.contains) { built = build() }
        }
        let inputNames = built.inputNames
        var (tree, diagnostics) = (built.tree, built.problems)
        for (given, candidates) in matched.ambiguous {
            diagnostics.append(
                Diagnostic(
                    rule: .input,
                    message:
                        "'\(given)' matches several inputs or parameters of template '\(template.name)': \(candidates.joined(separator: ", ")); give the exact name"
                ))
            parameters.removeValue(forKey: given)
        }
        var report: ApplyReport?
        if !options.stacks.isEmpty || !options.mappings.isEmpty {
            report = StackApplication.apply(options.stacks, mappings: options.mappings, to: &tree, explicit: Set(parameters.keys))
        }

        for (name, value) in parameters.sorted(by: { $0.key < $1.key }) where !inputNames.contains(name) {
            if tree["Parameters"]?.objectValue?[name] != nil {
                tree["Parameters"]!.setDefault(of: name, to: value)
            } else if !options.ignoresUnknownParameters {
                let known = inputNames.union(tree["Parameters"]?.objectValue?.keys ?? []).sorted()
                diagnostics.append(
                    Diagnostic(
                        rule: .input,
                        message:
                            "template '\(template.name)' has no input or parameter '\(name)' (it has: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
                    ))
            }
        }

        if options.recordsCompileState, !built.inputValues.isEmpty {
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
    public static func matchNames(_ given: [String], known: Set<String>) -> NameMatches {
        var matches = NameMatches()
        for name in given where !known.contains(name) {
            let candidates = known.filter { StackApplication.normalize($0) == StackApplication.normalize(name) }.sorted()
            if candidates.count == 1, !given.contains(candidates[0]) {
                matches.renamed[name] = candidates[0]
            } else if candidates.count > 1 {
                matches.ambiguous[name] = candidates
            }
        }
        return matches
    }

    /// Every nested template's own findings, named by the path of stacks that leads to it.
    static func nestedFindings(_ children: [(logicalID: String, template: BuiltTemplate)], under path: StackPath = .root) -> [Diagnostic] {
        children.flatMap { child -> [Diagnostic] in
            let childPath = path.appending(child.logicalID)
            return validate(child.template.tree).map { diagnostic in
                var named = diagnostic
                named.stack = childPath
                named.stackTemplate = child.template.name
                return named
            } + nestedFindings(child.template.children, under: childPath)
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
