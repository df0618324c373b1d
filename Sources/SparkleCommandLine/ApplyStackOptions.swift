import ArgumentParser
import Foundation
import Sparkle
import SparkleAWS
import SparkleParsers

/// `--apply-stack` and its companions: where upstream stack outputs come from.
struct ApplyStackOptions: ParsableArguments {
    @Option(
        name: .customLong("apply-stack"),
        help: ArgumentHelp("Fill parameters from this stack's outputs (repeatable; later stacks win).", valueName: "stack"))
    var stacks: [String] = []

    @Option(
        name: .customLong("apply-mapping"),
        help: ArgumentHelp("Fill a differently named parameter from an output.", valueName: "[Stack__]Output:Param"))
    var mappingArguments: [String] = []

    @Option(help: ArgumentHelp("Read outputs from this file instead of CloudFormation (describe-stacks JSON, or a flat map).", valueName: "file"))
    var outputsFile: String?

    @OptionGroup var aws: AWSOptions

    func validate() throws {
        _ = try mappings()
    }

    func mappings() throws -> [OutputMapping] {
        try mappingArguments.map { argument in
            guard let mapping = OutputMapping(argument: argument) else {
                throw ValidationError("--apply-mapping expects [Stack__]Output:Param, got '\(argument)'.")
            }
            return mapping
        }
    }

    /// The outputs to apply, in order: from the outputs file, else from CloudFormation. Any failure
    /// ends the command before anything is compiled or written, with `notFound` for a stack that
    /// does not exist.
    func stackOutputs(notFound: ExitCode = .failure) async throws -> [StackOutputs] {
        if let outputsFile {
            let bytes = try readInput(outputsFile)
            let parsed: Value
            do {
                parsed = try TemplateParser.parse(bytes, file: outputsFile, format: .json)
            } catch {
                printError(error.description)
                throw ExitCode.failure
            }
            let name = URL(fileURLWithPath: outputsFile).deletingPathExtension().lastPathComponent
            guard let all = StackOutputs.stacks(fromOutputsFile: parsed, defaultName: name) else {
                printError("error: \(outputsFile) is neither describe-stacks JSON nor a flat map of output values")
                throw ExitCode.failure
            }
            guard !stacks.isEmpty else { return all }
            return try stacks.map { wanted in
                guard let stack = all.last(where: { $0.stackName == wanted }) else {
                    printError("error: stack '\(wanted)' is not in \(outputsFile) (it has: \(all.map(\.stackName).joined(separator: ", ")))")
                    throw ExitCode.failure
                }
                return stack
            }
        }
        guard !stacks.isEmpty else { return [] }
        do throws(AWSError) {
            let client = try aws.cloudFormation()
            var result: [StackOutputs] = []
            for name in stacks {
                let stack = try await client.describeStack(name)
                result.append(StackOutputs(stackName: stack.name, outputs: stack.outputs.map { ($0.key, $0.value) }))
            }
            return result
        } catch {
            printError("error: apply-stack: \(error)")
            throw error.kind == .stackNotFound ? notFound : ExitCode.failure
        }
    }
}
