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
