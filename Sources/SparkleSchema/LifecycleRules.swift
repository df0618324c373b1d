import SparkleTree
import SparkleValidation

// Resource types whose service is going away, from the registry schemas' `lifecycle` (cfn-lint's
// E3710, W3696 and W3697).

extension Rule {
    public static let serviceShutDown = Rule("E3710", "Resource types belong to a service that has not been shut down", cfnLint: ["E3710"])
    public static let serviceSunsetting = Rule("W3696", "Resource types belong to a service that is not sunsetting", cfnLint: ["W3696"])
    public static let serviceInMaintenance = Rule("W3697", "Resource types belong to a service that is not in maintenance mode", cfnLint: ["W3697"])
}

extension SchemaValidator {
    mutating func checkLifecycle(of name: String, type: String, schema: ResourceSchema) {
        guard let (status, date) = schema.lifecycle else { return }
        let on = date.isEmpty ? "" : " \(date)"
        let (rule, message): (Rule, String) =
            switch status {
            case "shutdown": (.serviceShutDown, "its service was shut down\(date.isEmpty ? "" : " on\(on)"); the type can no longer be deployed")
            case "sunset": (.serviceSunsetting, "its service will be shut down\(date.isEmpty ? "" : " on\(on)"); plan to migrate")
            default: (.serviceInMaintenance, "its service is in maintenance mode\(date.isEmpty ? "" : " since\(on)"); consider an alternative")
            }
        report(rule, "resource '\(name)' is \(type): \(message)", at: ["Resources", name, "Type"], severity: rule.severity)
    }
}
