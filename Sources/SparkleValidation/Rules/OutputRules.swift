import Foundation
import SparkleTree

// Outputs and their exports.

extension Rule {
    public static let exportName = Rule("E6001", "An output's Export name does not depend on a resource of the template", cfnLint: ["E1019"])
}

extension Validator {
    mutating func checkExports() {
        for (name, output) in root["Outputs"]?.objectValue ?? Object() {
            guard let exportName = output.objectValue?["Export"]?.objectValue?["Name"] else { continue }
            if dependsOnResource(exportName) {
                report(.exportName, "output '\(name)': the Export name cannot depend on a resource of the template", at: ["Outputs", name, "Export", "Name"])
            }
        }
    }
}
