import Foundation
import SparkleTree

/// A CloudFormation template written in Swift.
///
/// ```swift
/// let ec2Example = Template("ec2_example", description: "One EC2 instance in an existing subnet") {
///     Load(base)
///     instance
///     Output("InstanceId", instance.ref)
/// }
/// ```
public struct Template: CatalogEntry {
    public let name: String
    public let description: String
    /// The compile-time inputs the body reads.
    public let inputs: [any InputDeclaration]
    let body: @Sendable (Inputs) -> Fragment
    let origin: SourceLocation

    public init(
        _ name: String, description: String, file: String = #filePath, line: Int = #line,
        @TemplateBuilder body: @escaping @Sendable () -> Fragment
    ) {
        self.init(name, description: description, inputs: [], file: file, line: line) { _ in body() }
    }

    public init(
        _ name: String, description: String, inputs: [any InputDeclaration], file: String = #filePath,
        line: Int = #line, @TemplateBuilder body: @escaping @Sendable (Inputs) -> Fragment
    ) {
        self.name = name
        self.description = description
        self.inputs = inputs
        self.body = body
        origin = SourceLocation(file: file, line: line)
    }

    /// The canonical order of a template's top-level sections.
    public static let sectionOrder = [
        "AWSTemplateFormatVersion", "Description", "Metadata", "Transform", "Parameters", "Rules", "Mappings",
        "Conditions", "Resources", "Outputs",
    ]

    /// Runs the template: its components (in load order, each once) beneath its own body.
    ///
    /// - Parameters:
    ///   - inputValues: compile-time inputs by name, as given on the command line.
    ///   - environment: where inputs with an environment variable look.
    /// - Returns: the tree, with sections in canonical order, and the problems found building it
    ///   (those of nested templates included; ``buildNested(inputs:environment:)`` gives their trees).
    public func build(
        inputs inputValues: [String: String] = [:],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> (tree: Object, problems: [Diagnostic]) {
        let built = buildNested(inputs: inputValues, environment: environment)
        return (built.tree, built.problems)
    }

    /// Runs the template and every template it nests (``Nest``), each with the same inputs, and
    /// wires the nested stacks' parameters.
    public func buildNested(
        inputs inputValues: [String: String] = [:],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> BuiltTemplate {
        buildNested(inputs: inputValues, environment: environment, ancestors: [])
    }

    func buildNested(inputs inputValues: [String: String], environment: [String: String], ancestors: [String]) -> BuiltTemplate {
        let resolved = Inputs(
            template: name, declared: inputs, given: inputValues, environment: environment, origin: origin)
        for input in inputs { resolved.resolveErased(input) }

        var own = Fragment()
        own.root.set("Description", .string(description), origin: origin)
        own.merge(body(resolved))

        var components = Fragment()
        var loaded = Set<String>()
        func load(_ component: Component) {
            guard loaded.insert(component.name).inserted else { return }
            let fragment = component.body()
            fragment.components.forEach(load)
            components.merge(fragment)
        }
        own.components.forEach(load)

        var tree = components.root
        tree.merge(own.root)
        let (children, nestingProblems) = Nesting.wire(
            components.nested + own.nested, into: &tree, parent: name, inputs: inputValues, environment: environment,
            ancestors: ancestors)
        tree.reorder(first: Self.sectionOrder)
        return BuiltTemplate(
            name: name, tree: tree, problems: resolved.problems + components.problems + own.problems + nestingProblems,
            children: children,
            inputNames: Set(inputs.map(\.name)).union(children.flatMap(\.template.inputNames)))
    }
}

extension Inputs {
    /// Resolves a declared input of unknown type, so every declared input is checked up front.
    func resolveErased(_ input: any InputDeclaration) {
        if let erased = input as? any InputResolvable { erased.resolve(in: self) }
    }
}

/// Lets ``Inputs`` resolve an input through its existential.
protocol InputResolvable {
    func resolve(in inputs: Inputs)
}

extension Input: InputResolvable {
    func resolve(in inputs: Inputs) { _ = inputs.resolve(self) }
}
