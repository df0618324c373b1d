import SparkleTree

/// `{"Ref": name}`: the value of a parameter, the physical ID of a resource, or a pseudo parameter.
///
/// Prefer a typed handle's `.ref` (``Value`` from a declared `Parameter` or `Resource`) where you
/// have one; a string name is checked against the template when it compiles.
public func Ref(_ logicalName: String) -> Value {
    ["Ref": .string(logicalName)]
}

/// Pseudo parameters: values CloudFormation defines for every stack.
public enum AWS {
    public static let accountId = Ref("AWS::AccountId")
    public static let notificationARNs = Ref("AWS::NotificationARNs")
    /// Removes the property it is assigned to; use with `Fn.if`.
    public static let noValue = Ref("AWS::NoValue")
    public static let partition = Ref("AWS::Partition")
    public static let region = Ref("AWS::Region")
    public static let stackId = Ref("AWS::StackId")
    public static let stackName = Ref("AWS::StackName")
    public static let urlSuffix = Ref("AWS::URLSuffix")

    /// Every pseudo parameter name, as `Ref` spells it.
    public static let pseudoParameterNames: Set<String> = [
        "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition",
        "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix",
    ]
}
