import ArgumentParser
import Foundation
import Sparkle
import SparkleAWS
import SparkleStacks

extension StackCommand {
    struct Outputs: AsyncParsableCommand {
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json, env
        }

        static let configuration = CommandConfiguration(
            commandName: "outputs",
            abstract: "Print a stack's outputs: text, JSON (what `compile --outputs-file` reads) or env (KEY=value lines).",
            discussion: StackExit.summary)

        @Argument(help: "The stack's name or ID.")
        var stack: String

        @Option(help: "text, json or env.")
        var format: Format = .text

        @OptionGroup var aws: AWSOptions
        @OptionGroup(title: "Output") var console: ConsoleOptions

        func run() async throws {
            let session = try StackSession(aws: aws, console: console)
            let described = try await session.stackHidingSecrets(stack)
            switch console.json ? .json : format {
            case .json:
                session.console.emit(described.describeStacksDocument)
            case .env:
                for output in described.outputs {
                    session.console.say("\(output.environmentName)='\(output.value.replacingOccurrences(of: "'", with: "'\\''"))'")
                }
            case .text:
                for output in described.outputs {
                    session.console.say("\(output.key)\t\(output.value)\(output.exportName.map { "\t(exported as \($0))" } ?? "")")
                }
            }
        }
    }
}
