import SparkleTree
import SparkleValidation

// Dynamic references to SSM secure strings (`{{resolve:ssm-secure:…}}`), which CloudFormation
// resolves only in the properties that cfn-lint's E1027 lists (passwords and tokens).

extension Rule {
    public static let secureStringPlace = Rule(
        "E1027", "Dynamic references to SSM secure strings stand only in the properties that accept them", cfnLint: ["E1027"])
}

extension SchemaValidator {
    mutating func checkSecureStrings() {
        let accepted = schemas.derived(from: "secure-string-properties") { Set($0?.stringValues ?? []) }
        for (name, resource) in template["Resources"]?.objectValue ?? Object() {
            guard let type = resource.objectValue?["Type"]?.stringValue, let properties = resource.objectValue?["Properties"] else { continue }
            visitStrings(properties, path: ["Resources", name, "Properties"], place: ["Resources", type, "Properties"]) { text, path, place in
                // A byte test first: every string of every resource passes here.
                guard text.utf8.contains(UInt8(ascii: "{")), text.contains("{{resolve:ssm-secure:"), !accepted.contains(place.joined(separator: "/")) else { return }
                report(.secureStringPlace, "resource '\(name)': an SSM secure string ('\(text)') is resolved only in \(type == "" ? "password properties" : "the properties that take a secret") (\(Self.placesFor(type, accepted)))", at: path)
            }
        }
    }

    /// Every string below `value`, with its path and its place (list positions as `*`); a
    /// `Fn::Sub`'s text counts as a string of the place that holds the function.
    private func visitStrings(_ value: Value, path: [String], place: [String], _ body: (String, [String], [String]) -> Void) {
        switch value {
        case .string(let text): body(text, path, place)
        case .array(let elements):
            for (index, element) in elements.enumerated() { visitStrings(element, path: path + [String(index)], place: place + ["*"], body) }
        case .object(let object):
            if let (function, argument) = value.intrinsic {
                if function == "Fn::Sub", let text = argument.stringValue ?? argument.arrayValue?.first?.stringValue { body(text, path + [function], place) }
                // The branches of an If stand in the If's place; other functions' arguments are not property values.
                if function == "Fn::If", let parts = argument.arrayValue, parts.count == 3 {
                    for index in 1...2 { visitStrings(parts[index], path: path + [function, String(index)], place: place, body) }
                }
                return
            }
            for (key, child) in object { visitStrings(child, path: path + [key], place: place + [key], body) }
        default: break
        }
    }

    private static func placesFor(_ type: String, _ accepted: Set<String>) -> String {
        let own = accepted.filter { $0.hasPrefix("Resources/\(type)/") }.map { $0.split(separator: "/").dropFirst(3).joined(separator: ".") }.sorted()
        return own.isEmpty ? "this type has none" : "here: " + own.joined(separator: ", ")
    }
}
