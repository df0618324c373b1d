import SparkleTree

/// Something that names a condition of the template: a declared `Condition` or a ``ConditionName``.
///
/// Functions that take a condition *name* (`Fn.if`, a resource's `condition`) accept only this,
/// so an arbitrary value cannot be passed where CloudFormation expects a condition name.
public protocol ConditionReference: Sendable {
    var conditionName: String { get }
}

/// The name of a condition declared elsewhere (for example by a component).
public struct ConditionName: ConditionReference, Hashable {
    public let conditionName: String
    /// The condition called `name`, declared elsewhere.
    public init(_ name: String) { conditionName = name }
}

/// A condition function (`Fn::Equals`, `Fn::And`, `Fn::Or`, `Fn::Not`, `Condition`): valid in the
/// Conditions section and inside other condition functions, not as a property value.
public struct ConditionExpression: Sendable, Hashable {
    /// The CloudFormation JSON of this expression.
    public let value: Value
    init(_ value: Value) { self.value = value }
}
