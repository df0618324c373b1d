import Foundation
import SparkleTree

// Parameter declarations.

extension Rule {
    public static let parameterDefault = Rule("E2015", "A parameter's Default is among its AllowedValues and matches its AllowedPattern", cfnLint: ["E2015"])
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
        }
    }
}
