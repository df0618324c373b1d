import SparkleTree

/// What CloudFormation reads as a string where an intrinsic function takes one: a Swift string,
/// or a ``Value``, which is what `Ref`, `Fn.sub`, `Fn.join` and the other functions give.
///
/// Taking `some StringArgument` instead of `Value` is what makes `Fn.importValue(true)` or
/// `Fn.split(".", 3)` fail to compile: a Bool or number literal is not a string.
public protocol StringArgument: Sendable {
    /// The argument as it is written into the template.
    var stringArgument: Value { get }
}

extension String: StringArgument {
    public var stringArgument: Value { .string(self) }
}

extension Value: StringArgument {
    public var stringArgument: Value { self }
}
