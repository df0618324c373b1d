import Sparkle
import SparkleAWS
import SparkleParsers

/// A stack with its NoEcho parameters known: what can be shown of it.
public struct MaskedStack: Sendable {
    public var stack: StackDescription
    /// The parameters by key, in key order, a NoEcho parameter's value as `****`.
    public var parameters: [(key: String, value: String)]
    /// The values of its NoEcho parameters, never to be printed anywhere.
    public var secrets: [String]
}

extension StackOperator {
    /// The stack called `name` with its NoEcho parameters masked (read from the template it runs
    /// now; none when that cannot be read), or nil when there is no such stack.
    public func maskedStack(_ name: String) async throws(StackError) -> MaskedStack? {
        guard let stack = try await existingStack(name) else { return nil }
        var hidden: Set<String> = []
        if let body = try? await cloudFormation.template(of: stack.id),
            let tree = try? TemplateParser.parseTemplate(Array(body.utf8), file: stack.name)
        {
            hidden = tree.noEchoParameters
        }
        return MaskedStack(
            stack: stack,
            parameters: stack.parameters.keys.sorted().map { ($0, hidden.contains($0) ? "****" : stack.parameters[$0]!) },
            secrets: stack.parameters.filter { hidden.contains($0.key) }.map(\.value))
    }
}

/// What `describe` shows of a stack: the stack (NoEcho values masked), its resources, and the
/// stacks it nests.
public struct StackOverview: Sendable {
    public var masked: MaskedStack
    public var resources: [StackResource]
    public var nested: [(path: StackPath, stack: StackDescription)]
}

extension StackOperator {
    /// The overview of the stack called `name`, or nil when there is no such stack.
    public func overview(of name: String) async throws(StackError) -> StackOverview? {
        guard let masked = try await maskedStack(name) else { return nil }
        let resources: [StackResource]
        do {
            resources = try await cloudFormation.stackResources(masked.stack.id)
        } catch {
            throw StackError(error)
        }
        let nested = try await nestedStacks(of: masked.stack.id).flatMap { $0.flattened() }
        return StackOverview(masked: masked, resources: resources, nested: nested)
    }

    /// How `template` differs from the template the stack `stack` (a name or an ID) runs now.
    ///
    /// - Throws: ``StackError``: `.operationFailed` when the deployed template cannot be read.
    public func diff(_ template: Object, againstStack stack: String) async throws(StackError) -> TemplateDiff {
        let text: String
        do {
            text = try await cloudFormation.template(of: stack)
        } catch {
            throw StackError(error)
        }
        do {
            return TemplateDiff(deployed: try TemplateParser.parseTemplate(Array(text.utf8), file: "\(stack) (deployed)"), proposed: template)
        } catch {
            throw StackError(.operationFailed, "the template stack \(stack) runs could not be read: \(error)")
        }
    }
}
