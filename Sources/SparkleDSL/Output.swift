import SparkleIntrinsics
import SparkleTree

/// An output of the stack: `Output("VpcId", vpc.ref, export: Fn.sub("${AWS::StackName}-VpcId"))`.
public struct Output: TemplateContent {
    public let name: String
    private var object: Object
    private let origin: SourceLocation

    /// The output `name` with `value`, its description, and the name it is exported as.
    public init(
        _ name: String, _ value: Value, description: String? = nil, export exportName: Value? = nil,
        file: String = #filePath, line: Int = #line
    ) {
        self.name = name
        origin = SourceLocation(file: file, line: line)
        object = Object()
        if let description { object["Description"] = .string(description) }
        object["Value"] = value
        if let exportName { object["Export"] = ["Name": exportName] }
    }

    /// Emit this output only when the condition holds.
    public func condition(_ condition: some ConditionReference) -> Output {
        var copy = self
        copy.object["Condition"] = .string(condition.conditionName)
        return copy
    }

    public var fragment: Fragment {
        Fragment(section: "Outputs", name: name, value: .object(object), origin: origin, declares: true)
    }
}
