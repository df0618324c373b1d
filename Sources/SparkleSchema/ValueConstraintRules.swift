import Foundation
import SparkleTree
import SparkleValidation

// The schemas' limits on literal values: number ranges, string and array lengths, unique
// elements, and the named formats of identifiers and ARNs (cfn-lint's format keywords).

extension Rule {
    public static let arrayLength = Rule("E3032", "Literal lists have as many elements as the schema allows (minItems, maxItems)", cfnLint: ["E3032"])
    public static let stringLength = Rule("E3033", "Literal strings are as long as the schema allows (minLength, maxLength)", cfnLint: ["E3033"])
    public static let numberRange = Rule("E3034", "Literal numbers lie in the schema's range (minimum, maximum)", cfnLint: ["E3034"])
    public static let uniqueItems = Rule("E3037", "Lists the schema says hold unique elements have no duplicates", cfnLint: ["E3037"])
    public static let stringFormat = Rule(
        "E1103", "Literal identifiers and ARNs have the format the schema names (VPC, subnet, security group and AMI IDs, role and key ARNs, …)",
        cfnLint: ["E1103", "E1150", "E1151", "E1152", "E1153", "E1154", "E1155", "E1156", "E1157", "E1158", "E1159", "E1160", "E1161", "E1162", "E1163", "E1164"])
}

/// A named string format of the schemas, with the pattern that defines it.
struct StringFormat: Sendable {
    /// cfn-lint's rule for this format (E1150…), named in the finding.
    let cfnLintRule: String
    let summary: String
    let pattern: String

    /// The formats in the schema data, by name (`AWS::EC2::VPC.Id`).
    static func all(in schemas: ResourceSchemas) -> [String: StringFormat] {
        let data = schemas.dataSet("formats") as? [String: [String: String]] ?? [:]
        return data.compactMapValues { entry in
            guard let id = entry["id"], let pattern = entry["pattern"] else { return nil }
            return StringFormat(cfnLintRule: id, summary: entry["summary"] ?? "", pattern: pattern)
        }
    }
}

extension SchemaValidator {
    /// The range, length and format of a literal scalar.
    mutating func checkLimits(_ value: Value, against shape: PropertyShape, _ subject: Subject, at path: [String]) {
        switch value {
        case .int, .double:
            let number = value.numericValue!
            if let minimum = shape.minimum, number < minimum {
                report(.numberRange, "\(subject.value(at: path)) is \(value.scalarText!), less than the minimum \(Self.text(minimum))", at: path)
            } else if let maximum = shape.maximum, number > maximum {
                report(.numberRange, "\(subject.value(at: path)) is \(value.scalarText!), more than the maximum \(Self.text(maximum))", at: path)
            }
        case .string(let text):
            let length = text.unicodeScalars.count
            if let minimum = shape.minLength, length < minimum {
                report(.stringLength, "\(subject.value(at: path)) is \(length) characters long, shorter than the minimum \(minimum)", at: path)
            } else if let maximum = shape.maxLength, length > maximum {
                report(.stringLength, "\(subject.value(at: path)) is \(length) characters long, longer than the maximum \(maximum)", at: path)
            }
            if let name = shape.format, let format = formats[name], let expression = Patterns.shared.expression(format.pattern),
                expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil
            {
                report(.stringFormat, "\(subject.value(at: path)) '\(text)' is not a valid \(name) (\(format.cfnLintRule): \(format.pattern))", at: path)
            }
        default:
            break
        }
    }

    /// The element count and uniqueness of a literal list, counting only the elements that exist:
    /// `AWS::NoValue` ones never, those under a condition only towards the most there may be.
    mutating func checkLimits(_ elements: [Value], against shape: PropertyShape, _ subject: Subject, at path: [String]) {
        let (_, fewest, most) = view.elements(of: elements)
        if let minimum = shape.minItems, most < minimum {
            report(.arrayLength, "\(subject.value(at: path)) has \(most) elements, fewer than the minimum \(minimum)", at: path)
        } else if let maximum = shape.maxItems, fewest > maximum {
            report(.arrayLength, "\(subject.value(at: path)) has \(fewest) elements, more than the maximum \(maximum)", at: path)
        }
        if shape.uniqueItems {
            var seen = Set<Value>()
            for (index, element) in elements.enumerated() where view.presence(of: element) == .present && !seen.insert(element).inserted {
                report(.uniqueItems, "\(subject.value(at: path)) holds \(Self.describe(element)) more than once", at: path + [String(index)])
            }
        }
    }

    private static func text(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    /// An element for a message: `'text'`, `Ref Name`, or a general phrase for a structure.
    private static func describe(_ value: Value) -> String {
        if let text = value.scalarText { return "'\(text)'" }
        if let (name, argument) = value.intrinsic, let target = argument.stringValue { return "\(name) \(target)" }
        return "the same element"
    }
}

extension Value {
    /// The number, when this is an integer or a double.
    var numericValue: Double? {
        switch self {
        case .int(let int): Double(int)
        case .double(let double): double
        default: nil
        }
    }
}
