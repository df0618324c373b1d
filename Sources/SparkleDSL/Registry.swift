import SparkleTree

/// A named value or fragment insertable anywhere, including inside dynamics: a standard tag set,
/// instance metadata shared by a launch configuration and an instance, a policy document.
///
/// Call it to get its value: `Property("Tags", standardTags("web"))`, or
/// `Merge(registry(input))` to merge an object into the surrounding body.
public struct Registry<Input: Sendable>: CatalogEntry {
    public let name: String
    public let description: String
    /// Where the registry is declared: its identity.
    public let origin: SourceLocation
    let body: @Sendable (Input) -> Value

    /// A registry named `name`, whose `body` makes its value from the caller's input.
    public init(
        _ name: String, description: String, file: String = #filePath, line: Int = #line,
        _ body: @escaping @Sendable (Input) -> Value
    ) {
        self.name = name
        self.description = description
        self.origin = SourceLocation(file: file, line: line)
        self.body = body
    }

    /// The registry's value for `input`; a catalog that replaces this registry (see
    /// ``Catalog/over(_:replacing:)``) answers with its replacement's.
    public func callAsFunction(_ input: Input) -> Value {
        (Catalog.replacement(for: origin) as? Registry<Input> ?? self).body(input)
    }
}

extension Registry where Input == Void {
    /// A registry holding one fixed value.
    public init(_ name: String, description: String, value: Value, file: String = #filePath, line: Int = #line) {
        self.init(name, description: description, file: file, line: line) { _ in value }
    }

    /// The registry's value.
    public func callAsFunction() -> Value { callAsFunction(()) }
}
