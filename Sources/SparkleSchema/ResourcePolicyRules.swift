import SparkleTree
import SparkleValidation

// What happens to a resource's data when it is deleted or replaced: DeletionPolicy and
// UpdateReplacePolicy values, Snapshot only on the types that can take one.

extension Rule {
    public static let deletionPolicy = Rule(
        "E3035", "DeletionPolicy is Delete, Retain or RetainExceptOnCreate, or Snapshot on a type that supports it", cfnLint: ["E3035"])
    public static let updateReplacePolicy = Rule(
        "E3036", "UpdateReplacePolicy is Delete or Retain, or Snapshot on a type that supports it", cfnLint: ["E3036"])
}

extension SchemaValidator {
    mutating func checkResourcePolicies() {
        let snapshotTypes = Set(schemas.dataSet("snapshot-types") as? [String] ?? [])
        for (name, resource) in template["Resources"]?.objectValue ?? Object() {
            guard let attributes = resource.objectValue else { continue }
            let type = attributes["Type"]?.stringValue ?? ""
            for (attribute, rule, allowed) in [
                ("DeletionPolicy", Rule.deletionPolicy, ["Delete", "Retain", "RetainExceptOnCreate"]),
                ("UpdateReplacePolicy", Rule.updateReplacePolicy, ["Delete", "Retain"]),
            ] {
                guard let value = attributes[attribute] else { continue }
                let values = allowed + (snapshotTypes.contains(type) ? ["Snapshot"] : [])
                // A Ref or Fn::FindInMap (the language extensions'; cfn-lint accepts them anywhere) is
                // known only at deploy time; each branch of an Fn::If is judged.
                for alternative in view.alternatives(of: value) {
                    let path = ["Resources", name, attribute] + alternative.branch
                    switch alternative.known {
                    case .string(let text)? where !values.contains(text):
                        let why = text == "Snapshot" ? "\(type) cannot be snapshotted; " : ""
                        report(rule, "resource '\(name)': \(attribute) '\(text)' is not allowed; \(why)use one of \(values.joined(separator: ", "))", at: path)
                    case .string?, nil:
                        break
                    default:
                        report(rule, "resource '\(name)': \(attribute) must be one of \(values.joined(separator: ", "))", at: path)
                    }
                }
            }
        }
    }
}
