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
    /// The template's `Description`; nil writes none.
    public let templateDescription: String?
    /// What the catalog lists it with: its description, or nothing.
    public var description: String { templateDescription ?? "" }
    /// The compile-time inputs this template declares itself (``inputs`` adds its parents').
    let declaredInputs: [any InputDeclaration]
    /// The template this one starts from, read only when the template is built, so that two
    /// templates may name each other (a cycle, reported when built) without a recursive global.
    let parent: (@Sendable () -> Template)?
    let body: @Sendable (Inputs) -> Fragment
    /// Where the template is declared: its identity.
    public let origin: SourceLocation

    /// A template named `name` (its catalog name and its files' name), described by `description`
    /// (its `Description`; nil writes none), whose `body` holds its sections, resources,
    /// components and dynamics.
    public init(
        _ name: String, description: String? = nil, file: String = #filePath, line: Int = #line,
        @TemplateBuilder body: @escaping @Sendable () -> Fragment
    ) {
        self.init(name, description: description, inputs: [], parent: nil, origin: SourceLocation(file: file, line: line)) { _ in body() }
    }

    /// A template with compile-time `inputs`: the body receives their values, given with
    /// ``CompileOptions/parameters``, an environment variable, the deployed stack's state or their defaults.
    public init(
        _ name: String, description: String? = nil, inputs: [any InputDeclaration], file: String = #filePath,
        line: Int = #line, @TemplateBuilder body: @escaping @Sendable (Inputs) -> Fragment
    ) {
        self.init(name, description: description, inputs: inputs, parent: nil, origin: SourceLocation(file: file, line: line), body: body)
    }

    /// A template that starts from `parent`'s tree (its components, then its body) and applies
    /// its own components and body over it, as SparkleFormation's `inherit:` does. Chains work;
    /// a template that inherits from itself, directly or through others, is an error naming
    /// every template of the cycle.
    public init(
        _ name: String, description: String? = nil, inheriting parent: @autoclosure @escaping @Sendable () -> Template,
        file: String = #filePath, line: Int = #line, @TemplateBuilder body: @escaping @Sendable () -> Fragment
    ) {
        self.init(name, description: description, inputs: [], parent: parent, origin: SourceLocation(file: file, line: line)) { _ in body() }
    }

    /// An inheriting template with compile-time inputs of its own; its parents' inputs are
    /// inputs of this template too.
    public init(
        _ name: String, description: String? = nil, inheriting parent: @autoclosure @escaping @Sendable () -> Template,
        inputs: [any InputDeclaration], file: String = #filePath, line: Int = #line,
        @TemplateBuilder body: @escaping @Sendable (Inputs) -> Fragment
    ) {
        self.init(name, description: description, inputs: inputs, parent: parent, origin: SourceLocation(file: file, line: line), body: body)
    }

    init(
        _ name: String, description: String?, inputs: [any InputDeclaration], parent: (@Sendable () -> Template)?,
        origin: SourceLocation, body: @escaping @Sendable (Inputs) -> Fragment
    ) {
        self.name = name
        self.templateDescription = description
        self.declaredInputs = inputs
        self.parent = parent
        self.origin = origin
        self.body = body
    }

    /// The compile-time inputs the template reads: its own, then those of the templates it
    /// inherits from that it does not declare itself.
    public var inputs: [any InputDeclaration] {
        var seen = Set<String>()
        return lineage.chain.reversed().flatMap(\.declaredInputs).filter { seen.insert($0.name).inserted }
    }

    /// The inheritance chain, the root ancestor first and this template last, and the cycle
    /// (by name, in inheritance order) if the chain loops.
    var lineage: (chain: [Template], cycle: [String]?) {
        var chain = [self]
        while let next = chain.last?.parent?() {
            if let repeated = chain.firstIndex(where: { $0.origin == next.origin }) {
                return (chain.reversed(), chain[repeated...].map(\.name) + [next.name])
            }
            chain.append(next)
        }
        return (chain.reversed(), nil)
    }

    /// The canonical order of a template's top-level sections.
    public static let sectionOrder = [
        "AWSTemplateFormatVersion", "Description", "Metadata", "Transform", "Parameters", "Rules", "Mappings",
        "Conditions", "Resources", "Outputs",
    ]

    /// Runs the template and every template it nests (``Nest``), each with the same inputs, and
    /// wires the nested stacks' parameters.
    ///
    /// - Parameters:
    ///   - inputValues: compile-time inputs by name.
    ///   - environment: where inputs with an environment variable look.
    ///   - previousState: the inputs the deployed stack was compiled with (its `CompileState`),
    ///     read after `inputValues` and the environment and before the defaults.
    ///   - catalog: the catalog whose replacements components, dynamics and registries follow
    ///     during this build; nil builds each as declared.
    public func buildNested(
        inputs inputValues: [String: String] = [:],
        environment: [String: String] = ProcessInfo.processInfo.environment, previousState: [String: String] = [:],
        catalog: (any CatalogReplacements)? = nil
    ) -> BuiltTemplate {
        Catalog.$active.withValue(catalog) {
            buildNested(inputs: inputValues, environment: environment, previousState: previousState, ancestors: [])
        }
    }

    func buildNested(
        inputs inputValues: [String: String], environment: [String: String], previousState: [String: String] = [:],
        ancestors: [String]
    ) -> BuiltTemplate {
        var problems: [Diagnostic] = []
        let lineage = self.lineage
        var chain = lineage.chain
        if let cycle = lineage.cycle {
            problems.append(
                Diagnostic(
                    rule: .composition, message: "template '\(name)' inherits in a cycle: \(cycle.joined(separator: " → ")); a template cannot inherit from itself",
                    location: origin))
            chain = [self]
        }
        // Each template of the chain, root first, with its own inputs; the later wins.
        var owns: [Fragment] = []
        var values: [String: String] = [:]
        for template in chain {
            let resolved = Inputs(
                template: template.name, declared: template.declaredInputs, given: inputValues, environment: environment,
                previous: previousState, origin: template.origin)
            for input in template.declaredInputs { resolved.resolveErased(input) }
            values.merge(resolved.values) { _, later in later }
            var own = Fragment()
            if let text = template.templateDescription { own.root.set("Description", .string(text), origin: template.origin) }
            own.merge(template.body(resolved))
            problems += resolved.problems
            owns.append(own)
        }

        var components = Fragment()
        var loaded: [String: SourceLocation] = [:]
        func load(_ declared: Component) {
            // A catalog that replaces this component (a pack's, replaced on purpose) loads the replacement.
            let component = Catalog.replacement(for: declared.origin) as? Component ?? declared
            if let first = loaded[component.name] {
                if first != component.origin {
                    problems.append(
                        Diagnostic(
                            rule: .composition,
                            message: "template '\(name)' loads two different components named '\(component.name)', declared at \(first) and at \(component.origin); rename one",
                            location: component.origin))
                }
                return
            }
            loaded[component.name] = component.origin
            let fragment = component.body()
            fragment.components.forEach(load)
            components.merge(fragment)
        }
        for own in owns { own.components.forEach(load) }

        var tree = components.root
        for own in owns { tree.merge(own.root) }
        let (children, nestingProblems) = Nesting.wire(
            components.nested + owns.flatMap(\.nested), into: &tree, parent: name, inputs: inputValues, environment: environment,
            ancestors: ancestors)
        tree.reorder(first: Self.sectionOrder)
        return BuiltTemplate(
            name: name, tree: tree, problems: problems + components.problems + owns.flatMap(\.problems) + nestingProblems,
            children: children,
            inputNames: Set(inputs.map(\.name)).union(children.flatMap(\.template.inputNames)),
            inputValues: inputs.compactMap { input in values[input.name].map { (input.name, $0) } },
            stackPolicy: Self.stackPolicy(components.stackPolicy + owns.flatMap(\.stackPolicy), in: tree))
    }
}

extension Template {
    /// The policy of those `statements` whose resource `tree` declares (a statement on a resource
    /// declared nowhere is left out: validation reports the resource); nil when none is left.
    static func stackPolicy(_ statements: [StackPolicyStatement], in tree: Object) -> StackPolicy? {
        let resources = tree["Resources"]?.objectValue
        let kept = statements.filter { resources?[$0.logicalID] != nil }
        return kept.isEmpty ? nil : StackPolicy(statements: kept)
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
