import SparkleTree

// EventBridge schedules: `rate(Value Unit)` or `cron(Minutes Hours Day-of-month Month Day-of-week
// Year)`, as cfn-lint's E3027 reads them.

extension Rule {
    public static let scheduleExpression = Rule(
        "E3027", "An EventBridge rule's ScheduleExpression is rate(Value Unit) or cron() with six fields, one of the two days '?'",
        cfnLint: ["E3027"])
}

extension Validator {
    mutating func checkScheduleExpressions() {
        for (name, resource) in root["Resources"]?.objectValue ?? Object() {
            guard resource.objectValue?["Type"]?.stringValue == "AWS::Events::Rule", let properties = resource.objectValue?["Properties"] else { continue }
            for (path, value) in view.values(along: ["ScheduleExpression"], in: properties, at: ["Resources", name, "Properties"]) {
                for alternative in view.alternatives(of: value) {
                    guard case .string(let expression)? = alternative.known, let fault = Self.scheduleFault(expression) else { continue }
                    report(.scheduleExpression, "resource '\(name)': ScheduleExpression '\(expression)' \(fault)", at: path + alternative.branch)
                }
            }
        }
    }

    /// What is wrong with a schedule expression, or nil when it reads.
    static func scheduleFault(_ expression: String) -> String? {
        func inside(_ prefix: String) -> String? {
            expression.hasPrefix(prefix) && expression.hasSuffix(")") ? String(expression.dropFirst(prefix.count).dropLast()) : nil
        }
        if let rate = inside("rate(") {
            let parts = rate.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == 2 else { return "must be rate(Value Unit)" }
            guard let value = Int(parts[0]), parts[0].allSatisfy(\.isNumber) else { return "must start with a whole number" }
            if value <= 0 { return "must have a value of at least 1" }
            let units = value == 1 ? ["minute", "hour", "day"] : ["minutes", "hours", "days"]
            return units.contains(String(parts[1])) ? nil : "must have one of the units \(units.joined(separator: ", "))"
        }
        if let cron = inside("cron(") {
            let fields = cron.split(separator: " ", omittingEmptySubsequences: false)
            guard fields.count == 6 else { return "must have six fields (Minutes Hours Day-of-month Month Day-of-week Year)" }
            return fields[2] != "?" && fields[4] != "?" ? "gives both Day-of-month and Day-of-week; one of them must be '?'" : nil
        }
        return "must be either cron() or rate()"
    }
}
