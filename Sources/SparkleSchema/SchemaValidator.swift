import SparkleTree
import SparkleValidation

/// Checks resources against their registry schemas: the type exists, properties exist (with a
/// "did you mean" that catches `MultiAz` for `MultiAZ`), required ones are present, literal values
/// have the right JSON type and allowed value, and `Fn::GetAtt` names a real attribute.
///
/// Only literals are judged: a value that is an intrinsic function is left to CloudFormation.
public struct SchemaValidator {
    public static func validate(_ template: Object, schemas: ResourceSchemas = .bundled) -> [Diagnostic] {
        var validator = SchemaValidator(template: template, schemas: schemas)
        validator.run()
        return validator.diagnostics
    }

    private let template: Object
    private let tree: Value
    private let schemas: ResourceSchemas
    private var diagnostics: [Diagnostic] = []
    /// Resource types by logical ID, for the resources whose type has a schema.
    private var typed: [String: (type: String, schema: ResourceSchema)] = [:]

    private init(template: Object, schemas: ResourceSchemas) {
        self.template = template
        tree = .object(template)
        self.schemas = schemas
    }

    private mutating func report(_ rule: Rule, _ message: String, at path: [String]) {
        diagnostics.append(Diagnostic(rule: rule.id, message: message, path: path, location: tree.nearestOrigin(along: path)))
    }

    /// Types no schema describes by design: custom resources, modules, and those a transform expands.
    private func isUnchecked(_ type: String) -> Bool {
        type.hasPrefix("Custom::") || type == "AWS::CloudFormation::CustomResource" || type.hasSuffix("::MODULE")
            || type.hasPrefix("AWS::Serverless::") || type.split(separator: "::").count != 3
    }

    private mutating func run() {
        guard !schemas.typeNames.isEmpty, let resources = template["Resources"]?.objectValue else { return }
        for (name, resource) in resources {
            guard let type = resource.objectValue?["Type"]?.stringValue, !isUnchecked(type) else { continue }
            guard let schema = schemas.schema(for: type) else {
                let hint = didYouMean(type, in: schemas.typeNames)
                report(.resourceType, "resource '\(name)': unknown resource type '\(type)'\(hint)", at: ["Resources", name, "Type"])
                continue
            }
            typed[name] = (type, schema)
            checkProperties(of: name, type: type, schema: schema, resource.objectValue!)
        }
        walkGetAtts()
    }

    private mutating func checkProperties(of name: String, type: String, schema: ResourceSchema, _ resource: Object) {
        let path = ["Resources", name, "Properties"]
        guard let properties = resource["Properties"]?.objectValue else {
            if resource["Properties"] == nil, !schema.required.isEmpty {
                report(.requiredProperty, "resource '\(name)' (\(type)) is missing required properties: \(schema.required.joined(separator: ", "))", at: ["Resources", name])
            }
            return
        }
        if Value.object(properties).intrinsic != nil { return }  // Properties: !If [...] and the like
        for (key, value) in properties {
            guard let expected = schema.properties[key] else {
                let hint = didYouMean(key, in: schema.properties.keys)
                report(.unknownProperty, "resource '\(name)' (\(type)) has no property '\(key)'\(hint)", at: path + [key])
                continue
            }
            checkLiteral(value, expected: expected, enum: schema.enums[key], resource: name, property: key, at: path + [key])
        }
        let missing = schema.required.filter { properties[$0] == nil }
        if !missing.isEmpty {
            report(.requiredProperty, "resource '\(name)' (\(type)) is missing required properties: \(missing.joined(separator: ", "))", at: path)
        }
    }

    private mutating func checkLiteral(
        _ value: Value, expected: String, enum allowed: [String]?, resource: String, property: String, at path: [String]
    ) {
        if value.intrinsic != nil { return }
        let actual: String
        switch value {
        case .object: actual = "object"
        case .array: actual = "array"
        case .null: return
        case .string(let text):
            switch expected {
            case "boolean": actual = ["true", "false"].contains(text.lowercased()) ? "boolean" : "string"
            case "integer": actual = Int(text) != nil ? "integer" : "string"
            case "number": actual = Double(text) != nil ? "number" : "string"
            default: actual = "string"
            }
            if let allowed, expected == "string" || expected.isEmpty, !allowed.contains(text) {
                report(
                    .propertyEnum,
                    "resource '\(resource)': \(property) '\(text)' is not one of \(allowed.joined(separator: ", "))", at: path)
            }
        case .bool: actual = "boolean"
        case .int: actual = expected == "number" ? "number" : "integer"
        case .double: actual = "number"
        }
        let scalars: Set<String> = ["string", "integer", "number", "boolean"]
        let compatible =
            expected.isEmpty || actual == expected
            // CloudFormation converts between scalar kinds (a number where a string is expected, and back).
            || (scalars.contains(expected) && scalars.contains(actual) && expected != "boolean" && actual != "boolean")
            || (expected == "string" && actual == "boolean")
        if !compatible {
            report(.propertyType, "resource '\(resource)': \(property) must be \(Self.article(expected)), not \(Self.article(actual))", at: path)
        }
    }

    private static func article(_ type: String) -> String {
        ["array", "integer", "object"].contains(type) ? "an \(type)" : "a \(type)"
    }

    // MARK: Attributes

    private mutating func walkGetAtts() {
        for section in ["Resources", "Outputs"] {
            for (name, value) in template[section]?.objectValue ?? Object() {
                visit(value, path: [section, name])
            }
        }
    }

    private mutating func visit(_ value: Value, path: [String]) {
        switch value {
        case .array(let elements):
            for (index, element) in elements.enumerated() { visit(element, path: path + [String(index)]) }
        case .object(let object):
            if let (name, argument) = value.intrinsic {
                if name == "Fn::GetAtt" {
                    if let dotted = argument.stringValue, let dot = dotted.firstIndex(of: ".") {
                        checkAttribute(String(dotted[..<dot]), String(dotted[dotted.index(after: dot)...]), at: path + [name])
                    } else if let parts = argument.arrayValue, parts.count == 2, let resource = parts[0].stringValue,
                        let attribute = parts[1].stringValue
                    {
                        checkAttribute(resource, attribute, at: path + [name])
                    }
                } else if name == "Fn::Sub" {
                    let text = argument.stringValue ?? argument.arrayValue?.first?.stringValue ?? ""
                    let variables = Set(argument.arrayValue?.dropFirst().first?.objectValue?.keys ?? [])
                    for variable in Validator.subVariables(text) where !variables.contains(variable) {
                        if let dot = variable.firstIndex(of: ".") {
                            checkAttribute(String(variable[..<dot]), String(variable[variable.index(after: dot)...]), at: path + [name])
                        }
                    }
                }
            }
            for (key, child) in object { visit(child, path: path + [key]) }
        default:
            break
        }
    }

    private mutating func checkAttribute(_ resource: String, _ attribute: String, at path: [String]) {
        guard let (type, schema) = typed[resource] else { return }
        // Nested stacks expose Outputs.<Name>; types without read-only properties publish none we can check.
        if type == "AWS::CloudFormation::Stack" && attribute.hasPrefix("Outputs.") { return }
        // Registry schemas list read-only properties; writable ones are readable too (a VPC's CidrBlock).
        let first = String(attribute.prefix { $0 != "." })
        guard !schema.attributes.contains(attribute), schema.properties[first] == nil, schema.properties[attribute] == nil
        else { return }
        guard !schema.attributes.isEmpty || !schema.properties.isEmpty else { return }
        let candidates = schema.attributes.union(schema.properties.keys)
        let hint = didYouMean(attribute, in: candidates)
        report(.getAttAttribute, "Fn::GetAtt: resource '\(resource)' (\(type)) has no attribute '\(attribute)'\(hint)", at: path)
    }
}
