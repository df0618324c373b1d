import SparkleTree

// Which functions each intrinsic takes inside it, argument by argument: the lists cfn-lint 1.51.0
// carries (cfnlint/data/schemas/other/functions), and CloudFormation's documentation states.

extension Rule {
    public static let importValueArgument = Rule("E1016", "Fn::ImportValue takes a string, or Fn::Base64, Fn::FindInMap, Fn::If, Fn::Join, Fn::Select, Fn::Sub or Ref", cfnLint: ["E1016"])
    public static let selectArgument = Rule("E1017", "Fn::Select takes an index (a number, Ref or Fn::FindInMap) and a list (or a function that gives one)", cfnLint: ["E1017"])
    public static let splitArgument = Rule("E1018", "Fn::Split splits a string, or what Fn::Base64, Fn::FindInMap, Fn::GetAtt, Fn::GetAZs, Fn::If, Fn::ImportValue, Fn::Join, Fn::Select, Fn::Sub or Ref gives", cfnLint: ["E1018"])
    public static let base64Argument = Rule("E1021", "Fn::Base64 encodes a string, or what a string-valued function gives", cfnLint: ["E1021"])
    public static let joinArgument = Rule("E1022", "Fn::Join joins a list of strings (or of what string-valued functions give), or a list-valued function", cfnLint: ["E1022"])
    public static let equalsArgument = Rule("E8003", "Fn::Equals compares two strings, or what Ref, Fn::FindInMap, Fn::Sub, Fn::Join, Fn::Select or Fn::Split give", cfnLint: ["E8003"])
}

/// What one argument of a function may be.
private struct Slot {
    enum Kind { case string, list }
    let kind: Kind
    /// The functions that may stand there.
    let functions: Set<String>
}

extension Validator {
    /// The functions that give a string, as each list below names them.
    private static let stringFunctions: Set<String> = [
        "Fn::Base64", "Fn::FindInMap", "Fn::GetAtt", "Fn::GetAZs", "Fn::If", "Fn::ImportValue", "Fn::Join", "Fn::Select", "Fn::Sub", "Ref",
    ]

    /// Checks the arguments of `name` (already shaped as the intrinsic rules require) slot by slot.
    mutating func checkFunctionArguments(_ name: String, _ argument: Value) {
        let extensions: Set<String> = hasLanguageExtensions ? ["Fn::Length", "Fn::ToJsonString"] : []
        let elements = argument.arrayValue
        var slots: [([String], Value, Slot, Rule)] = []
        switch name {
        case "Fn::ImportValue":
            slots = [([], argument, Slot(kind: .string, functions: ["Fn::Base64", "Fn::FindInMap", "Fn::If", "Fn::Join", "Fn::Select", "Fn::Sub", "Ref"]), .importValueArgument)]
        case "Fn::Base64":
            slots = [([], argument, Slot(kind: .string, functions: Self.stringFunctions.union(["Fn::Cidr", "Fn::Transform", "Fn::Length", "Fn::ToJsonString"])), .base64Argument)]
        case "Fn::Equals" where elements?.count == 2:
            let allowed: Set<String> = ["Ref", "Fn::FindInMap", "Fn::Sub", "Fn::Join", "Fn::Select", "Fn::Split", "Fn::Length", "Fn::ToJsonString"]
            slots = (0..<2).map { (["\($0)"], elements![$0], Slot(kind: .string, functions: allowed), .equalsArgument) }
        case "Fn::Split" where elements?.count == 2:
            slots = [(["1"], elements![1], Slot(kind: .string, functions: Self.stringFunctions), .splitArgument)]
        case "Fn::Join" where elements?.count == 2:
            if let items = elements![1].arrayValue {
                let allowed = Self.stringFunctions.subtracting(["Fn::GetAZs"]).union(["Fn::GetStackOutput", "Fn::Transform"]).union(extensions)
                slots = items.indices.map { (["1", "\($0)"], items[$0], Slot(kind: .string, functions: allowed), .joinArgument) }
            } else {
                slots = [(["1"], elements![1], Slot(kind: .list, functions: Set(["Fn::Cidr", "Fn::FindInMap", "Fn::GetAtt", "Fn::If", "Fn::Split", "Ref", "Fn::GetAZs"]).union(extensions)), .joinArgument)]
            }
        case "Fn::Select" where elements?.count == 2:
            slots = [(["0"], elements![0], Slot(kind: .string, functions: Set(["Ref", "Fn::FindInMap"]).union(hasLanguageExtensions ? ["Fn::Length"] : [])), .selectArgument)]
            if elements![1].arrayValue == nil {
                slots.append((["1"], elements![1], Slot(kind: .list, functions: ["Fn::FindInMap", "Fn::GetAtt", "Fn::GetAZs", "Fn::If", "Fn::Split", "Fn::Cidr", "Ref"]), .selectArgument))
            }
        default:
            return
        }
        for (place, value, slot, rule) in slots {
            if let inner = value.intrinsic?.name {
                if !slot.functions.contains(inner) {
                    report(rule, "\(name) cannot take \(inner) here; it takes \(slot.kind == .list ? "a list" : "a string") or \(slot.functions.sorted().joined(separator: ", "))", at: path + place)
                }
                continue
            }
            switch (slot.kind, value) {
            case (.string, .array), (.string, .object):
                report(rule, "\(name) expects a string here, or one of \(slot.functions.sorted().joined(separator: ", "))", at: path + place)
            case (.list, .string), (.list, .int), (.list, .double), (.list, .bool), (.list, .object):
                report(rule, "\(name) expects a list here, or one of \(slot.functions.sorted().joined(separator: ", "))", at: path + place)
            default:
                break
            }
        }
    }
}
