import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element: name, text and children, enough to read AWS Query API responses.
struct XMLTree: Sendable {
    var name: String
    var text = ""
    var children: [XMLTree] = []

    /// The first child called `name`.
    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// The children called `name`.
    func all(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// The trimmed text of the child at `path`.
    func string(_ path: String...) -> String? {
        var node = self
        for name in path {
            guard let next = node.child(name) else { return nil }
            node = next
        }
        return node.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Parses `data`; nil when it is not well-formed XML (for example, cut short).
    static func parse(_ data: Data) -> XMLTree? {
        let parser = XMLParser(data: data)
        let builder = Builder()
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else { return nil }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [XMLTree] = []
        var root: XMLTree?

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            stack.append(XMLTree(name: name))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if !stack.isEmpty { stack[stack.count - 1].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let element = stack.popLast() else { return }
            if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
        }
    }
}
