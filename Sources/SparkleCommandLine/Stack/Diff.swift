import ArgumentParser
import Foundation
import Sparkle
import SparkleAWS
import SparkleParsers
import SparkleStacks

extension StackCommand {
    struct Diff: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Compare the compiled template with the one the stack runs (GetTemplate), resource by resource and property by property.",
            discussion: "Offline: no change set is made. --fail-on-changes exits 1 when they differ. \(StackExit.summary)")

        @Argument(help: "The stack's name.")
        var stack: String

        @OptionGroup(title: "Template") var template: TemplateChoice

        @Flag(help: "Exit 1 when the templates differ.")
        var failOnChanges = false

        @OptionGroup var stagingOptions: StagingOptions

        @OptionGroup var aws: AWSOptions
        @OptionGroup(title: "Output") var console: ConsoleOptions

        func run() async throws {
            let session = try StackSession(aws: aws, console: console)
            let out = session.console
            let described = try await session.stack(stack)
            let request = try await template.request(forStack: stack, staging: stagingOptions.staging, session: session)
            let diff = try await session.run { try await session.stacks.diff(request.template, againstStack: described.id) }
            if console.json {
                out.emit(diff.document)
            } else if diff.isEmpty {
                out.say("stack \(stack): the compiled template is the one deployed")
            } else {
                diff.lines { out.paint($0, .marking($1)) }.forEach(out.say)
            }
            if failOnChanges && !diff.isEmpty { throw StackExit.failed }
        }
    }
}
