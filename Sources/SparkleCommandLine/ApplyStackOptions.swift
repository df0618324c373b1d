import ArgumentParser
import Foundation
import Sparkle
import SparkleAWS
import SparkleStacks

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
        let file = try outputsFile.map { ($0, try readInput($0)) }
        do throws(StackError) {
            return try await StackOutputs.upstream(stacks, outputsFile: file, cloudFormation: aws.cloudFormation)
        } catch {
            printError("error: apply-stack: \(error)")
            throw error.kind == .stackNotFound ? notFound : ExitCode.failure
        }
    }
}
