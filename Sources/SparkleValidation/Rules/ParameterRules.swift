import Foundation
import SparkleTree

// Parameter declarations.

extension Rule {
    public static let parameterDefault = Rule(
        "E2015", "A parameter's Default is among its AllowedValues, matches its AllowedPattern and is within its MinLength, MaxLength, MinValue and MaxValue",
        cfnLint: ["E2015"])
}

extension Validator {
    mutating func checkParameterDefaults() {
        for (name, value) in root["Parameters"]?.objectValue ?? Object() {
            guard let parameter = value.objectValue, let defaultText = parameter["Default"]?.scalarText else { continue }
            let type = parameter["Type"]?.stringValue ?? ""
            if type.hasPrefix("List<") || type == "CommaDelimitedList" { continue }
            if let allowed = parameter["AllowedValues"]?.arrayValue?.compactMap(\.scalarText), !allowed.contains(defaultText) {
                report(.parameterDefault, "parameter '\(name)': Default '\(defaultText)' is not one of its AllowedValues (\(allowed.joined(separator: ", ")))", at: ["Parameters", name, "Default"])
            }
            if let pattern = parameter["AllowedPattern"]?.stringValue,
                let regex = try? NSRegularExpression(pattern: "^(?:\(pattern))$"),
                regex.firstMatch(in: defaultText, range: NSRange(defaultText.startIndex..., in: defaultText)) == nil
            {
                report(.parameterDefault, "parameter '\(name)': Default '\(defaultText)' does not match its AllowedPattern \(pattern)", at: ["Parameters", name, "Default"])
            }
            // A value given at compile time (`--param`) becomes the Default, so it is judged here too.
            let length = defaultText.unicodeScalars.count
            if let minimum = parameter["MinLength"]?.scalarText.flatMap(Int.init), length < minimum {
                report(.parameterDefault, "parameter '\(name)': Default '\(defaultText)' is \(length) characters long, shorter than its MinLength \(minimum)", at: ["Parameters", name, "Default"])
            }
            if let maximum = parameter["MaxLength"]?.scalarText.flatMap(Int.init), length > maximum {
                report(.parameterDefault, "parameter '\(name)': Default '\(defaultText)' is \(length) characters long, longer than its MaxLength \(maximum)", at: ["Parameters", name, "Default"])
            }
            if type == "Number", let number = Double(defaultText) {
                if let minimum = parameter["MinValue"]?.scalarText.flatMap(Double.init), number < minimum {
                    report(.parameterDefault, "parameter '\(name)': Default \(defaultText) is less than its MinValue \(parameter["MinValue"]!.scalarText!)", at: ["Parameters", name, "Default"])
                }
                if let maximum = parameter["MaxValue"]?.scalarText.flatMap(Double.init), number > maximum {
                    report(.parameterDefault, "parameter '\(name)': Default \(defaultText) is more than its MaxValue \(parameter["MaxValue"]!.scalarText!)", at: ["Parameters", name, "Default"])
                }
            }
        }
    }
}
