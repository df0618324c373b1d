import SparkleTree

// The Rules section: each rule's shape. Its functions are checked where the intrinsic rules walk
// it, in the condition scope (parameters only).

extension Rule {
    public static let rulesSection = Rule(
        "E1700", "Rules: each rule has Assertions, a list of {Assert, AssertDescription}, and Assert and RuleCondition are condition functions",
        cfnLint: ["E1700", "E1701", "E1702"])
}

extension Validator {
    mutating func checkRulesSection() {
        for (name, value) in root["Rules"]?.objectValue ?? Object() {
            let place = ["Rules", name]
            guard let rule = value.objectValue else {
                report(.rulesSection, "rule '\(name)' must be an object", at: place)
                continue
            }
            if let condition = rule["RuleCondition"], !Self.isConditionFunction(condition) {
                report(.rulesSection, "rule '\(name)': RuleCondition must be a condition function (Fn::Equals, Fn::Contains, …)", at: place + ["RuleCondition"])
            }
            guard let assertions = rule["Assertions"]?.arrayValue else {
                report(.rulesSection, "rule '\(name)' needs Assertions, a list", at: place)
                continue
            }
            for (index, assertion) in assertions.enumerated() {
                let at = place + ["Assertions", String(index)]
                guard let assertion = assertion.objectValue, let condition = assertion["Assert"] else {
                    report(.rulesSection, "rule '\(name)': each assertion is an object with Assert", at: at)
                    continue
                }
                if !Self.isConditionFunction(condition) {
                    report(.rulesSection, "rule '\(name)': Assert must be a condition function (Fn::Equals, Fn::Contains, …)", at: at + ["Assert"])
                }
                if let description = assertion["AssertDescription"], description.stringValue == nil {
                    report(.rulesSection, "rule '\(name)': AssertDescription must be a string", at: at + ["AssertDescription"])
                }
            }
        }
    }

    /// What evaluates to true or false: a condition function, a `Condition` reference, or a rule
    /// function that tests (`Fn::Contains`, `Fn::EachMemberEquals`, `Fn::EachMemberIn`; the
    /// others give values to test).
    static func isConditionFunction(_ value: Value) -> Bool {
        guard let name = value.intrinsic?.name else { return value == .bool(true) || value == .bool(false) }
        return IntrinsicFunctions.conditionFunctions.contains(name) || testingRuleFunctions.contains(name)
    }

    static let testingRuleFunctions: Set<String> = ["Fn::Contains", "Fn::EachMemberEquals", "Fn::EachMemberIn"]
}
