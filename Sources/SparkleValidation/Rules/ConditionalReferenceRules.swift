import Foundation
import SparkleTree

// References from unconditional declarations to conditional resources.

extension Rule {
    public static let conditionalReference = Rule("W1001", "Unconditional resources and outputs need conditional resources only through Fn::If", cfnLint: ["E3005", "W1001"])
}

extension Validator {
    /// CloudFormation rejects a template whose unconditional resource or output needs a resource
    /// that a false condition leaves out. Guarded by `Fn::If`, the reference is fine; between two
    /// conditional resources it depends on how the conditions relate, which this rule leaves alone.
    mutating func checkConditionalReferences() {
        let conditionOf: [String: String] = (root["Resources"]?.objectValue ?? Object()).entries.reduce(into: [:]) {
            if let condition = $1.value.objectValue?["Condition"]?.stringValue { $0[$1.key] = condition }
        }
        guard !conditionOf.isEmpty else { return }
        func check(_ section: String, _ name: String, _ declaration: Object, kind: String) {
            guard declaration["Condition"] == nil else { return }
            var needed = Set<String>()
            for (key, value) in declaration where key != "Metadata" {
                if key == "DependsOn" {
                    needed.formUnion((value.arrayValue ?? [value]).compactMap(\.stringValue))
                } else {
                    needed.formUnion(references(in: value, outsideIf: true))
                }
            }
            for target in needed.sorted() {
                guard let condition = conditionOf[target] else { continue }
                report(
                    .conditionalReference,
                    "\(kind) '\(name)' has no Condition but needs '\(target)', which exists only when '\(condition)' is true; give it the same Condition or guard the reference with Fn::If",
                    at: [section, name])
            }
        }
        for (name, value) in root["Resources"]?.objectValue ?? Object() {
            if let resource = value.objectValue { check("Resources", name, resource, kind: "resource") }
        }
        for (name, value) in root["Outputs"]?.objectValue ?? Object() {
            if let output = value.objectValue { check("Outputs", name, output, kind: "output") }
        }
    }
}
