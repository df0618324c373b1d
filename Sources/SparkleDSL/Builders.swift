import SparkleTree

/// Something that can stand in a template, component or dynamic body.
public protocol TemplateContent: Sendable {
    var fragment: Fragment { get }
}

/// Something that can stand in a resource's property body (or a nested property's body).
public protocol PropertyContent: Sendable {
    var properties: Properties { get }
}

/// Builds the body of a template, component or dynamic.
///
/// Each statement is typed on its own against one concrete type, so type-check time grows
/// linearly with the number of statements.
@resultBuilder
public enum TemplateBuilder {
    /// A statement of the body: its content.
    public static func buildExpression(_ content: some TemplateContent) -> Fragment { content.fragment }
    /// The statements of a body, merged in order (a later key wins where both set it).
    public static func buildBlock(_ parts: Fragment...) -> Fragment { Fragment.merging(parts) }
    /// An `if` without `else`: its body, or nothing.
    public static func buildOptional(_ part: Fragment?) -> Fragment { part ?? .empty }
    /// The `if` branch of an `if`/`else` or `switch`.
    public static func buildEither(first part: Fragment) -> Fragment { part }
    /// The `else` branch.
    public static func buildEither(second part: Fragment) -> Fragment { part }
    /// A `for` loop: every iteration, merged in order.
    public static func buildArray(_ parts: [Fragment]) -> Fragment { Fragment.merging(parts) }
    /// An `if #available` body.
    public static func buildLimitedAvailability(_ part: Fragment) -> Fragment { part }
}

/// Builds a resource's `Properties` (or a nested property object).
@resultBuilder
public enum PropertiesBuilder {
    /// A statement of the body: its content.
    public static func buildExpression(_ content: some PropertyContent) -> Properties { content.properties }
    /// The statements of a body, merged in order (a later key wins where both set it).
    public static func buildBlock(_ parts: Properties...) -> Properties { Properties.merging(parts) }
    /// An `if` without `else`: its body, or nothing.
    public static func buildOptional(_ part: Properties?) -> Properties { part ?? Properties() }
    /// The `if` branch of an `if`/`else` or `switch`.
    public static func buildEither(first part: Properties) -> Properties { part }
    /// The `else` branch.
    public static func buildEither(second part: Properties) -> Properties { part }
    /// A `for` loop: every iteration, merged in order.
    public static func buildArray(_ parts: [Properties]) -> Properties { Properties.merging(parts) }
    /// An `if #available` body.
    public static func buildLimitedAvailability(_ part: Properties) -> Properties { part }
}

/// The product of a ``PropertiesBuilder``: an ordered property map with origins.
public struct Properties: PropertyContent {
    public var object: Object

    /// The properties of `object`, in its order.
    public init(_ object: Object = Object()) { self.object = object }

    public var properties: Properties { self }

    static func merging(_ parts: some Sequence<Properties>) -> Properties {
        var result = Object()
        for part in parts { result.merge(part.object) }
        return Properties(result)
    }
}

/// A property of a resource: `Property("ImageId", Ref("AmiId"))`, or a nested object with a body.
///
/// Names are written exactly as CloudFormation spells them; nothing is converted. A `nil` value
/// writes nothing, as SparkleFormation drops it: `Property("TopicName", name.map(Value.string))`
/// sets the name only when there is one.
public struct Property: PropertyContent {
    public let properties: Properties

    /// The property `name` with `value`; `nil` (or `.null`) writes nothing.
    public init(_ name: String, _ value: Value?, file: String = #filePath, line: Int = #line) {
        var object = Object()
        if let value, value != .null { object.set(name, value, origin: SourceLocation(file: file, line: line)) }
        properties = Properties(object)
    }

    /// The property `name` holding the object its body builds.
    public init(
        _ name: String, file: String = #filePath, line: Int = #line,
        @PropertiesBuilder _ body: () -> Properties
    ) {
        self.init(name, .object(body().object), file: file, line: line)
    }
}

/// Merges the keys of an object value into the surrounding body: the way to insert a registry's
/// fragment into a template, a component, a dynamic or a property body.
public struct Merge: TemplateContent, PropertyContent {
    private let object: Object

    /// Merges the keys of `value` (an object) into the surrounding body.
    public init(_ value: Value, file: String = #filePath, line: Int = #line) {
        var object = Object()
        let origin = SourceLocation(file: file, line: line)
        if case .object(let source) = value {
            for (key, child) in source { object.set(key, child, origin: origin) }
        } else {
            object.set("Merge", value, origin: origin)  // not an object: validation reports the stray key
        }
        self.object = object
    }

    public var fragment: Fragment { Fragment(root: object) }
    public var properties: Properties { Properties(object) }
}

/// Any key of the template, for sections and attributes CloudFormation adds tomorrow.
public struct Key: TemplateContent {
    public let fragment: Fragment

    /// The top-level key `name` with `value`.
    public init(_ name: String, _ value: Value, file: String = #filePath, line: Int = #line) {
        var root = Object()
        root.set(name, value, origin: SourceLocation(file: file, line: line))
        fragment = Fragment(root: root)
    }
}
