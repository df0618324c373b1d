import ArgumentParser
import Foundation
import SparkleAWS

/// Where and as whom to call AWS: the options every command that talks to AWS takes.
struct AWSOptions: ParsableArguments {
    @Option(help: "AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile).")
    var region: String?

    @Option(help: "AWS profile in ~/.aws/credentials and ~/.aws/config (default: AWS_PROFILE, else default).")
    var profile: String?

    @Option(help: "CloudFormation endpoint, for emulators (default: AWS_ENDPOINT_URL, else the region's).")
    var endpointURL: String?

    /// The resolved configuration; a missing region's error names the option that gives one, for
    /// every command that reaches AWS.
    func configuration() throws(AWSError) -> AWSConfiguration {
        do {
            return try AWSConfiguration.resolve(profile: profile, region: region, endpoint: endpointURL)
        } catch where error.kind == .noRegion {
            throw AWSError(error.kind, "\(error.message) (or pass --region)", code: error.code, serverMessage: error.serverMessage)
        }
    }

    /// A CloudFormation client for this configuration.
    func cloudFormation() throws(AWSError) -> CloudFormationClient {
        CloudFormationClient(configuration: try configuration(), retryPolicy: RetryPolicy(environment: ProcessInfo.processInfo.environment))
    }
}
