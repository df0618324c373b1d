import Foundation
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
    /// now; none when that cannot be read).
    ///
    /// - Throws: ``StackError``: `.stackNotFound` when there is no such stack.
    public func maskedStack(_ name: String) async throws(StackError) -> MaskedStack {
        let stack = try await stack(named: name)
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
    /// The overview of the stack called `name`.
    ///
    /// - Throws: ``StackError``: `.stackNotFound` when there is no such stack.
    public func overview(of name: String) async throws(StackError) -> StackOverview {
        let masked = try await maskedStack(name)
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

/// The secrets met so far (the values of NoEcho parameters), and text with each of them shown as
/// `****`: whatever prints stack events, reasons or documents passes them through one mask.
public final class SecretMask: @unchecked Sendable {
    private let lock = NSLock()
    private var secrets: [String] = []

    /// A mask that hides nothing yet.
    public init() {}

    /// Hides `values` from now on; empty values and `****` itself are passed over.
    public func hide(_ values: some Sequence<String>) {
        lock.lock()
        defer { lock.unlock() }
        secrets += values.filter { !$0.isEmpty && $0 != "****" && !secrets.contains($0) }
        // The longest first, so that a secret holding another is hidden whole.
        secrets.sort { $0.count > $1.count }
    }

    /// `text` with every hidden value replaced by `****`.
    public func redact(_ text: String) -> String {
        lock.lock()
        let secrets = self.secrets
        lock.unlock()
        return secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: "****") }
    }
}
