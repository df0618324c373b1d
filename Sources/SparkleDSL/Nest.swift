import OrderedCollections
import SparkleIntrinsics
import SparkleTree

/// Another template nested in this one: compiled beside it and deployed as an
/// `AWS::CloudFormation::Stack` resource whose parameters are wired by name.
///
/// ```swift
/// private let network = Nest(vpc, as: "Network")
/// private let subnets = Nest(vpcSubnets, as: "Subnets")
/// let layerCake = Template("layer_cake", description: "…") {
///     network
///     subnets
///     Output("VpcId", network.output("VpcId"))
/// }
/// ```
///
/// Each parameter of the nested template gets, in this order: the value given with
/// ``parameter(_:_:)``; the output of that name of an earlier nested stack (`Fn::GetAtt
/// [Sibling, Outputs.Name]`; two such siblings are an error); the parent's parameter of that name
/// (`Ref`); else, when it has no default, a parameter of the parent made from its declaration
/// (type, description, allowed values, NoEcho), so the parent stays deployable. Compile-time
/// inputs given to the parent reach the nested templates too.
public struct Nest: TemplateContent, ResourceReference {
    public let logicalID: String
    let template: Template
    private var overrides: OrderedDictionary<String, Value> = [:]
    private var attributes = Object()
    private let origin: SourceLocation

    /// Nests `template` as the `AWS::CloudFormation::Stack` resource `logicalID`.
    public init(_ template: Template, as logicalID: String, file: String = #filePath, line: Int = #line) {
        self.template = template
        self.logicalID = logicalID
        origin = SourceLocation(file: file, line: line)
    }

    /// Sets the nested template's parameter `name` to `value`, instead of wiring it by name.
    public func parameter(_ name: String, _ value: Value) -> Nest {
        var copy = self
        copy.overrides[name] = value
        return copy
    }

    /// Creates the nested stack only when the condition holds.
    public func condition(_ condition: some ConditionReference) -> Nest {
        var copy = self
        copy.attributes["Condition"] = .string(condition.conditionName)
        return copy
    }

    /// Waits for `resources` before creating the nested stack.
    public func dependsOn(_ resources: any ResourceReference...) -> Nest {
        var copy = self
        copy.attributes["DependsOn"] = .array(resources.map { .string($0.logicalID) })
        return copy
    }

    /// The nested stack's output `name`: `Fn::GetAtt [LogicalID, Outputs.name]`.
    public func output(_ name: String) -> Value { Fn.getAtt(logicalID, "Outputs.\(name)") }

    public var fragment: Fragment {
        var resource: Object = ["Type": "AWS::CloudFormation::Stack"]
        resource.merge(attributes)
        var fragment = Fragment(section: "Resources", name: logicalID, value: .object(resource), origin: origin, declares: true)
        fragment.nested.append(NestedDeclaration(logicalID: logicalID, template: template, overrides: overrides, origin: origin))
        return fragment
    }
}

/// A ``Nest`` as its parent's build finds it.
struct NestedDeclaration: Sendable {
    let logicalID: String
    let template: Template
    let overrides: OrderedDictionary<String, Value>
    let origin: SourceLocation
}

/// A template built with the templates it nests, each under the logical ID of its stack resource.
public struct BuiltTemplate: Sendable {
    public let name: String
    public var tree: Object
    public var problems: [Diagnostic]
    /// The nested templates, in the order the parent declares them.
    public var children: [(logicalID: String, template: BuiltTemplate)]
    /// The compile-time inputs this template and its nested ones declare.
    public var inputNames: Set<String>
    /// The values this template's own inputs were compiled with, in declaration order: what its
    /// `CompileState` output records (nested templates record none).
    public var inputValues: [(name: String, text: String)] = []
    /// The stack policy its resources declare; nil when none declares one.
    public var stackPolicy: StackPolicy?
}

/// Wires nested stacks into their parent: parameters by name, bubbled-up parameters, and checks of
/// the outputs the parent reads.
enum Nesting {
    /// The parameter attributes a bubbled-up parameter keeps; its default is never there to keep.
    static let kept = [
        "Type", "Description", "AllowedValues", "AllowedPattern", "ConstraintDescription", "MinLength", "MaxLength", "MinValue",
        "MaxValue", "NoEcho",
    ]

    static func wire(
        _ declarations: [NestedDeclaration], into tree: inout Object, parent: String, inputs: [String: String],
        environment: [String: String], ancestors: [String]
    ) -> (children: [(logicalID: String, template: BuiltTemplate)], problems: [Diagnostic]) {
        var children: [(logicalID: String, template: BuiltTemplate)] = []
        var problems: [Diagnostic] = []
        var outputsBySibling: [(logicalID: String, outputs: Set<String>)] = []
        for declaration in declarations {
            let id = declaration.logicalID
            func problem(_ message: String) {
                problems.append(Diagnostic(rule: .nesting, message: message, path: ["Resources", id], location: declaration.origin))
            }
            if ancestors.contains(declaration.template.name) || declaration.template.name == parent {
                problem("nested stack '\(id)' nests template '\(declaration.template.name)' inside itself (\((ancestors + [parent, declaration.template.name]).joined(separator: " → ")))")
                continue
            }
            let child = declaration.template.buildNested(inputs: inputs, environment: environment, ancestors: ancestors + [parent])
            problems += child.problems.map { diagnostic in
                var inner = diagnostic
                inner.message = "nested stack '\(id)' (\(child.name)): \(diagnostic.message)"
                return inner
            }
            let declared = child.tree["Parameters"]?.objectValue ?? Object()
            for name in declaration.overrides.keys where declared[name] == nil {
                problem("nested stack '\(id)' sets parameter '\(name)', which template '\(child.name)' does not declare\(didYouMean(name, in: declared.keys))")
            }
            var wired = Object()
            for (name, parameter) in declared {
                if let value = declaration.overrides[name] {
                    wired[name] = value
                    continue
                }
                let givers = outputsBySibling.filter { $0.outputs.contains(name) }.map(\.logicalID)
                if givers.count > 1 {
                    problem("nested stack '\(id)' parameter '\(name)' matches the outputs of both \(givers.map { "'\($0)'" }.joined(separator: " and ")): set it with .parameter(\"\(name)\", …)")
                } else if let sibling = givers.first {
                    wired[name] = Fn.getAtt(sibling, "Outputs.\(name)")
                } else if tree["Parameters"]?.objectValue?[name] != nil {
                    wired[name] = Ref(name)
                } else if parameter.objectValue?["Default"] == nil {
                    var bubbled = Object()
                    for key in kept { if let value = parameter.objectValue?[key] { bubbled[key] = value } }
                    tree.set("Parameters", .object([name: .object(bubbled)]), origin: nil)
                    wired[name] = Ref(name)
                }
            }
            var properties: Object = ["TemplateURL": .string(BuiltTemplate.placeholderPath(parent: parent, child: id))]
            if !wired.isEmpty { properties["Parameters"] = .object(wired) }
            tree["Resources"]?.merge(.object([id: .object(["Properties": .object(properties)])]))
            outputsBySibling.append((id, Set(child.tree["Outputs"]?.objectValue?.keys ?? [])))
            children.append((id, child))
        }
        problems += checkOutputReads(in: tree, children: children)
        return (children, problems)
    }

    /// Every `Fn::GetAtt [Child, Outputs.X]` in the parent names an output the child has.
    static func checkOutputReads(in tree: Object, children: [(logicalID: String, template: BuiltTemplate)]) -> [Diagnostic] {
        let outputs = Dictionary(children.map { ($0.logicalID, $0.template.tree["Outputs"]?.objectValue?.keys.elements ?? []) }) { $1 }
        var problems: [Diagnostic] = []
        func visit(_ value: Value, path: [String]) {
            switch value {
            case .object(let object):
                if let (name, argument) = value.intrinsic, name == "Fn::GetAtt", let (resource, attribute) = attributeTarget(argument),
                    let known = outputs[resource], attribute.hasPrefix("Outputs.")
                {
                    let output = String(attribute.dropFirst("Outputs.".count))
                    if !known.contains(output) {
                        problems.append(Diagnostic(
                            rule: .nesting,
                            message: "Fn::GetAtt reads output '\(output)' of nested stack '\(resource)', which has no such output\(didYouMean(output, in: known))",
                            path: path))
                    }
                }
                for (key, child) in object { visit(child, path: path + [key]) }
            case .array(let items):
                for (index, item) in items.enumerated() { visit(item, path: path + ["\(index)"]) }
            default: break
            }
        }
        visit(.object(tree), path: [])
        return problems
    }

    private static func attributeTarget(_ argument: Value) -> (String, String)? {
        if let items = argument.arrayValue, items.count == 2, let resource = items[0].stringValue, let attribute = items[1].stringValue {
            return (resource, attribute)
        }
        if let text = argument.stringValue { return IntrinsicFunctions.resourceAndAttribute(text) }
        return nil
    }
}

extension BuiltTemplate {
    /// The `TemplateURL` a nested stack gets at compile time: its file's path relative to the
    /// parent's, which `aws cloudformation package` and lint understand. Deploying (or
    /// `compile --bucket`) replaces it with the uploaded object's URL.
    public static func placeholderPath(parent: String, child: String) -> String { "\(parent)/\(child).json" }
}
