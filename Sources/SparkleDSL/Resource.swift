import SparkleIntrinsics
import SparkleTree

/// Anything that names a resource of the template: a ``Resource`` or a resource a dynamic created.
public protocol ResourceReference: Sendable {
    var logicalID: String { get }
}

extension ResourceReference {
    /// `Ref` of this resource: its physical ID.
    public var ref: Value { Ref(logicalID) }

    /// `Fn::GetAtt` of one of this resource's attributes.
    public func getAtt(_ attribute: String) -> Value { Fn.getAtt(logicalID, attribute) }
}

/// The logical ID of a resource declared elsewhere.
public struct ResourceName: ResourceReference, Hashable {
    public let logicalID: String
    /// The resource with logical ID `logicalID`.
    public init(_ logicalID: String) { self.logicalID = logicalID }
}

/// What CloudFormation does with a resource's physical resource when it leaves the stack.
public enum DeletionPolicy: String, Sendable {
    case delete = "Delete"
    case retain = "Retain"
    case retainExceptOnCreate = "RetainExceptOnCreate"
    case snapshot = "Snapshot"
}

/// A resource: `Resource("Web", type: "AWS::EC2::Instance") { Property("ImageId", …) }`.
///
/// Attributes are modifiers: `.dependsOn(gateway)`, `.condition(isProduction)`,
/// `.deletionPolicy(.retain)`. Without a `type` it steps into a resource declared elsewhere and
/// merges the given properties and attributes.
public struct Resource: TemplateContent, ResourceReference {
    public let logicalID: String
    private var object: Object
    let origin: SourceLocation
    /// Problems found making the resource (a built-in dynamic whose name names no type, say).
    private var problems: [Diagnostic] = []
    /// The stack policy statements about this resource.
    private var policy: [StackPolicyStatement] = []

    /// A resource of `type` called `logicalID`, with the properties its body gives; without a type,
    /// the resource of that name declared elsewhere (a component's, a dynamic's), with these properties merged in.
    public init(
        _ logicalID: String, type: String? = nil, file: String = #filePath, line: Int = #line,
        @PropertiesBuilder properties: () -> Properties = { Properties() }
    ) {
        self.init(logicalID, type: type, origin: SourceLocation(file: file, line: line), properties: properties().object, problems: [])
    }

    /// A resource made by another part of Sparkle (a built-in dynamic): its properties already
    /// merged and ordered, and the problems found making it.
    package init(_ logicalID: String, type: String?, origin: SourceLocation, properties: Object, problems: [Diagnostic]) {
        self.logicalID = logicalID
        self.origin = origin
        self.problems = problems
        object = Object()
        if let type { object["Type"] = .string(type) }
        if !properties.isEmpty { object.set("Properties", .object(properties), origin: nil) }
    }

    public var fragment: Fragment {
        // A built-in whose name names no type is its problem alone: a resource without a Type
        // would only add a second, vaguer error.
        if object["Type"] == nil, !problems.isEmpty {
            var fragment = Fragment()
            fragment.problems = problems
            return fragment
        }
        var ordered = object
        ordered.reorder(first: Self.attributeOrder)
        var fragment = Fragment(
            section: "Resources", name: logicalID, value: .object(ordered), origin: origin,
            declares: object["Type"] != nil)
        fragment.problems += problems
        fragment.stackPolicy += policy
        return fragment
    }

    static let attributeOrder = [
        "Type", "Condition", "DependsOn", "Metadata", "Properties", "CreationPolicy", "UpdatePolicy",
        "DeletionPolicy", "UpdateReplacePolicy",
    ]

    /// `DependsOn`: create this resource after the given ones.
    public func dependsOn(_ resources: any ResourceReference...) -> Resource {
        let names = resources.map { Value.string($0.logicalID) }
        return attribute("DependsOn", names.count == 1 ? names[0] : .array(names))
    }

    /// `Condition`: create this resource only when the condition holds.
    public func condition(_ condition: some ConditionReference) -> Resource {
        attribute("Condition", .string(condition.conditionName))
    }

    /// `DeletionPolicy`.
    public func deletionPolicy(_ policy: DeletionPolicy) -> Resource {
        attribute("DeletionPolicy", .string(policy.rawValue))
    }

    /// `UpdateReplacePolicy`.
    public func updateReplacePolicy(_ policy: DeletionPolicy) -> Resource {
        attribute("UpdateReplacePolicy", .string(policy.rawValue))
    }

    /// `CreationPolicy` (for example `["ResourceSignal": ["Count": 1, "Timeout": "PT15M"]]`).
    public func creationPolicy(_ policy: Value) -> Resource { attribute("CreationPolicy", policy) }

    /// `UpdatePolicy` (for example an auto scaling rolling update).
    public func updatePolicy(_ policy: Value) -> Resource { attribute("UpdatePolicy", policy) }

    /// Resource-level `Metadata` (for example `AWS::CloudFormation::Init`).
    public func metadata(_ metadata: Value) -> Resource { attribute("Metadata", metadata) }

    /// This resource with one more stack policy statement about it.
    func withStackPolicy(_ statement: StackPolicyStatement) -> Resource {
        var copy = self
        copy.policy.append(statement)
        return copy
    }

    /// Any resource attribute, for attributes CloudFormation adds tomorrow.
    public func attribute(_ name: String, _ value: Value) -> Resource {
        var copy = self
        copy.object.set(name, value, origin: nil)
        return copy
    }
}
