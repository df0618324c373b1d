import SparkleTree

// SAM templates: the `AWS::Serverless::*` types and what the SAM transform turns them into.

extension Rule {
    public static let serverlessTransform = Rule(
        "E3038", "AWS::Serverless resource types need the SAM transform (Transform: AWS::Serverless-2016-10-31)",
        cfnLint: ["E3038", "E3006"])
    public static let serverlessAttribute = Rule(
        "W9038", "SAM resources hold only attributes the SAM transform reads (it drops others; a Description is accepted without a word)")
}

/// The SAM resources of a template that declares the SAM transform, and the names of the
/// resources the transform will add, as far as references to them need.
public struct Serverless {
    public static let transform = "AWS::Serverless-2016-10-31"
    static let typePrefix = "AWS::Serverless::"

    /// Logical IDs of the `AWS::Serverless::*` resources.
    let resources: Set<String>

    init(_ template: Object) {
        resources = Set(Self.resources(of: template).map(\.name))
    }

    /// The logical ID and type of every resource of a SAM type.
    static func resources(of template: Object) -> [(name: String, type: String)] {
        (template["Resources"]?.objectValue ?? Object()).compactMap { name, resource in
            guard let type = resource.objectValue?["Type"]?.stringValue, type.hasPrefix(typePrefix) else { return nil }
            return (name, type)
        }
    }

    /// Whether the transform may create a resource called `name` (or a reference such as
    /// `MyFunction.Alias` may name one). SAM names what it generates after the resource it comes
    /// from (`MyFunctionRole`, `MyFunctionUploadPermission`, `MyApiProdStage`,
    /// `MyFunctionAliaslive`), and adds the implicit APIs (`ServerlessRestApi…`,
    /// `ServerlessHttpApi…`) and the CodeDeploy application and role. Generated names that carry
    /// a hash cannot be known before the transform runs, so any name so prefixed is accepted.
    func mayCreate(_ name: String) -> Bool {
        if name.hasPrefix("ServerlessRestApi") || name.hasPrefix("ServerlessHttpApi") || name.hasPrefix("ServerlessWebSocketApi")
            || name == "ServerlessDeploymentApplication" || name == "CodeDeployServiceRole"
        {
            return true
        }
        return resources.contains { name.hasPrefix($0) }
    }
}

extension Validator {
    mutating func checkServerless() {
        guard serverless == nil else { return }
        for (name, type) in Serverless.resources(of: root) {
            report(
                .serverlessTransform,
                "resource '\(name)' is \(type), which only the SAM transform understands: add `Transform: \(Serverless.transform)`",
                at: ["Resources", name, "Type"])
        }
    }
}
