import Foundation
import SparkleTree
import SparkleValues
import SparkleValidation

/// Checks resources against their registry schemas: the type exists; at every depth, properties
/// exist (with a "did you mean" that catches `MultiAz` for `MultiAZ`), required ones are present,
/// keys that exclude or need each other are combined right, and literal values have the right JSON
/// type, allowed value and pattern; and `Fn::GetAtt` names a real attribute.
///
/// Only literals are judged: a value that is an intrinsic function is left to CloudFormation, except
/// that each branch of an `Fn::If` is judged as a candidate value. docs/rules.md lists the cases
/// that are left alone so that a valid template is never flagged.
public struct SchemaValidator {
    /// The findings on `template`; `today` dates the Lambda runtime rules (by default the current
    /// date, or `SPARKLE_TODAY` when set).
    public static func validate(_ template: Object, schemas: ResourceSchemas = .bundled, today: Date? = nil) -> [Diagnostic] {
        var validator = SchemaValidator(template: template, schemas: schemas, today: today)
        for check in checks { check.run(&validator) }
        return validator.diagnostics
    }

    /// One check: the rules it reports and how it runs.
    struct Check: Sendable {
        let rules: @Sendable (ResourceSchemas) -> [Rule]
        let run: @Sendable (inout SchemaValidator) -> Void

        init(_ rules: [Rule], _ run: @escaping @Sendable (inout SchemaValidator) -> Void) {
            self.init({ _ in rules }, run)
        }

        init(_ rules: @escaping @Sendable (ResourceSchemas) -> [Rule], _ run: @escaping @Sendable (inout SchemaValidator) -> Void) {
            self.rules = rules
            self.run = run
        }
    }

    /// Every check, in the order they run, each with the rules it reports: the one list both the
    /// run and ``rules`` are read from.
    static let checks: [Check] = [
        Check([
            .resourceType, .unknownProperty, .requiredProperty, .propertyType, .propertyEnum, .getAttAttribute, .propertyPattern,
            .propertyCombination, .arrayLength, .stringLength, .numberRange, .uniqueItems, .stringFormat, .serviceShutDown, .serviceSunsetting,
        ]) { $0.run() },
        Check([.runtimeCreateBlocked, .runtimeUpdateBlocked, .runtimeDeprecated]) { $0.checkLambdaRuntimes() },
        Check([.deletionPolicy, .updateReplacePolicy]) { $0.checkResourcePolicies() },
        Check(ResourceExtension.rules(in:)) { $0.checkExtensions() },
        Check([.secureStringPlace]) { $0.checkSecureStrings() },
        Check([.subNeeded]) { $0.checkSubNeeded() },
    ]

    /// Every rule the schema checks report.
    public static let rules: [Rule] = checks.flatMap { $0.rules(.bundled) }

    let template: Object
    let tree: Value
    let schemas: ResourceSchemas
    /// The schema data's string formats, read once per validation.
    let formats: [String: StringFormat]
    /// Whether the template declares the SAM transform, whose types have schemas of their own.
    private let isServerless: Bool
    private var diagnostics: [Diagnostic] = []
    /// What values may be once their functions are resolved.
    let view: ValueView
    /// Resource types by logical ID, for the resources whose type has a schema.
    var typed: [String: (type: String, schema: ResourceSchema)] = [:]
    /// What a reference may name on a SAM resource besides its attributes (`Function.Alias`):
    /// resources the SAM transform adds.
    private var samReferable: [String: Set<String>] = [:]

    /// The day the Lambda runtime rules date from; nil for today.
    let today: Date?

    private init(template: Object, schemas: ResourceSchemas, today: Date?) {
        self.today = today
        // Judged as CloudFormation sees it: with Fn::ForEach loops expanded.
        self.template = LanguageExtensions.expanded(template)
        tree = .object(self.template)
        view = ValueView(template: self.template)
        self.schemas = schemas
        formats = StringFormat.all(in: schemas)
        isServerless = self.template.declaresTransform(Serverless.transform)
    }

    mutating func report(_ rule: Rule, _ message: String, at path: [String], severity: Diagnostic.Severity? = nil) {
        diagnostics.append(
            Diagnostic(rule: rule, severity: severity, message: message, path: path, location: tree.nearestOrigin(along: path)))
    }

    /// Types no schema describes by design: custom resources, modules, and SAM types outside a
    /// SAM template (E3038 reports those).
    private func isUnchecked(_ type: String) -> Bool {
        Self.isCustomResource(type) || type.hasSuffix("::MODULE")
            || (type.hasPrefix("AWS::Serverless::") && !isServerless) || type.split(separator: "::").count != 3
    }


    fileprivate mutating func run() {
        guard !schemas.isEmpty, let resources = template["Resources"]?.objectValue else { return }
        for (name, resource) in resources {
            guard let type = resource.objectValue?["Type"]?.stringValue else { continue }
            if Self.isCustomResource(type) { checkServiceToken(of: name, resource.objectValue!) }
            guard !isUnchecked(type) else { continue }
            guard let schema = schemas.schema(for: type) else {
                let hint = didYouMean(type, in: schemas.typeNames)
                report(.resourceType, "resource '\(name)': unknown resource type '\(type)'\(hint)", at: ["Resources", name, "Type"])
                continue
            }
            // A SAM resource's attributes are those of the resource the transform makes of it.
            if !type.hasPrefix("AWS::Serverless::") {
                typed[name] = (type, schema)
            } else if let target = Self.serverlessTargets[type], let targetSchema = schemas.schema(for: target) {
                typed[name] = (target, targetSchema)
                samReferable[name] = schemas.derived(from: "sam-referable") { data in
                    data?.entries.reduce(into: [String: Set<String>]()) { $0[$1.0] = Set($1.1.stringValues ?? []) } ?? [:]
                }[type] ?? []
            }
            checkLifecycle(of: name, type: type, schema: schema)
            checkProperties(of: name, type: type, schema: schema, resource.objectValue!)
        }
        walkGetAtts()
    }

    static func isCustomResource(_ type: String) -> Bool {
        type.hasPrefix("Custom::") || type == "AWS::CloudFormation::CustomResource"
    }

    /// A custom resource's one required property: the Lambda function or SNS topic that serves it.
    private mutating func checkServiceToken(of name: String, _ resource: Object) {
        let properties = resource["Properties"] ?? .object(Object())
        guard case .object(let object) = properties, view.presence(of: object["ServiceToken"]) == .absent else { return }
        report(.requiredProperty, "custom resource '\(name)' is missing required properties: ServiceToken (the ARN of the Lambda function or SNS topic that serves it)", at: ["Resources", name, "Properties"])
    }

    private mutating func checkProperties(of name: String, type: String, schema: ResourceSchema, _ resource: Object) {
        let subject = Subject(resource: name, type: type, schema: schema)
        // No Properties reads as no properties: required keys and combinations still apply.
        var properties = resource["Properties"] ?? .object(Object())
        // SAM merges `Globals.<Kind>` into each resource of that kind first; the resource's own values win.
        if type.hasPrefix("AWS::Serverless::"), resource["IgnoreGlobals"] == nil, properties.intrinsic == nil,
            let globals = template["Globals"]?.objectValue?[String(type.dropFirst("AWS::Serverless::".count))]
        {
            var merged = globals
            merged.merge(properties)
            properties = merged
        }
        check(properties, against: schema.root, subject, at: ["Resources", name, "Properties"])
        if let target = Self.serverlessTargets[type], case .object(let object) = properties {
            checkPassedThrough(object, of: name, schema: schema, to: target)
        }
    }

    /// The CloudFormation type the SAM transform makes of a SAM type, passing its scalar
    /// properties of the same name through unchanged (a function's Runtime, MemorySize, Role).
    static let serverlessTargets = ["AWS::Serverless::Function": "AWS::Lambda::Function", "AWS::Serverless::LayerVersion": "AWS::Lambda::LayerVersion"]

    /// The scalar properties a SAM resource passes through, checked against the target type's
    /// schema as cfn-lint checks them after the transform; a fault the SAM schema already gave is
    /// not reported twice.
    private mutating func checkPassedThrough(_ properties: Object, of name: String, schema: ResourceSchema, to target: String) {
        guard let targetSchema = schemas.schema(for: target) else { return }
        let subject = Subject(resource: name, type: target, schema: targetSchema)
        let before = diagnostics.count
        for (key, value) in properties {
            guard let shape = targetSchema.properties[key], Self.scalarTypes.contains(targetSchema.resolved(shape).type),
                let own = schema.properties[key], !["object", "array"].contains(schema.resolved(own).type)
            else { continue }
            check(value, against: shape, subject, at: ["Resources", name, "Properties", key])
        }
        let earlier = Set(diagnostics[..<before].map { [$0.rule.id] + $0.path })
        diagnostics = Array(diagnostics[..<before]) + diagnostics[before...].filter { !earlier.contains([$0.rule.id] + $0.path) }
    }

    /// The resource whose properties are being checked, and how to name a place inside them.
    struct Subject {
        let resource: String
        let type: String
        let schema: ResourceSchema
        /// Paths start with `Resources`, the name and `Properties`; what follows is the property's place.
        static let propertiesDepth = 3

        /// `resource 'Bucket' (AWS::S3::Bucket)`, with ` at LifecycleConfiguration.Rules[0]` below the top.
        func describe(_ path: [String]) -> String {
            let place = self.place(of: path)
            return "resource '\(resource)' (\(type))" + (place.isEmpty ? "" : " at \(Self.dotted(place))")
        }

        /// `resource 'Bucket': LifecycleConfiguration.Rules[0].Status`, for a finding about a value.
        func value(at path: [String]) -> String {
            "resource '\(resource)': \(Self.dotted(place(of: path)))"
        }

        /// The property part of `path`, without the `Fn::If` branches taken to reach it.
        func place(of path: [String]) -> [String] {
            var place: [String] = []
            var skipBranch = false
            for part in path.dropFirst(Self.propertiesDepth) {
                if part == "Fn::If" {
                    skipBranch = true
                } else if skipBranch {
                    skipBranch = false
                } else {
                    place.append(part)
                }
            }
            return place
        }

        /// `LifecycleConfiguration.Rules[0].Status`: property names dotted, array positions bracketed.
        static func dotted(_ place: [String]) -> String {
            place.reduce(into: "") { text, part in
                if Int(part) != nil {
                    text += "[\(part)]"
                } else {
                    text += text.isEmpty ? part : ".\(part)"
                }
            }
        }
    }

    /// Checks `value` against `shape`, and what it holds against the shapes inside, in every form
    /// the value may take (see ``ValueView``): each `Fn::If` branch. A value known only at deploy
    /// time (a function, a dynamic reference) is not judged.
    private mutating func check(_ value: Value, against declared: PropertyShape, _ subject: Subject, at path: [String]) {
        let shape = subject.schema.resolved(declared)
        for alternative in view.alternatives(of: value) {
            guard let known = alternative.known else { continue }
            checkKnown(known, against: shape, subject, at: path + alternative.branch)
        }
    }

    private mutating func checkKnown(_ value: Value, against shape: PropertyShape, _ subject: Subject, at path: [String]) {
        if case .string(let text) = value,
            Validator.pseudoParameters.contains(text)
                || (!subject.schema.packagedProperties.isEmpty
                    && subject.schema.packagedProperties.contains(subject.place(of: path).joined(separator: "/")))
        {
            // `package` replaces local paths, and a bare pseudo parameter name is a fault of its own.
            return
        }
        guard checkType(value, expected: shape.type, subject, at: path) else { return }
        switch value {
        case .object(let object):
            checkObject(object, against: shape, subject, at: path)
        case .array(let elements):
            checkLimits(elements, against: shape, subject, at: path)
            guard let items = shape.items else { return }
            for (index, element) in elements.enumerated() {
                check(element, against: items, subject, at: path + [String(index)])
            }
        default:
            checkScalar(value, against: shape, subject, at: path)
            checkLimits(value, against: shape, subject, at: path)
        }
    }

    private mutating func checkObject(_ object: Object, against shape: PropertyShape, _ subject: Subject, at path: [String]) {
        // Fn::Transform, Fn::ForEach and other keys of the language extensions rewrite the object.
        if object.keys.contains(where: { $0.hasPrefix("Fn::") }) { return }
        for (key, child) in object {
            if let property = shape.properties[key] {
                check(child, against: property, subject, at: path + [key])
            } else if path.count == Subject.propertiesDepth, subject.schema.attributes.contains(key) {
                // A read-only property may be written; CloudFormation does not send it to the
                // resource's handler (cfn-lint's E3040, off by default, says so).
                continue
            } else if !shape.isOpen {
                let hint = didYouMean(key, in: shape.properties.keys)
                report(.unknownProperty, "\(subject.describe(path)) has no property '\(key)'\(hint)", at: path + [key])
            }
        }
        if shape.constrainsKeys {
            checkCombinations(object, against: shape, subject, at: path)
        }
    }

    /// Required keys and the keywords that say which keys go together, counting only what exists:
    /// a key whose value is `!Ref AWS::NoValue` is absent, and one that is there under a condition
    /// only satisfies a requirement but never counts against an exclusion.
    private mutating func checkCombinations(_ object: Object, against shape: PropertyShape, _ subject: Subject, at path: [String]) {
        // A null reads as absent, as cfn-lint reads it: `Value: ~` does not give a required Value.
        func maybe(_ key: String) -> Bool { view.presence(of: object[key]) != .absent }
        func surely(_ key: String) -> Bool { view.presence(of: object[key]) == .present }
        // Named only when something is reported: most objects pass.
        func subjectText() -> String { subject.describe(path) }
        let missing = shape.required.filter { !maybe($0) }
        if !missing.isEmpty {
            report(.requiredProperty, "\(subjectText()) is missing required properties: \(missing.joined(separator: ", "))", at: path)
        }
        func list(_ names: [String]) -> String { names.joined(separator: ", ") }
        if !shape.exactlyOne.isEmpty {
            let present = shape.exactlyOne.filter(surely)
            if present.count > 1 {
                report(.propertyCombination, "\(subjectText()) may have only one of \(list(shape.exactlyOne)), not \(list(present))", at: path)
            } else if !shape.exactlyOne.contains(where: maybe) {
                report(.propertyCombination, "\(subjectText()) needs one of \(list(shape.exactlyOne))", at: path)
            }
        }
        if !shape.atLeastOne.isEmpty, !shape.atLeastOne.contains(where: maybe) {
            report(.propertyCombination, "\(subjectText()) needs at least one of \(list(shape.atLeastOne))", at: path)
        }
        let sets = { (sets: [[String]]) in sets.map { "(\($0.joined(separator: " and ")))" }.joined(separator: " or ") }
        if !shape.exactlyOneSet.isEmpty {
            let complete = shape.exactlyOneSet.filter { $0.allSatisfy(surely) }
            if complete.count > 1 {
                report(.propertyCombination, "\(subjectText()) must match only one of \(sets(shape.exactlyOneSet)), not \(complete.count) of them", at: path)
            } else if !shape.exactlyOneSet.contains(where: { $0.allSatisfy(maybe) }) {
                report(.propertyCombination, "\(subjectText()) needs one of \(sets(shape.exactlyOneSet))", at: path)
            }
        }
        if !shape.atLeastOneSet.isEmpty, !shape.atLeastOneSet.contains(where: { $0.allSatisfy(maybe) }) {
            report(.propertyCombination, "\(subjectText()) needs at least one of \(sets(shape.atLeastOneSet))", at: path)
        }
        for (key, needed) in shape.dependentRequired.sorted(by: { $0.key < $1.key }) where surely(key) {
            let absent = needed.filter { !maybe($0) }
            if !absent.isEmpty {
                report(.propertyCombination, "\(subjectText()): \(key) needs \(list(absent)) as well", at: path + [key])
            }
        }
        for (key, excluded) in shape.dependentExcluded.sorted(by: { $0.key < $1.key }) where surely(key) {
            for clashing in excluded where surely(clashing) {
                report(.propertyCombination, "\(subjectText()): \(clashing) cannot be used with \(key)", at: path + [clashing])
            }
        }
    }

    /// Reports a literal of the wrong JSON type; returns whether the value may be checked further.
    private mutating func checkType(_ value: Value, expected: String, _ subject: Subject, at path: [String]) -> Bool {
        let actual: String
        switch value {
        case .object: actual = "object"
        case .array: actual = "array"
        case .null: return false
        case .string(let text):
            switch expected {
            case "boolean": actual = ["true", "false"].contains(text.lowercased()) ? "boolean" : "string"
            case "integer": actual = Int(text) != nil ? "integer" : "string"
            case "number": actual = Double(text) != nil ? "number" : "string"
            default: actual = "string"
            }
        case .bool: actual = "boolean"
        case .int: actual = expected == "number" ? "number" : "integer"
        case .double: actual = "number"
        case .number(let number): actual = number.text.contains(where: { ".eE".contains($0) }) || expected == "number" ? "number" : "integer"
        }
        let compatible =
            expected.isEmpty || actual == expected
            // CloudFormation converts between scalar kinds (a number where a string is expected, and back).
            || (Self.scalarTypes.contains(expected) && Self.scalarTypes.contains(actual) && expected != "boolean" && actual != "boolean")
            || (expected == "string" && actual == "boolean")
        if !compatible {
            report(.propertyType, "\(subject.value(at: path)) must be \(Self.article(expected)), not \(Self.article(actual))", at: path)
        }
        return compatible
    }

    private static let scalarTypes: Set<String> = ["string", "integer", "number", "boolean"]

    /// Allowed values and patterns of a literal scalar.
    private mutating func checkScalar(_ value: Value, against shape: PropertyShape, _ subject: Subject, at path: [String]) {
        let text: String
        switch value {
        case .string(let string): text = string
        case .int(let number): text = String(number)
        case .bool(let flag): text = flag ? "true" : "false"
        default: return
        }
        if let allowed = shape.allowedValues, !allowed.contains(where: { Self.equals(value, $0) }) {
            report(.propertyEnum, "\(subject.value(at: path)) '\(text)' is not one of \(allowed.joined(separator: ", "))", at: path)
        }
        if let pattern = shape.pattern, let expression = Patterns.shared.expression(pattern),
            expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil
        {
            report(.propertyPattern, "\(subject.value(at: path)) '\(text)' does not match \(pattern)", at: path)
        }
    }

    /// Whether a literal equals an allowed value the way cfn-lint compares them: CloudFormation reads
    /// `true`/`false` strings as booleans, so once either side is boolean-like both are compared
    /// as booleans (anything but "true" reading as false); otherwise as text.
    private static func equals(_ value: Value, _ allowed: String) -> Bool {
        func isTrue(_ text: String) -> Bool { text.lowercased() == "true" }
        func isBooleanLike(_ text: String) -> Bool {
            let lower = text.lowercased()
            return lower == "true" || lower == "false"
        }
        switch value {
        case .bool(let flag):
            return isTrue(allowed) == flag
        case .string(let text) where isBooleanLike(text) || isBooleanLike(allowed):
            return isTrue(text) == isTrue(allowed)
        case .string(let text):
            return text == allowed
        case .int(let number):
            return String(number) == allowed
        default:
            return true
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
                    if let dotted = argument.stringValue, let (resource, attribute) = IntrinsicFunctions.resourceAndAttribute(dotted) {
                        checkAttribute(resource, attribute, at: path + [name])
                    } else if let parts = argument.arrayValue, parts.count == 2, let resource = parts[0].stringValue,
                        let attribute = parts[1].stringValue
                    {
                        checkAttribute(resource, attribute, at: path + [name])
                    }
                } else if name == "Fn::Sub" {
                    let text = argument.stringValue ?? argument.arrayValue?.first?.stringValue ?? ""
                    let variables = Set(argument.arrayValue?.dropFirst().first?.objectValue?.keys ?? [])
                    for variable in Validator.subVariables(text) where !variables.contains(variable) {
                        if let (resource, attribute) = IntrinsicFunctions.resourceAndAttribute(variable) {
                            checkAttribute(resource, attribute, at: path + [name])
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
        // `Function.Version.FunctionArn` reads an attribute of the version SAM adds.
        guard let (type, schema) = typed[resource], samReferable[resource]?.contains(String(attribute.prefix { $0 != "." })) != true else { return }
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
