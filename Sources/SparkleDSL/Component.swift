import SparkleTree

/// A static fragment shared by templates, for example `base`: format version, common parameters.
///
/// A template loads a component with `Load(base)`. Components are built once per template, in
/// the order first loaded, beneath everything the template itself sets: where the template and a
/// component set the same key, the template wins.
///
/// A component is one declaration: loading it twice loads it once, and two different components
/// with the same name loaded into one template are an error naming both declarations.
public struct Component: CatalogEntry {
    public let name: String
    public let description: String
    /// Where the component is declared: its identity.
    public let origin: SourceLocation
    let body: @Sendable () -> Fragment

    /// A component named `name`, whose `body` holds the sections and resources it contributes;
    /// `file` and `line` record where it is declared, which is its identity.
    public init(
        _ name: String, description: String, file: String = #filePath, line: Int = #line,
        @TemplateBuilder body: @escaping @Sendable () -> Fragment
    ) {
        self.name = name
        self.description = description
        self.origin = SourceLocation(file: file, line: line)
        self.body = body
    }
}

/// Loads a component into a template (or into another component).
public struct Load: TemplateContent {
    public let fragment: Fragment

    /// Loads `components`, in order; a component already loaded is not loaded again.
    public init(_ components: Component...) {
        var fragment = Fragment()
        fragment.components = components
        self.fragment = fragment
    }
}
