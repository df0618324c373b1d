import Sparkle

// The DSL forms of parameters, outputs and conditions. Each is chosen only when the DSL element,
// built here from the very arguments the Swift source gives it, writes exactly what the template
// holds: the source cannot say something the check did not see.

/// `Parameter("Name", type: .string, default: …, …)`.
struct ParameterCall {
    let source: String

    /// The call for the parameter `name` declared as `object`, or nil when no call writes it exactly.
    init?(name: String, _ object: Object, _ literal: SwiftLiteral) {
        guard case .string(let typeName)? = object["Type"] else { return nil }
        var arguments = [Self.typeSource(typeName)]
        var type: ParameterType = ParameterType(rawValue: typeName)
        var defaultValue: Value?
        var allowedValues: [Value]?
        var strings: [String: String] = [:]
        var integers: [String: Int] = [:]
        var noEcho: Bool?
        for (key, value) in object {
            switch (key, value) {
            case ("Type", _): type = ParameterType(rawValue: typeName)
            case ("Default", _):
                defaultValue = value
                arguments.append("default: \(literal.inline(value))")
            case ("AllowedValues", .array(let values)):
                allowedValues = values
                arguments.append("allowedValues: \(literal.inline(value))")
            case ("AllowedPattern", .string(let text)), ("Description", .string(let text)), ("ConstraintDescription", .string(let text)):
                strings[key] = text
            case ("MinLength", .int(let number)), ("MaxLength", .int(let number)), ("MinValue", .int(let number)), ("MaxValue", .int(let number)):
                integers[key] = number
            case ("NoEcho", .bool(let flag)):
                noEcho = flag
            default:
                return nil
            }
        }
        // In the initializer's order, as Swift requires.
        for key in ["AllowedPattern", "Description", "ConstraintDescription"] {
            if let text = strings[key] { arguments.append("\(Self.label(key)): \(SwiftLiteral.string(text))") }
        }
        for key in ["MinLength", "MaxLength", "MinValue", "MaxValue"] {
            if let number = integers[key] { arguments.append("\(Self.label(key)): \(number)") }
        }
        if let noEcho { arguments.append("noEcho: \(noEcho)") }
        let built = Parameter(
            name, type: type, default: defaultValue, allowedValues: allowedValues, allowedPattern: strings["AllowedPattern"],
            description: strings["Description"], constraintDescription: strings["ConstraintDescription"],
            minLength: integers["MinLength"], maxLength: integers["MaxLength"], minValue: integers["MinValue"],
            maxValue: integers["MaxValue"], noEcho: noEcho)
        guard sameData(.object(built.fragment.root), ["Parameters": [name: .object(object)]]) else { return nil }
        // Arguments in the initializer's order: type, default, allowed values, then the rest.
        let ordered = arguments.sorted { Self.rank($0) < Self.rank($1) }
        source = "Parameter(\(SwiftLiteral.string(name)), \(ordered.joined(separator: ", ")))"
    }

    private static func label(_ key: String) -> String { key.prefix(1).lowercased() + key.dropFirst() }

    private static let order = [
        "type:", "default:", "allowedValues:", "allowedPattern:", "description:", "constraintDescription:", "minLength:",
        "maxLength:", "minValue:", "maxValue:", "noEcho:",
    ]

    private static func rank(_ argument: String) -> Int { order.firstIndex { argument.hasPrefix($0) } ?? order.count }

    /// `type: .string` for the types the DSL names, else the type as CloudFormation spells it.
    private static func typeSource(_ type: String) -> String {
        let named: [String: String] = [
            "String": "string", "Number": "number", "List<Number>": "numberList", "CommaDelimitedList": "commaDelimitedList",
            "AWS::EC2::KeyPair::KeyName": "keyPairName", "AWS::EC2::Image::Id": "imageId", "AWS::EC2::Instance::Id": "instanceId",
            "AWS::EC2::SecurityGroup::Id": "securityGroupId", "List<AWS::EC2::SecurityGroup::Id>": "securityGroupIdList",
            "AWS::EC2::Subnet::Id": "subnetId", "List<AWS::EC2::Subnet::Id>": "subnetIdList", "AWS::EC2::VPC::Id": "vpcId",
            "AWS::EC2::AvailabilityZone::Name": "availabilityZoneName", "AWS::Route53::HostedZone::Id": "hostedZoneId",
        ]
        return "type: " + (named[type].map { ".\($0)" } ?? SwiftLiteral.string(type))
    }
}

/// `Output("Name", value, description: …, export: …)`, with `.condition(…)`.
struct OutputCall {
    let source: String

    /// The call for the output `name` declared as `object`, or nil when no call writes it exactly.
    init?(name: String, _ object: Object, _ literal: SwiftLiteral) {
        guard let value = object["Value"] else { return nil }
        var description: String?
        var export: Value?
        var condition: String?
        for (key, entry) in object {
            switch (key, entry) {
            case ("Value", _): continue
            case ("Description", .string(let text)): description = text
            case ("Export", .object(let exported)) where exported.count == 1 && exported["Name"] != nil: export = exported["Name"]
            case ("Condition", .string(let name)): condition = name
            default: return nil
            }
        }
        var built = Output(name, value, description: description, export: export)
        if let condition { built = built.condition(ConditionName(condition)) }
        guard sameData(.object(built.fragment.root), ["Outputs": [name: .object(object)]]) else { return nil }
        var arguments = [SwiftLiteral.string(name), literal.value(value, indent: "", lead: name.count + 20)]
        if let description { arguments.append("description: \(SwiftLiteral.string(description))") }
        if let export { arguments.append("export: \(literal.inline(export))") }
        source = "Output(\(arguments.joined(separator: ", ")))" + (condition.map { "\n    .condition(\(literal.condition($0)))" } ?? "")
    }
}

/// `Rule("Name", when: …, assertions: [Assertion(…, description: …)])`.
struct RuleCall {
    let source: String

    /// The call for the rule `name` declared as `object`, or nil when no call writes it exactly.
    init?(name: String, _ object: Object, _ literal: SwiftLiteral) {
        guard case .array(let entries)? = object["Assertions"], object.keys.allSatisfy(["RuleCondition", "Assertions"].contains) else { return nil }
        var when: (source: String, value: ConditionExpression)?
        if let condition = object["RuleCondition"] {
            guard let translated = ConditionSource.translated(condition, literal) else { return nil }
            when = translated
        }
        var assertions: [(source: String, value: Assertion)] = []
        for entry in entries {
            guard case .object(let assertion) = entry, let assert = assertion["Assert"],
                assertion.keys.allSatisfy(["Assert", "AssertDescription"].contains),
                let translated = ConditionSource.translated(assert, literal)
            else { return nil }
            var description: String?
            if let text = assertion["AssertDescription"] {
                guard case .string(let string) = text else { return nil }
                description = string
            }
            let source = "Assertion(\(translated.source)" + (description.map { ", description: \(SwiftLiteral.string($0))" } ?? "") + ")"
            assertions.append((source, Assertion(translated.value, description: description)))
        }
        let built = Rule(name, when: when?.value, assertions: assertions.map(\.value))
        guard sameData(.object(built.fragment.root), ["Rules": [name: .object(object)]]) else { return nil }
        let head = "Rule(\(SwiftLiteral.string(name))" + (when.map { ", when: \($0.source)" } ?? "") + ", assertions: ["
        source = assertions.isEmpty ? head + "])" : head + "\n" + assertions.map { "    \($0.source),\n" }.joined() + "])"
    }
}

/// Condition expressions through `Fn.equals`, `Fn.and`, `Fn.or`, `Fn.not` and `Fn.condition`, and
/// the rule functions `Fn.contains`, `Fn.eachMemberEquals` and `Fn.eachMemberIn`.
enum ConditionSource {
    /// The Swift expression of `value`, or nil when a part of it has no helper that writes it exactly.
    static func expression(_ value: Value, _ literal: SwiftLiteral) -> String? {
        translated(value, literal)?.source
    }

    /// The Swift expression of `value` and the expression it builds, or nil when a part of it has
    /// no helper that writes it exactly.
    static func translated(_ value: Value, _ literal: SwiftLiteral) -> (source: String, value: ConditionExpression)? {
        guard let (source, built) = translate(value, literal), sameData(built.value, value) else { return nil }
        return (source, built)
    }

    private static func translate(_ value: Value, _ literal: SwiftLiteral) -> (String, ConditionExpression)? {
        guard case .object(let object) = value, object.count == 1, let (name, argument) = object.first else { return nil }
        switch (name, argument) {
        case ("Fn::Equals", .array(let sides)) where sides.count == 2:
            return ("Fn.equals(\(literal.inline(sides[0])), \(literal.inline(sides[1])))", Fn.equals(sides[0], sides[1]))
        case ("Fn::And", .array(let parts)) where !parts.isEmpty, ("Fn::Or", .array(let parts)) where !parts.isEmpty:
            var sources: [String] = []
            var expressions: [ConditionExpression] = []
            for part in parts {
                guard let (source, expression) = translate(part, literal) else { return nil }
                sources.append(source)
                expressions.append(expression)
            }
            let helper = name == "Fn::And" ? "and" : "or"
            return ("Fn.\(helper)(\(sources.joined(separator: ", ")))", name == "Fn::And" ? Fn.and(expressions) : Fn.or(expressions))
        case ("Fn::Not", .array(let parts)) where parts.count == 1:
            guard let (source, expression) = translate(parts[0], literal) else { return nil }
            return ("Fn.not(\(source))", Fn.not(expression))
        case ("Condition", .string(let other)):
            return ("Fn.condition(\(literal.condition(other)))", Fn.condition(ConditionName(other)))
        case ("Fn::Contains", .array(let parts)) where parts.count == 2:
            guard case .array(let list) = parts[0] else { return nil }
            return ("Fn.contains(\(literal.inline(parts[0])), \(literal.inline(parts[1])))", Fn.contains(list, parts[1]))
        case ("Fn::EachMemberEquals", .array(let parts)) where parts.count == 2:
            return ("Fn.eachMemberEquals(\(literal.inline(parts[0])), \(literal.inline(parts[1])))", Fn.eachMemberEquals(parts[0], parts[1]))
        case ("Fn::EachMemberIn", .array(let parts)) where parts.count == 2:
            return ("Fn.eachMemberIn(\(literal.inline(parts[0])), \(literal.inline(parts[1])))", Fn.eachMemberIn(parts[0], parts[1]))
        default:
            return nil
        }
    }
}

/// Whether `a` and `b` hold the same data: the same values and array order, objects' keys in any order.
func sameData(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.object(let left), .object(let right)):
        return left.count == right.count && left.allSatisfy { key, value in right[key].map { sameData(value, $0) } ?? false }
    case (.array(let left), .array(let right)):
        return left.count == right.count && zip(left, right).allSatisfy { sameData($0, $1) }
    default:
        return a == b
    }
}
