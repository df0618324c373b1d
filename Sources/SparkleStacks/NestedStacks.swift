import SparkleAWS
import SparkleTree

/// A nested stack of a stack, with the ones it nests in turn.
public struct NestedStack: Sendable {
    /// Its logical ID in the parent.
    public var logicalID: String
    public var stack: StackDescription
    public var children: [NestedStack]

    /// This stack and every one below it, each with its path from the top stack (`Network`, `App/Queue`).
    public func flattened(under parent: StackPath = .root) -> [(path: StackPath, stack: StackDescription)] {
        let path = parent.appending(logicalID)
        return [(path, stack)] + children.flatMap { $0.flattened(under: path) }
    }
}

extension StackOperator {
    /// The stacks `stack` nests (its `AWS::CloudFormation::Stack` resources that have a stack), and
    /// theirs, `depth` levels deep.
    public func nestedStacks(of stack: String, depth: Int = 5) async throws(StackError) -> [NestedStack] {
        guard depth > 0 else { return [] }
        let resources: [StackResource]
        do {
            resources = try await cloudFormation.stackResources(stack)
        } catch {
            throw StackError(error)
        }
        var nested: [NestedStack] = []
        for resource in resources where resource.type == "AWS::CloudFormation::Stack" {
            guard let id = resource.physicalID, let described = try await existingStack(id) else { continue }
            nested.append(NestedStack(logicalID: resource.logicalID, stack: described, children: try await nestedStacks(of: described.id, depth: depth - 1)))
        }
        return nested
    }
}

