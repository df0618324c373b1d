import SparkleTree

/// A named value or fragment insertable anywhere, including inside dynamics: a standard tag set,
/// instance metadata shared by a launch configuration and an instance, a policy document.
///
/// Call it to get its value: `Property("Tags", standardTags("web"))`, or
/// `Merge(registry(input))` to merge an object into the surrounding body.
public struct Registry<Input: Sendable>: CatalogEntry {
    public let name: String
    public let description: String
    let body: @Sendable (Input) -> Value

    public init(_ name: String, description: String, _ body: @escaping @Sendable (Input) -> Value) {
        self.name = name
        self.description = description
        self.body = body
    }

    public func callAsFunction(_ input: Input) -> Value { body(input) }
}

extension Registry where Input == Void {
    /// A registry holding one fixed value.
    public init(_ name: String, description: String, value: Value) {
        self.init(name, description: description) { _ in value }
    }

    public func callAsFunction() -> Value { body(()) }
}
