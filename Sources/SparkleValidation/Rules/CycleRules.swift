import Foundation
import SparkleTree

// Dependency cycles between resources.

extension Rule {
    public static let cycle = Rule("E3004", "Resources do not depend on themselves through Ref, GetAtt, Sub or DependsOn", cfnLint: ["E3004"])
}

extension Validator {
    mutating func checkCycles() {
        guard let resourceMap = root["Resources"]?.objectValue else { return }
        // Edges in template order, so the cycle reported is the same on every run.
        let position = Dictionary(uniqueKeysWithValues: resourceMap.keys.enumerated().map { ($1, $0) })
        var edges: [String: [String]] = [:]
        for (name, resource) in resourceMap {
            guard let attributes = resource.objectValue else { continue }
            var targets = Set<String>()
            for (key, value) in attributes {
                if key == "DependsOn" {
                    for target in value.arrayValue ?? [value] { if let target = target.stringValue { targets.insert(target) } }
                } else {
                    targets.formUnion(references(in: value))
                }
            }
            targets.remove(name)  // self-references are reported by their own rules
            // The SAM transform splits its resources into several, so what depends on what is
            // only known after it: a SAM resource is no node of the graph here.
            let serverlessResources = serverless?.resources ?? []
            if serverlessResources.contains(name) { continue }
            edges[name] = targets.filter { position[$0] != nil && !serverlessResources.contains($0) }.sorted { position[$0]! < position[$1]! }
        }
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var stack: [String] = []
        var reported = Set<String>()
        func visit(_ node: String) -> [String]? {
            switch marks[node] {
            case .done: return nil
            case .visiting:
                guard let start = stack.firstIndex(of: node) else { return nil }
                return Array(stack[start...]) + [node]
            case nil: break
            }
            marks[node] = .visiting
            stack.append(node)
            defer {
                stack.removeLast()
                marks[node] = .done
            }
            for next in edges[node] ?? [] {
                if let cycle = visit(next) { return cycle }
            }
            return nil
        }
        for name in resourceMap.keys {
            guard let cycle = visit(name) else { continue }
            let key = Set(cycle).sorted().joined(separator: ",")
            if reported.insert(key).inserted {
                report(.cycle, "dependency cycle: \(cycle.joined(separator: " → "))", at: ["Resources", cycle[0]])
            }
        }
    }
}
