import Foundation
import SparkleTree

// References by name: Ref, Fn::GetAtt, Fn::Sub variables, DependsOn, conditions and mappings.

extension Rule {
    public static let refTarget = Rule("E1020", "Ref names a parameter, resource or pseudo parameter of the template", cfnLint: ["E1020", "E6101"])
    public static let getAttTarget = Rule("E1010", "Fn::GetAtt names a resource of the template", cfnLint: ["E1010", "E6101"])
    public static let subVariable = Rule("E1019", "Every ${Name} of Fn::Sub names a parameter, resource, attribute or variable", cfnLint: ["E1019"])
    public static let dependsOn = Rule("E3005", "DependsOn names other resources of the template", cfnLint: ["E3001", "E3005"])
    public static let conditionTarget = Rule("E9035", "Condition attributes, Fn::If and Condition name declared conditions", cfnLint: ["E1028", "E3015", "E8002", "E8004"])
    public static let findInMap = Rule("E1011", "Fn::FindInMap names a declared mapping and, when literal, its keys", cfnLint: ["E1011"])
}

extension Validator {
    mutating func checkRef(_ target: String, scope: Scope) {
        if target.hasPrefix("AWS::") {
            if !Self.pseudoParameters.contains(target) {
                report(.refTarget, "Ref to unknown pseudo parameter '\(target)'")
            }
            return
        }
        if parameters.contains(target) { return }
        if scope == .condition {
            let why = resources.contains(target) ? "is a resource; conditions can only Ref parameters" : "does not exist"
            report(.refTarget, "Ref target '\(target)' \(why)")
            return
        }
        if !declares(resource: target) {
            report(.refTarget, "Ref to '\(target)', which is not a parameter or resource of this template\(didYouMean(target, in: parameters.union(resources)))")
        }
    }

    mutating func checkGetAtt(_ target: String) {
        if !declares(resource: target) {
            report(.getAttTarget, "Fn::GetAtt of '\(target)', which is not a resource of this template\(didYouMean(target, in: resources))")
        }
    }

    mutating func checkConditionName(_ value: Value) {
        guard let name = value.stringValue else {
            return report(.conditionTarget, "a condition name must be a string")
        }
        if !conditions.contains(name) {
            report(.conditionTarget, "condition '\(name)' is not declared in Conditions\(didYouMean(name, in: conditions))")
        }
    }

    mutating func checkDependsOn(_ value: Value, of resource: String) {
        let names: [Value] = value.arrayValue ?? [value]
        for name in names {
            guard let target = name.stringValue else {
                report(.dependsOn, "DependsOn takes resource names (strings)")
                continue
            }
            if target == resource {
                report(.dependsOn, "resource '\(resource)' depends on itself")
            } else if !declares(resource: target) {
                report(.dependsOn, "DependsOn '\(target)', which is not a resource of this template\(didYouMean(target, in: resources))")
            }
        }
    }

    mutating func checkFindInMap(_ arguments: [Value]) {
        guard let mapName = arguments[0].stringValue else { return }
        guard let mapping = mappings[mapName]?.objectValue else {
            return report(.findInMap, "Fn::FindInMap of mapping '\(mapName)', which is not declared in Mappings")
        }
        guard arguments.count == 3, let top = arguments[1].stringValue else { return }
        guard let second = mapping[top]?.objectValue else {
            return report(.findInMap, "mapping '\(mapName)' has no key '\(top)'")
        }
        if let key = arguments[2].stringValue, second[key] == nil {
            report(.findInMap, "mapping '\(mapName)' has no key '\(top)'.'\(key)'")
        }
    }

    mutating func checkSub(_ text: String, variables: Set<String>) {
        for variable in Self.subVariables(text) {
            if variables.contains(variable) { continue }
            if let (resource, _) = IntrinsicFunctions.resourceAndAttribute(variable) {
                if !declares(resource: resource) {
                    report(.subVariable, "Fn::Sub variable '${\(variable)}' names no resource of this template")
                }
            } else if variable.hasPrefix("AWS::") {
                if !Self.pseudoParameters.contains(variable) {
                    report(.subVariable, "Fn::Sub variable '${\(variable)}' is not a pseudo parameter")
                }
            } else if !parameters.contains(variable) && !declares(resource: variable) {
                report(
                    .subVariable,
                    "Fn::Sub variable '${\(variable)}' is not a parameter, resource or variable; write '${!\(variable)}' for the literal text")
            }
        }
    }
}
