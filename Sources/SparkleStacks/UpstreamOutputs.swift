import Foundation
import Sparkle
import SparkleAWS
import SparkleParsers

extension StackOutputs {
    /// The outputs an outputs file holds (`aws cloudformation describe-stacks` JSON, or a flat
    /// `{"Output": "value"}` map, which counts as the stack named after the file), in order; with
    /// `stacks`, only those stacks, in that order.
    ///
    /// - Throws: ``StackError``: `.usage` for a file that is not JSON or neither shape, or that
    ///   lacks a stack asked for.
    public static func read(outputsFile path: String, bytes: [UInt8], stacks: [String] = []) throws(StackError) -> [StackOutputs] {
        let parsed: Value
        do {
            parsed = try TemplateParser.parse(bytes, file: path, format: .json)
        } catch {
            throw StackError(.usage, error.description)
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        guard let all = StackOutputs.stacks(fromOutputsFile: parsed, defaultName: name) else {
            throw StackError(.usage, "\(path) is neither describe-stacks JSON nor a flat map of output values")
        }
        guard !stacks.isEmpty else { return all }
        var chosen: [StackOutputs] = []
        for wanted in stacks {
            guard let stack = all.last(where: { $0.stackName == wanted }) else {
                throw StackError(.usage, "stack '\(wanted)' is not in \(path) (it has: \(all.map(\.stackName).joined(separator: ", ")))")
            }
            chosen.append(stack)
        }
        return chosen
    }
}

extension StackOutputs {
    /// The outputs apply-stack applies, in order: those of `outputsFile` (its path and bytes) when
    /// one is given, else those of the deployed `stacks`, read with the client `cloudFormation`
    /// makes (called only when there is a stack to read).
    ///
    /// - Throws: ``StackError``: as ``read(outputsFile:bytes:stacks:)`` and
    ///   ``StackOperator/outputs(of:)`` do, and `.usage` for a client that cannot be made.
    public static func upstream(
        _ stacks: [String], outputsFile: (path: String, bytes: [UInt8])? = nil, cloudFormation: () throws(AWSError) -> CloudFormationClient
    ) async throws(StackError) -> [StackOutputs] {
        if let outputsFile { return try read(outputsFile: outputsFile.path, bytes: outputsFile.bytes, stacks: stacks) }
        guard !stacks.isEmpty else { return [] }
        let client: CloudFormationClient
        do {
            client = try cloudFormation()
        } catch {
            throw StackError(error)
        }
        return try await StackOperator(cloudFormation: client).outputs(of: stacks)
    }
}

extension StackOperator {
    /// The outputs of the deployed `stacks`, in order, for apply-stack.
    ///
    /// - Throws: ``StackError`` (`.stackNotFound` for a stack that does not exist).
    public func outputs(of stacks: [String]) async throws(StackError) -> [StackOutputs] {
        var result: [StackOutputs] = []
        for name in stacks {
            do {
                let stack = try await cloudFormation.describeStack(name)
                result.append(StackOutputs(stackName: stack.name, outputs: stack.outputs.map { ($0.key, $0.value) }))
            } catch {
                throw StackError(error)
            }
        }
        return result
    }
}
