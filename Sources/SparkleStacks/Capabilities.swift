import Foundation
import Sparkle

/// A capability a template needs acknowledged, and the resource (or section) that needs it.
public struct CapabilityRequirement: Sendable, Equatable {
    public var capability: String
    /// The logical ID (with its nested stacks' path, `App/Role`), or `Transform` for the template's transform.
    public var source: String
    public var reason: String
}

/// The capabilities CloudFormation will ask for, read from the template itself.
public enum Capabilities {
    /// The IAM types that need `CAPABILITY_IAM` (CreateStack's documentation, plus ManagedPolicy).
    static let iamTypes: Set<String> = [
        "AWS::IAM::AccessKey", "AWS::IAM::Group", "AWS::IAM::InstanceProfile", "AWS::IAM::Policy", "AWS::IAM::Role",
        "AWS::IAM::User", "AWS::IAM::UserToGroupAddition", "AWS::IAM::ManagedPolicy",
    ]
    /// Properties that give an IAM resource a custom name, which needs `CAPABILITY_NAMED_IAM`.
    static let nameProperties = ["RoleName", "UserName", "GroupName", "ManagedPolicyName", "InstanceProfileName"]

    /// The capabilities CloudFormation knows.
    public static let known = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"]

    /// The capabilities a comma-separated list names (`iam,named_iam`, in any case, with or
    /// without `CAPABILITY_`; `NONE` for none).
    ///
    /// - Throws: ``StackError`` (`.usage`) naming one that CloudFormation does not know.
    public static func acknowledging(_ list: String) throws(StackError) -> [String] {
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        if names == ["NONE"] { return [] }
        let capabilities = names.map { $0.hasPrefix("CAPABILITY_") ? $0 : "CAPABILITY_\($0)" }
        if let unknown = capabilities.first(where: { !known.contains($0) }) {
            throw StackError(.usage, "unknown capability '\(unknown)' (\(known.joined(separator: ", ")), or NONE)")
        }
        return capabilities
    }

    /// Every requirement of `tree`: IAM resources, named IAM resources and transforms.
    public static func required(by tree: Object) -> [CapabilityRequirement] {
        var requirements: [CapabilityRequirement] = []
        for (name, resource) in tree["Resources"]?.objectValue ?? Object() {
            guard let type = resource.objectValue?["Type"]?.stringValue, iamTypes.contains(type) else { continue }
            let properties = resource.objectValue?["Properties"]?.objectValue ?? Object()
            if let named = nameProperties.first(where: { properties[$0] != nil }) {
                requirements.append(CapabilityRequirement(capability: "CAPABILITY_NAMED_IAM", source: name, reason: "\(type) with \(named)"))
            } else {
                requirements.append(CapabilityRequirement(capability: "CAPABILITY_IAM", source: name, reason: type))
            }
        }
        if let transform = tree["Transform"] {
            let names = transform.arrayValue?.compactMap(\.stringValue) ?? [transform.stringValue ?? "a macro"]
            requirements.append(
                CapabilityRequirement(capability: "CAPABILITY_AUTO_EXPAND", source: "Transform", reason: names.joined(separator: ", ")))
        } else if let path = firstTransform(in: .object(tree), path: []) {
            requirements.append(CapabilityRequirement(capability: "CAPABILITY_AUTO_EXPAND", source: path, reason: "Fn::Transform"))
        }
        return requirements
    }

    /// The capabilities to acknowledge for `requirements`, in CloudFormation's order. Named IAM
    /// includes IAM.
    public static func names(_ requirements: [CapabilityRequirement]) -> [String] {
        let needed = Set(requirements.map(\.capability))
        return ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM", "CAPABILITY_AUTO_EXPAND"].filter { capability in
            needed.contains(capability) || (capability == "CAPABILITY_IAM" && needed.contains("CAPABILITY_NAMED_IAM"))
        }
    }

    private static func firstTransform(in value: Value, path: [String]) -> String? {
        switch value {
        case .object(let object):
            for (key, child) in object {
                if key == "Fn::Transform" { return path.joined(separator: ".") }
                if let found = firstTransform(in: child, path: path + [key]) { return found }
            }
        case .array(let items):
            for (index, child) in items.enumerated() {
                if let found = firstTransform(in: child, path: path + ["\(index)"]) { return found }
            }
        default: break
        }
        return nil
    }
}
