import SparkleTree

/// A resource's `Tags` as CloudFormation's list of `Key`/`Value` pairs, in the order written:
/// `Tags(["env": "prod", "team": Ref("Team")])`.
///
/// Validation checks the result against the resource type's schema like any property, so on a type
/// without `Tags` it is an unknown property (E3002), and on the few types whose `Tags` is a map
/// (`AWS::SSM::Parameter`) it is a type error: write `Property("Tags", [...])` there.
public struct Tags: PropertyContent {
    public let properties: Properties

    /// The `Tags` property: a `Key`/`Value` entry for each pair, in the order given.
    public init(_ tags: KeyValuePairs<String, Value>, file: String = #filePath, line: Int = #line) {
        let list = tags.map { Value.object(["Key": .string($0.key), "Value": $0.value]) }
        properties = Property("Tags", .array(list), file: file, line: line).properties
    }
}
