import Foundation
import SparkleTree

// Intrinsic functions: known names, argument shapes, and the sections each may appear in.

extension Rule {
    public static let intrinsicShape = Rule("E9021", "Intrinsic functions have the arguments CloudFormation expects", cfnLint: ["E1010", "E1011", "E1015", "E1016", "E1017", "E1018", "E1019", "E1020", "E1021", "E1022", "E1024", "E1028", "E6101", "E8003", "E8004", "E8005", "E8006"])
    public static let intrinsicPlacement = Rule("E9022", "Intrinsic functions appear only where CloudFormation allows them", cfnLint: ["E1031", "E2001", "E3012"])
    public static let number = Rule("E9023", "Numbers are finite")
    public static let unknownFunction = Rule("W9024", "Fn:: keys that are no CloudFormation function (a macro's or a tool's tags, such as !Rain::Embed) are carried through unchecked")
}

extension Validator {
    mutating func walkSections() {
        for (name, resource) in root["Resources"]?.objectValue ?? Object() {
            guard let attributes = resource.objectValue else { continue }
            path = ["Resources", name]
            for (key, value) in attributes {
                path.append(key)
                switch key {
                case "DependsOn": checkDependsOn(value, of: name)
                case "Condition": checkConditionName(value)
                case "Type", "DeletionPolicy", "UpdateReplacePolicy": break
                default: walk(value, scope: .resource)
                }
                path.removeLast()
            }
        }
        for (name, output) in root["Outputs"]?.objectValue ?? Object() {
            guard let attributes = output.objectValue else { continue }
            path = ["Outputs", name]
            for (key, value) in attributes {
                path.append(key)
                if key == "Condition" { checkConditionName(value) } else { walk(value, scope: .resource) }
                path.removeLast()
            }
        }
        for (name, condition) in root["Conditions"]?.objectValue ?? Object() where !Self.isLoop(name) {
            path = ["Conditions", name]
            walk(condition, scope: .condition)
        }
        for (name, rule) in root["Rules"]?.objectValue ?? Object() {
            path = ["Rules", name]
            walk(rule, scope: .condition)
        }
        for (name, value) in root["Parameters"]?.objectValue ?? Object() {
            if let parameter = value.objectValue {
                path = ["Parameters", name]
                for (key, attribute) in parameter where attribute.intrinsic != nil {
                    report(.intrinsicPlacement, "parameter attributes cannot use intrinsic functions", at: path + [key])
                }
            }
        }
        path = []
    }

    mutating func walk(_ value: Value, scope: Scope) {
        switch value {
        case .double(let double) where !double.isFinite:
            report(.number, "number \(double) is not finite")
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                path.append(String(index))
                walk(element, scope: scope)
                path.removeLast()
            }
        case .object(let object):
            if let (name, argument) = value.intrinsic {
                path.append(name)
                checkIntrinsic(name, argument, scope: scope)
                path.removeLast()
                return
            }
            for (key, child) in object {
                path.append(key)
                walk(child, scope: scope)
                path.removeLast()
            }
        default:
            break
        }
    }

    mutating func checkIntrinsic(_ name: String, _ argument: Value, scope: Scope) {
        if IntrinsicFunctions.conditionFunctions.contains(name) || IntrinsicFunctions.ruleFunctions.contains(name) {
            guard scope == .condition else {
                return report(.intrinsicPlacement, "\(name) is a condition function: it belongs in Conditions or Rules, not here")
            }
        } else if !IntrinsicFunctions.valueFunctions.contains(name) && !name.hasPrefix("Fn::ForEach::") {
            // Close to a function CloudFormation has: a typo. Otherwise a macro's or a tool's
            // (`!Rain::Embed`), which something before CloudFormation must replace.
            let hint = didYouMean(name, in: IntrinsicFunctions.known)
            if !hint.isEmpty { return report(.intrinsicShape, "unknown intrinsic function '\(name)'\(hint)") }
            return report(.unknownFunction, "'\(name)' is no CloudFormation function (a macro's or a tool's, such as !Rain::Embed?); it is not checked, and CloudFormation rejects it unless a transform replaces it first")
        }
        if Self.languageExtensionFunctions.contains(name) || name.hasPrefix("Fn::ForEach::"), !hasLanguageExtensions {
            report(.intrinsicPlacement, "\(name) needs `Transform: AWS::LanguageExtensions` in the template")
        }
        let elements = argument.arrayValue
        func shape(_ ok: Bool, _ expected: String) -> Bool {
            if !ok { report(.intrinsicShape, "\(name) expects \(expected)") }
            return ok
        }
        switch name {
        case "Ref":
            guard shape(argument.stringValue != nil, "a logical name string") else { return }
            checkRef(argument.stringValue!, scope: scope)
            return
        case "Condition":
            guard shape(argument.stringValue != nil, "a condition name string") else { return }
            checkConditionName(argument)
            return
        case "Fn::GetAtt":
            if let dotted = argument.stringValue, let (resource, _) = IntrinsicFunctions.resourceAndAttribute(dotted) {
                checkGetAtt(resource)
                return
            }
            guard shape(elements?.count == 2 && elements![0].stringValue != nil, "[LogicalName, AttributeName]")
            else { return }
            checkGetAtt(elements![0].stringValue!)
            walkArgument(elements![1], at: "1", scope: scope)
            return
        case "Fn::Sub":
            if let text = argument.stringValue {
                checkSub(text, variables: [])
                return
            }
            guard shape(elements?.count == 2 && elements![0].stringValue != nil && elements![1].objectValue != nil,
                "a string or [String, {Variable: Value}]") else { return }
            let variables = elements![1].objectValue!
            checkSub(elements![0].stringValue!, variables: Set(variables.keys))
            walkArgument(elements![1], at: "1", scope: scope)
            return
        case "Fn::If":
            guard shape(elements?.count == 3 && elements![0].stringValue != nil, "[ConditionName, ValueIfTrue, ValueIfFalse]")
            else { return }
            path.append("0")
            checkConditionName(elements![0])
            path.removeLast()
            walkArgument(elements![1], at: "1", scope: scope)
            walkArgument(elements![2], at: "2", scope: scope)
            return
        case "Fn::Join":
            _ = shape(elements?.count == 2 && elements![0].stringValue != nil, "[Delimiter, [Values]]")
        case "Fn::Select":
            // The index is a number, a numeric string or a function (Ref, FindInMap) giving one.
            _ = shape(elements.map { $0.count == 2 && Self.isIndex($0[0]) && ($0[1].arrayValue != nil || $0[1].objectValue != nil) } ?? false,
                      "[Index, List] with a numeric Index")
        case "Fn::Split":
            _ = shape(elements?.count == 2 && elements![0].stringValue != nil, "[Delimiter, String]")
        case "Fn::FindInMap":
            guard shape(elements.map { $0.count == 3 || $0.count == 4 } ?? false, "[MapName, TopLevelKey, SecondLevelKey]")
            else { return }
            checkFindInMap(elements!)
        case "Fn::Cidr":
            _ = shape(elements?.count == 3, "[IpBlock, Count, CidrBits]")
        case "Fn::Equals":
            _ = shape(elements?.count == 2, "[Value1, Value2]")
        case "Fn::And", "Fn::Or":
            _ = shape(elements.map { (2...10).contains($0.count) } ?? false, "a list of 2 to 10 conditions")
        case "Fn::Not":
            _ = shape(elements?.count == 1, "a list of one condition")
        case "Fn::ImportValue":
            if dependsOnResource(argument) {
                report(.intrinsicPlacement, "Fn::ImportValue cannot depend on a resource of the template")
            }
        case "Fn::GetAZs":
            _ = shape(argument.stringValue != nil || argument.intrinsic?.name == "Ref", "a region string or Ref")
        case "Fn::Contains", "Fn::EachMemberEquals":
            _ = shape(elements?.count == 2, "[ListOfStrings, String]")
        case "Fn::EachMemberIn":
            _ = shape(elements?.count == 2, "[StringsToCheck, StringsToMatch]")
        case "Fn::RefAll":
            _ = shape(argument.stringValue != nil, "a parameter type such as AWS::EC2::VPC::Id")
        case "Fn::ValueOfAll":
            _ = shape(elements?.count == 2 && elements![0].stringValue != nil, "[ParameterType, Attribute]")
        case "Fn::ValueOf":
            guard shape(elements?.count == 2, "[ParameterName, Attribute]") else { return }
            if let parameter = elements![0].stringValue, !parameters.contains(parameter) {
                report(.refTarget, "Fn::ValueOf of '\(parameter)', which is not a parameter of this template\(didYouMean(parameter, in: parameters))")
            }
        default:
            break
        }
        checkFunctionArguments(name, argument)
        walk(argument, scope: scope)
    }

    mutating func walkArgument(_ value: Value, at index: String, scope: Scope) {
        path.append(index)
        walk(value, scope: scope)
        path.removeLast()
    }

    /// Whether `value` can be `Fn::Select`'s index: a whole number, its text, or a function giving one.
    static func isIndex(_ value: Value) -> Bool {
        switch value {
        case .int(let number): number >= 0
        case .string(let text): UInt(text) != nil
        case .object: true
        default: false
        }
    }
}
