import SparkleTree
import SparkleValidation

// `${Name}` written in a plain string, outside any Fn::Sub: CloudFormation keeps the text as it
// is, so a reference meant to be substituted never is (cfn-lint's E1029).

extension Rule {
    public static let subNeeded = Rule(
        "E1029", "A string that names a parameter, resource or attribute as ${Name} is inside Fn::Sub", cfnLint: ["E1029"])
}

extension SchemaValidator {
    mutating func checkSubNeeded() {
        let parameters = Set(template["Parameters"]?.objectValue?.keys ?? [])
        let resources = template["Resources"]?.objectValue ?? Object()
        func names(_ variable: String) -> Bool {
            if parameters.contains(variable) || resources[variable] != nil || Validator.pseudoParameters.contains(variable) { return true }
            guard let (resource, attribute) = IntrinsicFunctions.resourceAndAttribute(variable), let (_, schema) = typed[resource] else { return false }
            return schema.attributes.contains(attribute) || schema.properties[attribute] != nil
        }
        var found: [(path: [String], variable: String)] = []
        walkPlainStrings(.object(template), path: []) { text, path in
            for variable in Self.embeddedVariables(text) {
                let inDefinition = path.contains("DefinitionString")
                if inDefinition || path.contains("Definition") {
                    // Step Functions substitute `${Name}` from DefinitionSubstitutions themselves.
                    if let index = path.lastIndex(where: { $0 == "DefinitionString" || $0 == "Definition" }),
                        tree.value(at: path[..<index] + ["DefinitionSubstitutions", variable]) != nil
                    {
                        continue
                    }
                }
                if inDefinition || names(variable) { found.append((path, variable)) }
            }
        }
        for (path, variable) in found {
            report(.subNeeded, "'${\(variable)}' stands in a plain string, which CloudFormation keeps as written; wrap the string in Fn::Sub to substitute it", at: path)
        }
    }

    /// Every string of `value` outside `Fn::Sub`, with its path; the text of a nested template
    /// (`TemplateBody`) is its own document.
    private func walkPlainStrings(_ value: Value, path: [String], _ body: (String, [String]) -> Void) {
        switch value {
        case .string(let text): if path.last != "TemplateBody" { body(text, path) }
        case .array(let elements): for (index, element) in elements.enumerated() { walkPlainStrings(element, path: path + [String(index)], body) }
        case .object(let object):
            for (key, child) in object where key != "Fn::Sub" { walkPlainStrings(child, path: path + [key], body) }
        default: break
        }
    }

    /// The `${Name}` variables of a text, as cfn-lint finds them (letters, digits, `_`, `:` and `.`),
    /// without `${!Literal}` escapes.
    static func embeddedVariables(_ text: String) -> [String] {
        // Bytes, not Foundation's range(of:): every string of every template passes here.
        let bytes = text.utf8
        var variables: [String] = []
        var index = bytes.startIndex
        while let dollar = bytes[index...].firstIndex(of: UInt8(ascii: "$")) {
            index = bytes.index(after: dollar)
            guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "{") else { continue }
            let start = bytes.index(after: index)
            guard let close = bytes[start...].firstIndex(of: UInt8(ascii: "}")) else { break }
            let name = bytes[start..<close]
            if !name.isEmpty, name.allSatisfy({ byte in
                (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
            }) {
                variables.append(String(decoding: name, as: UTF8.self))
            }
            index = bytes.index(after: close)
        }
        return variables
    }
}
