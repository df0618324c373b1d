import Foundation
import SparkleTree

// Declarations nothing refers to.

extension Rule {
    public static let unusedParameter = Rule("W2001", "Every parameter is used", cfnLint: ["W2001"])
    public static let unusedMapping = Rule("W7001", "Every mapping is used", cfnLint: ["W7001"])
    public static let unusedCondition = Rule("W8001", "Every condition is used", cfnLint: ["W8001"])
}

extension Validator {
    /// Parameters, mappings and conditions nothing refers to (warnings, as cfn-lint reports them).
    mutating func checkUnused() {
        var referenced = Set<String>()
        var mappingsUsed = Set<String>()
        var conditionsUsed = Set<String>()
        func visit(_ value: Value, inConditionAttribute: Bool = false) {
            switch value {
            case .array(let elements): elements.forEach { visit($0) }
            case .object(let object):
                if let (name, argument) = value.intrinsic {
                    switch name {
                    case "Fn::FindInMap": if let map = argument.arrayValue?.first?.stringValue { mappingsUsed.insert(map) }
                    case "Fn::If": if let condition = argument.arrayValue?.first?.stringValue { conditionsUsed.insert(condition) }
                    case "Condition": if let condition = argument.stringValue { conditionsUsed.insert(condition) }
                    default: break
                    }
                }
                object.entries.values.forEach { visit($0) }
            default: break
            }
        }
        for section in ["Resources", "Outputs", "Conditions", "Rules", "Metadata"] {
            for value in [root[section], written[section]].compactMap({ $0 }) {
                referenced.formUnion(references(in: value))
                visit(value)
            }
        }
        for section in ["Resources", "Outputs"] {
            for (_, entry) in root[section]?.objectValue ?? Object() {
                if let condition = entry.objectValue?["Condition"]?.stringValue { conditionsUsed.insert(condition) }
            }
        }
        for name in root["Parameters"]?.objectValue?.keys ?? [] where !referenced.contains(name) {
            report(.unusedParameter, "parameter '\(name)' is not used", at: ["Parameters", name])
        }
        for name in mappings.keys where !mappingsUsed.contains(name) {
            report(.unusedMapping, "mapping '\(name)' is not used", at: ["Mappings", name])
        }
        for name in root["Conditions"]?.objectValue?.keys ?? [] where !conditionsUsed.contains(name) && !Self.isLoop(name) {
            report(.unusedCondition, "condition '\(name)' is not used", at: ["Conditions", name])
        }
    }
}
