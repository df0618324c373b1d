import Sparkle

/// Who names whom in a template section: resources through `Ref`, `Fn::GetAtt` and `DependsOn`,
/// conditions through `{"Condition": …}`.
enum References {
    /// The entries of `section` among `nodes` that take part in a cycle of references (one that
    /// names itself included).
    static func cyclic(in section: Object, nodes: some Collection<String>) -> Set<String> {
        let known = Set(nodes)
        var edges: [String: Set<String>] = [:]
        for node in known { edges[node] = names(in: section[node] ?? .null).intersection(known) }
        // Tarjan's strongly connected components.
        var index = 0
        var indices: [String: Int] = [:]
        var lowest: [String: Int] = [:]
        var stack: [String] = []
        var onStack: Set<String> = []
        var cyclic: Set<String> = []
        func visit(_ node: String) {
            indices[node] = index
            lowest[node] = index
            index += 1
            stack.append(node)
            onStack.insert(node)
            for next in edges[node, default: []].sorted() {
                if indices[next] == nil {
                    visit(next)
                    lowest[node] = min(lowest[node]!, lowest[next]!)
                } else if onStack.contains(next) {
                    lowest[node] = min(lowest[node]!, indices[next]!)
                }
            }
            guard lowest[node] == indices[node] else { return }
            var component: [String] = []
            while let top = stack.popLast() {
                onStack.remove(top)
                component.append(top)
                if top == node { break }
            }
            if component.count > 1 || edges[node, default: []].contains(node) { cyclic.formUnion(component) }
        }
        for node in known.sorted() where indices[node] == nil { visit(node) }
        return cyclic
    }

    /// Every name `value` refers to: `Ref` targets, `Fn::GetAtt` resources (either form),
    /// `Fn::Sub` references, `DependsOn` entries and `Condition` names, at any depth.
    static func names(in value: Value) -> Set<String> {
        var found: Set<String> = []
        func walk(_ value: Value) {
            switch value {
            case .array(let elements): elements.forEach(walk)
            case .object(let object):
                for (key, child) in object {
                    switch (key, child) {
                    case ("Ref", .string(let name)), ("Condition", .string(let name)), ("DependsOn", .string(let name)):
                        found.insert(name)
                    case ("Fn::GetAtt", .array(let parts)):
                        if case .string(let name)? = parts.first { found.insert(name) }
                    case ("Fn::GetAtt", .string(let dotted)):
                        found.insert(String(dotted.prefix { $0 != "." }))
                    case ("DependsOn", .array(let names)):
                        found.formUnion(names.compactMap(\.stringValue))
                    case ("Fn::Sub", .string(let text)):
                        found.formUnion(SubTemplate(text).names)
                    case ("Fn::Sub", .array(let parts)):
                        if case .string(let text)? = parts.first { found.formUnion(SubTemplate(text).names) }
                    default:
                        break
                    }
                    walk(child)
                }
            default: break
            }
        }
        walk(value)
        return found
    }
}
