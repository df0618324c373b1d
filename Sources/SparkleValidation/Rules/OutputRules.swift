import Foundation
import SparkleTree

// Outputs and their exports.

extension Rule {
    public static let outputValue = Rule(
        "E6003", "Outputs hold Value (a string, or a function that gives one), Description (a string of at most 1,024 bytes), Export {Name} and Condition only",
        cfnLint: ["E6001", "E6003", "E6011", "E6101"])
    public static let exportName = Rule("E9601", "An output's Export name does not depend on a resource of the template", cfnLint: ["E1019"])
}

extension Validator {
    mutating func checkOutputs() {
        for (name, value) in root["Outputs"]?.objectValue ?? Object() where !Self.isLoop(name) {
            guard let output = value.objectValue else { continue }
            let place = ["Outputs", name]
            let keys: Set<String> = ["Value", "Description", "Export", "Condition"]
            for key in output.keys where !keys.contains(key) {
                report(.outputValue, "output '\(name)' has an unknown key '\(key)'\(didYouMean(key, in: keys))", at: place + [key])
            }
            for alternative in output["Value"].map(view.alternatives) ?? [] {
                let at = place + ["Value"] + alternative.branch
                switch alternative.known {
                case .array?: report(.outputValue, "output '\(name)': Value must be a string; join a list with Fn::Join", at: at)
                case .object(let object)? where !object.keys.contains(where: Self.isLoop):
                    report(.outputValue, "output '\(name)': Value must be a string or a function that gives one, not an object", at: at)
                default: break
                }
            }
            for alternative in output["Description"].map(view.alternatives) ?? [] {
                let at = place + ["Description"] + alternative.branch
                switch alternative.known {
                case .string(let text)? where text.utf8.count > 1024:
                    report(.outputValue, "output '\(name)': Description is \(text.utf8.count) bytes; the limit is 1,024", at: at)
                case .string?, nil: break
                default: report(.outputValue, "output '\(name)': Description must be a string", at: at)
                }
            }
            if let export = output["Export"], export.objectValue?["Name"] == nil || export.objectValue!.count != 1 {
                report(.outputValue, "output '\(name)': Export must be {Name: …}", at: place + ["Export"])
            }
        }
    }

    mutating func checkExports() {
        for (name, output) in root["Outputs"]?.objectValue ?? Object() {
            guard let exportName = output.objectValue?["Export"]?.objectValue?["Name"] else { continue }
            if dependsOnResource(exportName) {
                report(.exportName, "output '\(name)': the Export name cannot depend on a resource of the template", at: ["Outputs", name, "Export", "Name"])
            }
        }
    }
}
