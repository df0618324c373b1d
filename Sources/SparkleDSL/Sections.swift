import SparkleIntrinsics
import SparkleTree

/// `AWSTemplateFormatVersion`: the only version CloudFormation knows is `2010-09-09`.
public struct FormatVersion: TemplateContent {
    public let fragment: Fragment

    /// `AWSTemplateFormatVersion`: CloudFormation's one version by default.
    public init(_ version: String = "2010-09-09", file: String = #filePath, line: Int = #line) {
        fragment = Key("AWSTemplateFormatVersion", .string(version), file: file, line: line).fragment
    }
}

/// The template's `Description` (at most 1,024 bytes).
public struct Description: TemplateContent {
    public let fragment: Fragment

    /// The template's `Description`.
    public init(_ text: String, file: String = #filePath, line: Int = #line) {
        fragment = Key("Description", .string(text), file: file, line: line).fragment
    }
}

/// `Transform`: macros CloudFormation runs on the template (for example `AWS::Serverless-2016-10-31`).
public struct Transform: TemplateContent {
    public let fragment: Fragment

    /// The macros to run on the template, in order (`Transform`).
    public init(_ names: String..., file: String = #filePath, line: Int = #line) {
        let value: Value = names.count == 1 ? .string(names[0]) : .array(names.map(Value.string))
        fragment = Key("Transform", value, file: file, line: line).fragment
    }
}

/// One entry of SAM's `Globals` section: the properties every resource of a kind shares
/// (`Globals("Function", ["Runtime": "python3.12", "Timeout": 30])`). It needs the
/// `AWS::Serverless-2016-10-31` transform.
public struct Globals: TemplateContent {
    public let fragment: Fragment

    /// The `Globals` entry `kind` (`Function`, `Api`, `HttpApi`, `SimpleTable`, …) with `properties`.
    public init(_ kind: String, _ properties: Value, file: String = #filePath, line: Int = #line) {
        fragment = Fragment(section: "Globals", name: kind, value: properties, origin: SourceLocation(file: file, line: line), declares: false)
    }
}

/// One key of the template-level `Metadata` section.
public struct Metadata: TemplateContent {
    public let fragment: Fragment

    /// The `Metadata` entry `key` with `value`.
    public init(_ key: String, _ value: Value, file: String = #filePath, line: Int = #line) {
        fragment = Fragment(
            section: "Metadata", name: key, value: value, origin: SourceLocation(file: file, line: line),
            declares: false)
    }
}

/// A mapping: `Mapping("RegionMap", ["us-west-2": ["AMI": "ami-…"]])`.
public struct Mapping: TemplateContent {
    public let name: String
    public let fragment: Fragment

    /// The mapping `name`, whose `entries` are its top-level keys, each a map of second-level keys.
    public init(_ name: String, _ entries: Value, file: String = #filePath, line: Int = #line) {
        self.name = name
        fragment = Fragment(
            section: "Mappings", name: name, value: entries, origin: SourceLocation(file: file, line: line),
            declares: true)
    }

    /// `Fn::FindInMap` on this mapping.
    public func find(_ topLevelKey: Value, _ secondLevelKey: Value) -> Value {
        Fn.findInMap(name, topLevelKey, secondLevelKey)
    }
}

/// A condition: `Condition("IsProduction", Fn.equals(Ref("Environment"), "production"))`.
///
/// The value is itself a handle to pass to `Fn.if` and to resources' `condition(_:)`.
public struct Condition: TemplateContent, ConditionReference {
    public let conditionName: String
    public let fragment: Fragment

    /// The condition `name`, true when `expression` is; use the value as its handle.
    public init(_ name: String, _ expression: ConditionExpression, file: String = #filePath, line: Int = #line) {
        conditionName = name
        fragment = Fragment(
            section: "Conditions", name: name, value: expression.value,
            origin: SourceLocation(file: file, line: line), declares: true)
    }
}

/// One assertion of a `Rule` of the `Rules` section.
public struct Assertion: Sendable {
    let value: Value

    /// An assertion that `assert` holds, with the text CloudFormation shows when it does not.
    public init(_ assert: ConditionExpression, description: String? = nil) {
        var object = Object()
        object["Assert"] = assert.value
        if let description { object["AssertDescription"] = .string(description) }
        value = .object(object)
    }
}

/// A rule of the `Rules` section: parameter checks CloudFormation runs before creating a stack.
public struct Rule: TemplateContent {
    public let fragment: Fragment

    /// The rule `name` of the `Rules` section: its `assertions` are checked when `condition` holds
    /// (always, without one).
    public init(
        _ name: String, when condition: ConditionExpression? = nil, assertions: [Assertion],
        file: String = #filePath, line: Int = #line
    ) {
        var object = Object()
        if let condition { object["RuleCondition"] = condition.value }
        object["Assertions"] = .array(assertions.map(\.value))
        fragment = Fragment(
            section: "Rules", name: name, value: .object(object), origin: SourceLocation(file: file, line: line),
            declares: true)
    }
}
