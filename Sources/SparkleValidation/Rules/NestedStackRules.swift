import SparkleTree

// Nested stacks (and SAM applications) whose template is a local file: the parameters given are
// those it declares.

extension Rule {
    public static let nestedStackParameters = Rule(
        "E3043", "A nested stack whose template is a local file gives every parameter it declares without a default, and none it does not declare",
        cfnLint: ["E3043"])
}

extension Validator {
    mutating func checkNestedStackParameters() {
        guard let read = nestedTemplates else { return }
        for (name, value) in root["Resources"]?.objectValue ?? Object() {
            // A stack's TemplateURL, or a SAM application's Location, when it is a local path.
            let type = value.objectValue?["Type"]?.stringValue
            let key = type == "AWS::CloudFormation::Stack" ? "TemplateURL" : type == "AWS::Serverless::Application" ? "Location" : nil
            guard let key, let properties = value.objectValue?["Properties"]?.objectValue, case .string(let url)? = properties[key],
                !url.contains("://"), !url.hasPrefix("s3:")
            else { continue }
            let place = ["Resources", name, "Properties"]
            guard let child = read(url, tree.nearestOrigin(along: place + [key])) else { continue }
            // Parameters under Fn::If differ by condition; only a literal map is judged.
            let given: Object
            switch properties["Parameters"] {
            case nil: given = Object()
            case .object(let object)? where properties["Parameters"]?.intrinsic == nil: given = object
            default: continue
            }
            let declared = child["Parameters"]?.objectValue ?? Object()
            for key in given.keys where declared[key] == nil {
                report(.nestedStackParameters, "nested stack '\(name)': \(url) declares no parameter '\(key)'\(didYouMean(key, in: declared.keys))", at: place + ["Parameters", key])
            }
            let missing = declared.filter { key, parameter in given[key] == nil && parameter.objectValue?["Default"] == nil }.map(\.key)
            if !missing.isEmpty {
                report(.nestedStackParameters, "nested stack '\(name)': \(url) needs parameters \(missing.joined(separator: ", ")), which have no default", at: properties["Parameters"] == nil ? place : place + ["Parameters"])
            }
        }
    }
}
