import OrderedCollections
import SparkleTree

/// A piece of a template under construction: a partial tree, the template-level names it
/// declares, the components it loads, and any problems found while building it.
///
/// Every DSL element produces a fragment; builders deep-merge them in order, so later elements
/// win, exactly as ``Value/merge(_:)`` describes. Two fragments of the same layer that declare the
/// same logical ID (say, two dynamic insertions with one name) are a problem, not a silent merge.
public struct Fragment: Sendable, TemplateContent {
    public var root: Object
    var declarations: OrderedDictionary<Declaration, SourceLocation>
    var components: [Component]
    var problems: [Diagnostic]
    /// The templates nested here, in order.
    var nested: [NestedDeclaration]
    /// The stack policy statements of the resources here, in order.
    var stackPolicy: [StackPolicyStatement]

    /// An empty fragment.
    public init() {
        root = Object()
        declarations = [:]
        components = []
        problems = []
        nested = []
        stackPolicy = []
    }

    init(root: Object) {
        self.init()
        self.root = root
    }

    /// An empty fragment.
    public static let empty = Fragment()

    public var fragment: Fragment { self }

    /// A fragment that sets `Section.name` and declares it.
    init(section: String, name: String, value: Value, origin: SourceLocation, declares: Bool) {
        self.init()
        var inner = Object()
        inner.set(name, value, origin: origin)
        root.set(section, .object(inner), origin: nil)
        if declares { declarations[Declaration(section: section, name: name)] = origin }
    }

    /// Merges `other` into this fragment as part of the same layer.
    public mutating func merge(_ other: Fragment) {
        for (declaration, origin) in other.declarations {
            if let earlier = declarations[declaration] {
                problems.append(
                    Diagnostic(
                        rule: .duplicate,
                        message:
                            "\(declaration.section) '\(declaration.name)' is declared twice: first at \(earlier), again here",
                        path: [declaration.section, declaration.name], location: origin))
            } else {
                declarations[declaration] = origin
            }
        }
        root.merge(other.root)
        components.append(contentsOf: other.components)
        problems.append(contentsOf: other.problems)
        nested.append(contentsOf: other.nested)
        stackPolicy.append(contentsOf: other.stackPolicy)
    }

    /// The fragments merged in order.
    static func merging(_ parts: some Sequence<Fragment>) -> Fragment {
        var result = Fragment()
        for part in parts { result.merge(part) }
        return result
    }

    /// Adds `site` as an insertion site to every origin in this fragment.
    mutating func markInserted(at site: SourceLocation) {
        root.mapOrigins { $0.inserted(at: site) }
        for index in declarations.values.indices { declarations.values[index] = declarations.values[index].inserted(at: site) }
        for index in problems.indices { problems[index].location = problems[index].location?.inserted(at: site) }
    }

    /// The logical IDs this fragment declares in `section`, in tree order.
    func declaredNames(in section: String) -> [String] {
        guard let names = root[section]?.objectValue?.keys else { return [] }
        return names.filter { declarations[Declaration(section: section, name: $0)] != nil }
    }
}

/// A template-level name: a section and a logical ID in it.
struct Declaration: Hashable, Sendable {
    let section: String
    let name: String
}
