import Foundation

/// A template compiled to a validated tree.
public struct CompiledTemplate: Sendable {
    public let name: String
    public let tree: Object
    /// Warnings found; a compiled template has no errors.
    public let warnings: [Diagnostic]
    /// What apply-stack did, when stacks were applied.
    public let applyReport: ApplyReport?

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
    /// - Throws: ``CompileFailure`` listing every error.
    public static func compile(
        _ template: Template, parameters: [String: String] = [:], ignoringUnknownParameters: Bool = false,
        applying stacks: [StackOutputs] = [], mappings: [OutputMapping] = [],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(CompileFailure) -> CompiledTemplate {
        let (tree, diagnostics, report) = check(
            template, parameters: parameters, ignoringUnknownParameters: ignoringUnknownParameters, applying: stacks,
            mappings: mappings, environment: environment)
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            throw CompileFailure(template: template.name, diagnostics: diagnostics)
        }
        return CompiledTemplate(name: template.name, tree: tree, warnings: diagnostics, applyReport: report)
    }

    /// Runs the whole pipeline and returns the tree with every diagnostic, errors included,
    /// instead of throwing: for tools that report rather than stop.
    public static func check(
        _ template: Template, parameters: [String: String] = [:], ignoringUnknownParameters: Bool = false,
        applying stacks: [StackOutputs] = [], mappings: [OutputMapping] = [],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> (tree: Object, diagnostics: [Diagnostic], applyReport: ApplyReport?) {
        let inputNames = Set(template.inputs.map(\.name))
        var (tree, diagnostics) = template.build(
            inputs: parameters.filter { inputNames.contains($0.key) }, environment: environment)
        var report: ApplyReport?
        if !stacks.isEmpty || !mappings.isEmpty {
            report = StackApplication.apply(stacks, mappings: mappings, to: &tree, explicit: Set(parameters.keys))
        }

        for (name, value) in parameters.sorted(by: { $0.key < $1.key }) where !inputNames.contains(name) {
            if tree["Parameters"]?.objectValue?[name] != nil {
                tree["Parameters"]!.setDefault(of: name, to: value)
            } else if !ignoringUnknownParameters {
                let known = (template.inputs.map(\.name) + (tree["Parameters"]?.objectValue?.keys ?? [])).sorted()
                diagnostics.append(
                    Diagnostic(
                        rule: Rule.input.id,
                        message:
                            "template '\(template.name)' has no input or parameter '\(name)' (it has: \(known.isEmpty ? "none" : known.joined(separator: ", ")))"
                    ))
            }
        }

        diagnostics += validate(tree)
        return (tree, diagnostics, report)
    }

    /// Every check a template tree goes through, compiled or parsed from a file: structure and
    /// references, the resource schemas, and the body size.
    public static func validate(_ tree: Object) -> [Diagnostic] {
        var diagnostics = Validator.validate(tree) + SchemaValidator.validate(tree)
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
