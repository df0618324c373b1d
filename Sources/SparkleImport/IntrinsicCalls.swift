import Sparkle

/// An intrinsic function written as its helper: `Fn.join(",", [Ref("A"), "b"])`, `Fn.if(…)`,
/// `Fn.sub("${AWS::StackName}-logs")`, `Ref("Bucket")`, `AWS.region`.
///
/// A call is made only when the helper, run here on the very arguments the source passes it,
/// writes exactly the function the template holds; so `{"Fn::GetAtt": "Bucket.Arn"}` (the string
/// form) or a `Fn::Join` of numbers stays a literal.
struct IntrinsicCall {
    /// One argument as the Swift source passes it.
    enum Argument {
        /// Any value, in a `Value` position.
        case value(Value)
        /// A Swift `String` (a delimiter, a mapping's name, a `Fn::Sub` text).
        case text(String)
        /// A string or a function's value, in a `some StringArgument` position.
        case stringArgument(Value)
        /// `[any StringArgument]`: the items of `Fn.join`.
        case stringList([Value])
        /// An `Int`.
        case int(Int)
        /// `ConditionName("…")`.
        case condition(String)
        /// `["name": value, …]` for a `KeyValuePairs<String, Value>`.
        case pairs([(String, Value)])
        /// A string literal with interpolations, for a `SubString`.
        case interpolated([SubTemplate.Part])
    }

    /// The helper, or a handle's property (`vpc.ref`) when there are no arguments.
    let function: String
    let arguments: [(label: String?, argument: Argument)]
    /// How the arguments are written.
    let literal: SwiftLiteral

    /// The helper call for `value`, or nil when it is no intrinsic function a helper writes exactly.
    static func call(for value: Value, in literal: SwiftLiteral) -> IntrinsicCall? {
        guard case .object(let object) = value, object.count == 1, let (name, argument) = object.first,
            let (call, built) = translate(name, argument, literal), sameData(built, value)
        else { return nil }
        return call
    }

    /// `value` as the Swift value the helper receives for a `some StringArgument`.
    private static func stringArgument(_ value: Value) -> any StringArgument {
        if case .string(let text) = value { return text }
        return value
    }

    // The helper's name, its arguments, and what running the helper on them writes.
    private static func translate(_ name: String, _ argument: Value, _ literal: SwiftLiteral) -> (IntrinsicCall, Value)? {
        func make(_ function: String, _ arguments: [(String?, Argument)], _ built: Value) -> (IntrinsicCall, Value) {
            (IntrinsicCall(function: function, arguments: arguments.map { (label: $0.0, argument: $0.1) }, literal: literal), built)
        }
        /// Whether `value` can be passed where a `some StringArgument` goes: a string, or a
        /// function whose helper writes it (so its source has type `Value`).
        func isStringArgument(_ value: Value) -> Bool {
            if case .string = value { return true }
            return call(for: value, in: literal) != nil
        }
        let resources = literal.handles.resources
        switch (name, argument) {
        case ("Ref", .string(let target)):
            if let pseudo = pseudoParameters[target] { return make("AWS.\(pseudo)", [], Ref(target)) }
            if let handle = resources[target] { return make("\(handle).ref", [], ResourceName(target).ref) }
            return make("Ref", [(nil, .text(target))], Ref(target))
        case ("Fn::GetAtt", .array(let parts)) where parts.count == 2:
            guard case .string(let resource) = parts[0] else { return nil }
            if case .string(let attribute) = parts[1] {
                if let handle = resources[resource] {
                    return make("\(handle).getAtt", [(nil, .text(attribute))], ResourceName(resource).getAtt(attribute))
                }
                return make("Fn.getAtt", [(nil, .text(resource)), (nil, .text(attribute))], Fn.getAtt(resource, attribute))
            }
            return make("Fn.getAtt", [(nil, .text(resource)), (nil, .value(parts[1]))], Fn.getAtt(resource, parts[1]))
        case ("Fn::Join", .array(let parts)) where parts.count == 2:
            guard case .string(let delimiter) = parts[0] else { return nil }
            if case .array(let items) = parts[1], items.allSatisfy(isStringArgument) {
                return make("Fn.join", [(nil, .text(delimiter)), (nil, .stringList(items))], Fn.join(delimiter, items.map(stringArgument)))
            }
            return make("Fn.join", [(nil, .text(delimiter)), ("list", .value(parts[1]))], Fn.join(delimiter, list: parts[1]))
        case ("Fn::Sub", .string(let text)):
            if let interpolated = SubTemplate(text).interpolated(resources: resources) {
                return make("Fn.sub", [(nil, .interpolated(interpolated.parts))], Fn.sub(interpolated.built))
            }
            return make("Fn.sub", [(nil, .text(text))], Fn.sub(SubString(stringLiteral: text)))
        case ("Fn::Sub", .array(let parts)) where parts.count == 2:
            guard case .string(let text) = parts[0], case .object(let variables) = parts[1], !variables.isEmpty else { return nil }
            let pairs = variables.map { ($0.key, $0.value) }
            return make("Fn.sub", [(nil, .text(text)), (nil, .pairs(pairs))], ["Fn::Sub": [.string(text), .object(variables)]])
        case ("Fn::Select", .array(let parts)) where parts.count == 2:
            if case .int(let index) = parts[0] { return make("Fn.select", [(nil, .int(index)), (nil, .value(parts[1]))], Fn.select(index, parts[1])) }
            return make("Fn.select", [(nil, .value(parts[0])), (nil, .value(parts[1]))], Fn.select(parts[0], parts[1]))
        case ("Fn::Split", .array(let parts)) where parts.count == 2:
            guard case .string(let delimiter) = parts[0], isStringArgument(parts[1]) else { return nil }
            return make("Fn.split", [(nil, .text(delimiter)), (nil, .stringArgument(parts[1]))], Fn.split(delimiter, stringArgument(parts[1])))
        case ("Fn::FindInMap", .array(let parts)) where parts.count == 3:
            guard case .string(let map) = parts[0], isStringArgument(parts[1]), isStringArgument(parts[2]) else { return nil }
            return make(
                "Fn.findInMap", [(nil, .text(map)), (nil, .stringArgument(parts[1])), (nil, .stringArgument(parts[2]))],
                Fn.findInMap(map, stringArgument(parts[1]), stringArgument(parts[2])))
        case ("Fn::Base64", let source) where isStringArgument(source):
            return make("Fn.base64", [(nil, .stringArgument(source))], Fn.base64(stringArgument(source)))
        case ("Fn::GetAZs", let region) where isStringArgument(region):
            if region == "" { return make("Fn.getAZs", [], Fn.getAZs()) }
            return make("Fn.getAZs", [(nil, .stringArgument(region))], Fn.getAZs(stringArgument(region)))
        case ("Fn::ImportValue", let export) where isStringArgument(export):
            return make("Fn.importValue", [(nil, .stringArgument(export))], Fn.importValue(stringArgument(export)))
        case ("Fn::Cidr", .array(let parts)) where parts.count == 3 && isStringArgument(parts[0]):
            if case .int(let count) = parts[1], case .int(let bits) = parts[2] {
                return make(
                    "Fn.cidr", [(nil, .stringArgument(parts[0])), ("count", .int(count)), ("cidrBits", .int(bits))],
                    Fn.cidr(stringArgument(parts[0]), count: count, cidrBits: bits))
            }
            return make(
                "Fn.cidr", [(nil, .stringArgument(parts[0])), ("count", .value(parts[1])), ("cidrBits", .value(parts[2]))],
                Fn.cidr(stringArgument(parts[0]), count: parts[1], cidrBits: parts[2]))
        case ("Fn::If", .array(let parts)) where parts.count == 3:
            guard case .string(let condition) = parts[0] else { return nil }
            return make(
                "Fn.if", [(nil, .condition(condition)), (nil, .value(parts[1])), (nil, .value(parts[2]))],
                Fn.if(ConditionName(condition), parts[1], parts[2]))
        case ("Fn::RefAll", .string(let type)):
            return make("Fn.refAll", [(nil, .text(type))], Fn.refAll(type))
        case ("Fn::ValueOf", .array(let parts)) where parts.count == 2:
            guard case .string(let parameter) = parts[0], case .string(let attribute) = parts[1] else { return nil }
            return make("Fn.valueOf", [(nil, .text(parameter)), (nil, .text(attribute))], Fn.valueOf(parameter, attribute))
        case ("Fn::ValueOfAll", .array(let parts)) where parts.count == 2:
            guard case .string(let type) = parts[0], case .string(let attribute) = parts[1] else { return nil }
            return make("Fn.valueOfAll", [(nil, .text(type)), (nil, .text(attribute))], Fn.valueOfAll(type, attribute))
        case ("Fn::Length", _):
            return make("Fn.length", [(nil, .value(argument))], Fn.length(argument))
        case ("Fn::ToJsonString", _):
            return make("Fn.toJsonString", [(nil, .value(argument))], Fn.toJsonString(argument))
        default:
            return nil
        }
    }

    /// The pseudo parameters `AWS` names, by their CloudFormation names.
    static let pseudoParameters = [
        "AWS::AccountId": "accountId", "AWS::NotificationARNs": "notificationARNs", "AWS::NoValue": "noValue",
        "AWS::Partition": "partition", "AWS::Region": "region", "AWS::StackId": "stackId", "AWS::StackName": "stackName",
        "AWS::URLSuffix": "urlSuffix",
    ]

    /// The call on one line.
    var inline: String {
        if arguments.isEmpty, !function.hasPrefix("Fn.") { return function }
        return function + "(" + arguments.map { label($0.label) + inline($0.argument) }.joined(separator: ", ") + ")"
    }

    /// The call with each argument broken over lines as it needs, its continuation lines
    /// indented from `indent`.
    func render(indent: String) -> String {
        let inner = indent + "    "
        let rendered = arguments.map { label($0.label) + render($0.argument, indent: indent, inner: inner) }
        // One argument, or a short head and a last argument that breaks (`Fn.join("", [`), stays on
        // the call's line; otherwise every argument gets a line of its own.
        let head = rendered.dropLast().joined(separator: ", ")
        if rendered.dropLast().allSatisfy({ !$0.contains("\n") }), head.count + indent.count + function.count < SwiftLiteral.width {
            return function + "(" + (head.isEmpty ? "" : head + ", ") + (rendered.last ?? "") + ")"
        }
        let lines = arguments.map { inner + label($0.label) + render($0.argument, indent: inner, inner: inner + "    ") }
        return function + "(\n" + lines.joined(separator: ",\n") + "\n" + indent + ")"
    }

    private func label(_ label: String?) -> String { label.map { "\($0): " } ?? "" }

    private func inline(_ argument: Argument) -> String {
        switch argument {
        case .value(let value), .stringArgument(let value): literal.inline(value)
        case .text(let text): SwiftLiteral.string(text)
        case .stringList(let items): "[" + items.map(literal.inline).joined(separator: ", ") + "]"
        case .int(let number): String(number)
        case .condition(let name): literal.condition(name)
        case .pairs(let pairs): "[" + pairs.map { SwiftLiteral.string($0.0) + ": " + literal.inline($0.1) }.joined(separator: ", ") + "]"
        case .interpolated(let parts): SwiftLiteral.interpolated(parts)
        }
    }

    /// An argument starting at the end of a line indented by `indent`; its own lines at `inner`.
    private func render(_ argument: Argument, indent: String, inner: String) -> String {
        let flat = inline(argument)
        if !flat.contains("\n"), flat.count + indent.count + 20 <= SwiftLiteral.width { return flat }
        switch argument {
        case .value(let value), .stringArgument(let value): return literal.value(value, indent: indent)
        case .text(let text): return SwiftLiteral.string(text, indent: indent)
        case .stringList(let items):
            return "[\n" + items.map { inner + literal.value($0, indent: inner) + ",\n" }.joined() + indent + "]"
        case .pairs(let pairs):
            return "[\n" + pairs.map { inner + SwiftLiteral.string($0.0) + ": " + literal.value($0.1, indent: inner) + ",\n" }.joined() + indent + "]"
        case .interpolated(let parts): return SwiftLiteral.interpolated(parts, indent: indent)
        case .int, .condition: return flat
        }
    }
}
