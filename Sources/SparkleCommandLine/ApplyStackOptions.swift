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

    @Option(help: "AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile).")
    var region: String?

    @Option(help: "AWS profile in ~/.aws/credentials and ~/.aws/config (default: AWS_PROFILE, else default).")
    var profile: String?

    @Option(help: "CloudFormation endpoint, for emulators (default: AWS_ENDPOINT_URL, else the region's).")
    var endpointURL: String?

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
    /// ends the command before anything is compiled or written.
    func stackOutputs() async throws -> [StackOutputs] {
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
        do {
            let configuration = try AWSConfiguration.resolve(profile: profile, region: region, endpoint: endpointURL)
            let client = CloudFormationClient(configuration: configuration, retryPolicy: Self.retryPolicy())
            var result: [StackOutputs] = []
            for name in stacks {
                let stack = try await client.describeStack(name)
                result.append(StackOutputs(stackName: stack.name, outputs: stack.outputs.map { ($0.key, $0.value) }))
            }
            return result
        } catch {
            printError("error: apply-stack: \(error)")
            throw ExitCode.failure
        }
    }

    /// The default policy, with bounds an operator (or a test) may tighten through
    /// `SPARKLE_AWS_MAX_ATTEMPTS` and `SPARKLE_AWS_TIMEOUT` (seconds, all attempts together).
    static func retryPolicy(environment: [String: String] = ProcessInfo.processInfo.environment) -> RetryPolicy {
        var policy = RetryPolicy()
        if let attempts = environment["SPARKLE_AWS_MAX_ATTEMPTS"].flatMap(Int.init), attempts > 0 { policy.maxAttempts = attempts }
        if let timeout = environment["SPARKLE_AWS_TIMEOUT"].flatMap(Double.init), timeout > 0 {
            policy.totalTimeout = timeout
            policy.requestTimeout = min(policy.requestTimeout, timeout)
        }
        return policy
    }
}
