import SparkleTree
import SparkleValidation

// Resource types whose service is going away, from the registry schemas' `lifecycle` (cfn-lint's
// E3710 and W3696). Services in maintenance mode (cfn-lint's W3697: launch configurations, Cloud9)
// still deploy and are not reported.

extension Rule {
    public static let serviceShutDown = Rule("E3710", "Resource types belong to a service that has not been shut down", cfnLint: ["E3710"])
    public static let serviceSunsetting = Rule("W3696", "Resource types belong to a service that is not sunsetting", cfnLint: ["W3696"])
}

extension SchemaValidator {
    mutating func checkLifecycle(of name: String, type: String, schema: ResourceSchema) {
        guard let (status, date) = schema.lifecycle else { return }
        let on = date.isEmpty ? "" : " \(date)"
        let (rule, message): (Rule, String) =
            switch status {
            case "shutdown": (.serviceShutDown, "its service was shut down\(date.isEmpty ? "" : " on\(on)"); the type can no longer be deployed")
            default: (.serviceSunsetting, "its service will be shut down\(date.isEmpty ? "" : " on\(on)"); plan to migrate")
            }
        report(rule, "resource '\(name)' is \(type): \(message)", at: ["Resources", name], severity: rule.severity)
    }
}
