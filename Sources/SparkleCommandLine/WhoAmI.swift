import ArgumentParser
import Foundation
import Sparkle
import SparkleAWS

/// `sparkle whoami`: which credentials the other commands would use, and whose they are.
struct WhoAmI: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whoami",
        abstract: "Print the account and ARN of the credentials Sparkle would use (GetCallerIdentity), and where they come from.",
        discussion: "Exits 2 when no source gives credentials, listing each source tried and why it did not apply.")

    @OptionGroup var aws: AWSOptions

    @Flag(help: "Print one JSON document.")
    var json = false

    func run() async throws {
        let identity: CallerIdentity
        let source: String
        let region: String
        do throws(AWSError) {
            let configuration = try aws.configuration()
            source = configuration.credentialProvider.source
            region = configuration.region
            identity = try await STSClient(configuration: configuration).callerIdentity()
        } catch {
            printError("error: \(error.message)")
            throw [.noCredentials, .noRegion, .configuration].contains(error.kind) ? ExitCode(2) : ExitCode.failure
        }
        if json {
            let document: Value = [
                "account": .string(identity.account), "arn": .string(identity.arn), "userId": .string(identity.userID),
                "source": .string(source), "region": .string(region),
            ]
            StandardStreams.out(JSONEmitter.string(document))
        } else {
            StandardStreams.out("account  \(identity.account)\narn      \(identity.arn)\nsource   \(source)\nregion   \(region)\n")
        }
    }
}
