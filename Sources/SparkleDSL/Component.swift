import SparkleTree

/// A static fragment shared by templates, for example `base`: format version, common parameters.
///
/// A template loads a component with `Load(base)`. Components are built once per template, in
/// the order first loaded, beneath everything the template itself sets: where the template and a
/// component set the same key, the template wins.
public struct Component: CatalogEntry {
    public let name: String
    public let description: String
    let body: @Sendable () -> Fragment

    public init(_ name: String, description: String, @TemplateBuilder body: @escaping @Sendable () -> Fragment) {
        self.name = name
        self.description = description
        self.body = body
    }
}

/// Loads a component into a template (or into another component).
public struct Load: TemplateContent {
    public let fragment: Fragment

    public init(_ components: Component...) {
        var fragment = Fragment()
        fragment.components = components
        self.fragment = fragment
    }
}
