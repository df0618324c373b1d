import Sparkle

/// A CloudFormation template written as Sparkle Swift: source files that compile back to the very
/// template they were made from (the same keys, values and array order; only the order of an
/// object's keys may follow Sparkle's canonical order).
///
/// The code is written the way the DSL articles teach: each resource a typed computed property in
/// files of about ten, parameters, conditions and outputs in their DSL forms, intrinsic functions
/// through their helpers. A form is used only where it writes exactly what the template holds;
/// anything else (a one-name `DependsOn` list, a `null`, an empty `Properties`, a section the DSL
/// has no form for) is carried as a literal, never dropped or changed.
///
/// ```swift
/// let tree = try TemplateParser.parseTemplate(bytes, file: "web.yaml")
/// let imported = TemplateImport(tree, name: "web", source: "web.yaml")
/// for file in imported.files { try file.text.write(toFile: "Sources/MyTemplates/\(file.path)", …) }
/// ```
public struct TemplateImport: Sendable {
    /// One Swift source file, by its path below the folder the templates go in.
    public struct File: Sendable, Equatable {
        public var path: String
        public var text: String
    }

    /// The template's catalog name (`web_stack`).
    public let name: String
    /// The Swift constant that holds the template (`webStackTemplate`; the suffix keeps it apart
    /// from the package's own constants).
    public let constant: String
    /// The files: the template, then its parts, in the folder named after the template.
    public let files: [File]

    /// How many resources it has (entries of its `Resources` that are objects).
    public let resourceCount: Int
    /// The lines of the source's YAML comments, which the Swift does not carry.
    public internal(set) var droppedComments: [Int] = []

    /// Resources per file: an edit rebuilds one small file (see "Writing templates that build fast").
    static let resourcesPerFile = 10
    /// Statements per builder function for parameters, conditions and outputs.
    static let entriesPerFunction = 25

    /// Imports `template`, to be listed in the catalog as `name`; `source` (a file name or a
    /// stack) is named in the files' header comment.
    public init(_ template: Object, name: String, source: String) {
        self.name = name
        constant = SwiftNames.lowerCamel(name + "_template")
        files = Writer(template: template, name: name, constant: constant, source: source).files()
        resourceCount = template["Resources"]?.objectValue?.filter { $0.value.objectValue != nil }.count ?? 0
    }
}

/// Writes one template's files.
private struct Writer {
    let template: Object
    let name: String
    let constant: String
    let source: String
    /// The namespace of the template's parts, so that two templates' resources never clash.
    let namespace: String
    /// The property of each resource and condition declared as one, by logical ID and name.
    let resourceProperties: [String: String]
    let conditionProperties: [String: String]
    /// Values in the template's own body, outside the namespace: every reference by name.
    let plain = SwiftLiteral()
    /// Values in the namespace's parts, where resources and conditions have handles.
    let literal: SwiftLiteral

    init(template: Object, name: String, constant: String, source: String) {
        self.template = template
        self.name = name
        self.constant = constant
        self.source = source
        namespace = SwiftNames.upperCamel(name + "_template")
        var members = SwiftNames.Unique(reserving: ["parameters", "rules", "conditions", "resources", "outputs"])
        let resources = template["Resources"]?.objectValue ?? Object()
        let conditions = template["Conditions"]?.objectValue ?? Object()
        var resourceProperties: [String: String] = [:]
        for (id, value) in resources where value.objectValue != nil { resourceProperties[id] = members.make(SwiftNames.lowerCamel(id)) }
        var conditionProperties: [String: String] = [:]
        for (name, value) in conditions where ConditionSource.expression(value, SwiftLiteral()) != nil {
            conditionProperties[name] = members.make(SwiftNames.lowerCamel(name))
        }
        self.resourceProperties = resourceProperties
        self.conditionProperties = conditionProperties
        // A handle's getter builds what it names, so a handle may only name what takes part in no
        // cycle of references (a cycle is a template error, but such a template imports too).
        let cyclicResources = References.cyclic(in: resources, nodes: resourceProperties.keys)
        let cyclicConditions = References.cyclic(in: conditions, nodes: conditionProperties.keys)
        let handles = Handles(
            resources: resourceProperties.filter { !cyclicResources.contains($0.key) },
            conditions: conditionProperties.filter { !cyclicConditions.contains($0.key) })
        literal = SwiftLiteral(handles: handles)
    }

    func files() -> [TemplateImport.File] {
        var body: [String] = []
        var parts: [(file: String, text: String)] = []
        var description: String?
        for (key, value) in template {
            switch (key, value) {
            case ("AWSTemplateFormatVersion", .string(let version)):
                body.append(version == "2010-09-09" ? "FormatVersion()" : "FormatVersion(\(SwiftLiteral.string(version)))")
            case ("Description", .string(let text)):
                description = text
            case ("Metadata", .object(let entries)):
                body += entries.map { call("Metadata(\(SwiftLiteral.string($0.key)), ", $0.value, plain) }
            case ("Globals", .object(let entries)):
                body += entries.map { call("Globals(\(SwiftLiteral.string($0.key)), ", $0.value, plain) }
            case ("Transform", .string(let macro)):
                body.append("Transform(\(SwiftLiteral.string(macro)))")
            case ("Transform", .array(let macros)) where macros.count > 1 && macros.allSatisfy({ $0.stringValue != nil }):
                body.append("Transform(\(macros.map { SwiftLiteral.string($0.stringValue!) }.joined(separator: ", ")))")
            case ("Mappings", .object(let mappings)):
                body += mappings.map { call("Mapping(\(SwiftLiteral.string($0.key)), ", $0.value, plain) }
            case ("Parameters", .object(let parameters)) where !parameters.isEmpty:
                let items = parameters.map { (listed: parameter($0.key, $0.value), declaration: String?.none) }
                parts.append(("Parameters", part("parameters", items, &body)))
            case ("Rules", .object(let rules)) where !rules.isEmpty:
                let items = rules.map { (listed: rule($0.key, $0.value), declaration: String?.none) }
                parts.append(("Rules", part("rules", items, &body)))
            case ("Conditions", .object(let conditions)) where !conditions.isEmpty:
                parts.append(("Conditions", part("conditions", conditions.map { condition($0.key, $0.value) }, &body)))
            case ("Resources", .object(let resources)) where !resources.isEmpty:
                let items = resources.map { resource($0.key, $0.value) }
                let files = chunks(items, of: TemplateImport.resourcesPerFile)
                for (index, chunk) in files.enumerated() {
                    // `resources_2`: a property's name (lower camel case) never has an underscore.
                    let suffix = files.count > 1 ? "\(index + 1)" : ""
                    parts.append(("Resources\(suffix)", part(suffix.isEmpty ? "resources" : "resources_\(suffix)", chunk, &body)))
                }
            case ("Outputs", .object(let outputs)) where !outputs.isEmpty:
                let items = outputs.map { (listed: output($0.key, $0.value), declaration: String?.none) }
                parts.append(("Outputs", part("outputs", items, &body)))
            default:
                body.append(call("Key(\(SwiftLiteral.string(key)), ", value, plain))
            }
        }
        let header = "// Imported from \(source) by `sparkle import`.\n\nimport Sparkle\n\n"
        let arguments = description.map { ", description: \(SwiftLiteral.string($0, indent: "    "))" } ?? ""
        let main = header + "public let \(constant) = Template(\(SwiftLiteral.string(name))\(arguments)) {\n"
            + body.map { indented($0, by: "    ") + "\n" }.joined() + "}\n\n/// The parts of `\(constant)`.\nenum \(namespace) {}\n"
        return [TemplateImport.File(path: "\(name)/\(name).swift", text: main)]
            + parts.map { TemplateImport.File(path: "\(name)/\(name)+\($0.file).swift", text: header + $0.text) }
    }

    /// One file of the namespace: `@TemplateBuilder` functions (of at most
    /// ``TemplateImport/entriesPerFunction`` statements, called from the template's body) listing
    /// `items`, then the declarations of those that are properties.
    private func part(_ base: String, _ items: [(listed: String, declaration: String?)], _ body: inout [String]) -> String {
        let chunks = chunks(items, of: TemplateImport.entriesPerFunction)
        var text = "extension \(namespace) {\n"
        for (index, chunk) in chunks.enumerated() {
            let function = chunks.count == 1 ? base : "\(base)_\(index + 1)"
            body.append("\(namespace).\(function)()")
            if index > 0 { text += "\n" }
            text += "    @TemplateBuilder static func \(function)() -> Fragment {\n"
            text += chunk.map { indented($0.listed, by: "        ") + "\n" }.joined() + "    }\n"
        }
        for declaration in items.compactMap(\.declaration) { text += "\n" + indented(declaration, by: "    ") + "\n" }
        return text + "}\n"
    }

    /// A resource: its property, listed, and the property's declaration; an entry that is not an
    /// object (an `Fn::ForEach`, a stray value) is carried as it is.
    private func resource(_ id: String, _ value: Value) -> (listed: String, declaration: String?) {
        guard let property = resourceProperties[id], let declaration = resourceDeclaration(id, value) else {
            return (call("Merge(", ["Resources": .object(Object([id: value]))], literal), nil)
        }
        return (property, "static var \(property): Resource {\n" + indented(declaration, by: "    ") + "\n}")
    }

    /// `Resource("Id", type: "AWS::…") { Property(…) }` with its attributes as modifiers; nil for
    /// an entry that is not an object.
    private func resourceDeclaration(_ id: String, _ value: Value) -> String? {
        guard case .object(let object) = value else { return nil }
        var head = "Resource(\(SwiftLiteral.string(id))"
        if case .string(let type)? = object["Type"] { head += ", type: \(SwiftLiteral.string(type))" }
        head += ")"
        var modifiers: [String] = []
        var properties: [String]?
        for (key, attribute) in object {
            switch (key, attribute) {
            case ("Type", .string):
                continue
            case ("Properties", .object(let values)) where !values.isEmpty:
                properties = values.map { name, value in
                    // `Property` writes nothing for null; a null property is kept through a literal.
                    value == .null
                        ? "Merge([\(SwiftLiteral.string(name)): .null])"
                        : call("Property(\(SwiftLiteral.string(name)), ", value, literal)
                }
            case ("Condition", .string(let condition)):
                modifiers.append(".condition(\(literal.condition(condition)))")
            case ("DependsOn", .string(let name)):
                modifiers.append(".dependsOn(\(resourceReference(name)))")
            case ("DependsOn", .array(let names)) where names.count > 1 && names.allSatisfy({ $0.stringValue != nil }):
                modifiers.append(".dependsOn(\(names.map { resourceReference($0.stringValue!) }.joined(separator: ", ")))")
            case ("DeletionPolicy", .string(let policy)) where DeletionPolicy(rawValue: policy) != nil:
                modifiers.append(".deletionPolicy(.\(Self.policyCase(policy)))")
            case ("UpdateReplacePolicy", .string(let policy)) where DeletionPolicy(rawValue: policy) != nil:
                modifiers.append(".updateReplacePolicy(.\(Self.policyCase(policy)))")
            case ("Metadata", _):
                modifiers.append(call(".metadata(", attribute, literal))
            case ("CreationPolicy", _):
                modifiers.append(call(".creationPolicy(", attribute, literal))
            case ("UpdatePolicy", _):
                modifiers.append(call(".updatePolicy(", attribute, literal))
            default:
                modifiers.append(call(".attribute(\(SwiftLiteral.string(key)), ", attribute, literal))
            }
        }
        var text = head
        if let properties { text += " {\n" + properties.map { indented($0, by: "    ") + "\n" }.joined() + "}" }
        return text + modifiers.map { "\n" + indented($0, by: "    ") }.joined()
    }

    /// The resource `id` where a `ResourceReference` goes: its handle, else `ResourceName("…")`.
    private func resourceReference(_ id: String) -> String {
        literal.handles.resources[id] ?? "ResourceName(\(SwiftLiteral.string(id)))"
    }

    private static func policyCase(_ policy: String) -> String {
        switch DeletionPolicy(rawValue: policy)! {
        case .delete: "delete"
        case .retain: "retain"
        case .retainExceptOnCreate: "retainExceptOnCreate"
        case .snapshot: "snapshot"
        }
    }

    /// `Parameter("Name", type: …, …)` when its arguments write exactly the parameter; else the
    /// parameter as a literal.
    private func parameter(_ name: String, _ value: Value) -> String {
        if case .object(let object) = value, let call = ParameterCall(name: name, object, literal) { return call.source }
        return call("Merge(", ["Parameters": .object(Object([name: value]))], literal)
    }

    /// `Rule("Name", when: …, assertions: […])` when that writes exactly the rule; else a literal.
    private func rule(_ name: String, _ value: Value) -> String {
        if case .object(let object) = value, let call = RuleCall(name: name, object, literal) { return call.source }
        return call("Merge(", ["Rules": .object(Object([name: value]))], literal)
    }

    /// A condition: its property, listed, and the property's declaration, `Condition("Name",
    /// Fn.equals(…))`; a condition whose expression has no helpers is carried as a literal.
    private func condition(_ name: String, _ value: Value) -> (listed: String, declaration: String?) {
        guard let property = conditionProperties[name], let expression = ConditionSource.expression(value, literal) else {
            return (call("Merge(", ["Conditions": .object(Object([name: value]))], literal), nil)
        }
        return (property, "static var \(property): Condition {\n    Condition(\(SwiftLiteral.string(name)), \(expression))\n}")
    }

    /// `Output("Name", value, description: …, export: …)` when that writes exactly the output;
    /// else a literal.
    private func output(_ name: String, _ value: Value) -> String {
        if case .object(let object) = value, let call = OutputCall(name: name, object, literal) { return call.source }
        return call("Merge(", ["Outputs": .object(Object([name: value]))], literal)
    }
}

/// `head`, then `value` as Swift (written by `literal`), then `)`: the value's continuation lines
/// are indented from the statement's first column, and its first line counts the head and the
/// body's indentation.
private func call(_ head: String, _ value: Value, _ literal: SwiftLiteral) -> String {
    head + literal.value(value, indent: "", lead: head.count + 8) + ")"
}

/// `items` in runs of at most `size`, in order.
private func chunks<Item>(_ items: [Item], of size: Int) -> [[Item]] {
    stride(from: 0, to: items.count, by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
}

/// `text` with every line indented by `prefix`. A multi-line string literal moves as a whole
/// (Swift strips its closing delimiter's indentation from each line); its empty lines stay empty.
private func indented(_ text: String, by prefix: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : prefix + $0 }.joined(separator: "\n")
}
