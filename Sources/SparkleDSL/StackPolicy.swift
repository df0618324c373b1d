import SparkleTree

/// An update action a stack policy allows or denies on a resource.
public enum StackPolicyAction: String, Sendable, CaseIterable {
    /// Updates that change the resource in place (`Update:Modify`).
    case modify = "Update:Modify"
    /// Updates that replace the resource with a new one (`Update:Replace`).
    case replace = "Update:Replace"
    /// Updates that remove the resource from the stack (`Update:Delete`).
    case delete = "Update:Delete"
    /// Every update (`Update:*`).
    case all = "Update:*"
}

/// One statement of a stack policy, about one resource of the template.
public struct StackPolicyStatement: Sendable, Hashable {
    public enum Effect: String, Sendable { case allow = "Allow", deny = "Deny" }

    public let effect: Effect
    public let actions: [StackPolicyAction]
    /// The logical ID of the resource the statement is about.
    public let logicalID: String

    /// The statement as CloudFormation reads it.
    public var document: Value {
        [
            "Effect": .string(effect.rawValue), "Action": .array(actions.map { .string($0.rawValue) }),
            "Resource": .string("LogicalResourceId/\(logicalID)"), "Principal": "*",
        ]
    }
}

/// The stack policy a template's resources declare, as SparkleFormation writes it: each
/// resource's statements in template order, then one that allows every other update, so that
/// only what a resource denies is protected.
///
/// `sparkle compile --stack-policy` writes it beside the template; `sparkle stack deploy` sets it
/// on the stack once the stack is created or updated.
public struct StackPolicy: Sendable, Hashable {
    public var statements: [StackPolicyStatement]

    /// A policy of `statements`, in order.
    public init(statements: [StackPolicyStatement]) { self.statements = statements }

    /// The policy document: `{"Statement": [...]}`.
    public var document: Value {
        let allowRest: Value = ["Effect": "Allow", "Action": "Update:*", "Resource": "*", "Principal": "*"]
        return ["Statement": .array(statements.map(\.document) + [allowRest])]
    }
}

extension Resource {
    /// Allows these updates of this resource under the stack policy.
    public func allowUpdates(_ actions: StackPolicyAction...) -> Resource {
        withStackPolicy(StackPolicyStatement(effect: .allow, actions: actions, logicalID: logicalID))
    }

    /// Denies these updates of this resource under the stack policy: `.denyUpdates(.replace,
    /// .delete)` keeps a database from being replaced or removed by a stack update.
    public func denyUpdates(_ actions: StackPolicyAction...) -> Resource {
        withStackPolicy(StackPolicyStatement(effect: .deny, actions: actions, logicalID: logicalID))
    }
}
