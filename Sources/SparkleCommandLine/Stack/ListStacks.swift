import ArgumentParser
import Foundation
import Sparkle
import SparkleAWS

extension StackCommand {
    struct ListStacks: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List the region's stacks with status and last change (every page).",
            discussion: StackExit.summary)

        @Flag(help: "Deleted stacks too.")
        var all = false

        @OptionGroup var aws: AWSOptions
        @OptionGroup(title: "Output") var console: ConsoleOptions

        func run() async throws {
            let session = try StackSession(aws: aws, console: console)
            let stacks = try await session.run { try await session.client.listStacks(includingDeleted: all) }
                .sorted { $0.name == $1.name ? ($0.lastChange ?? .distantPast) > ($1.lastChange ?? .distantPast) : $0.name < $1.name }
            if console.json {
                session.console.emit(.array(stacks.map(\.document)))
                return
            }
            // Said on standard error: a script reading standard output sees no stacks as no lines.
            if stacks.isEmpty {
                session.console.error("no \(all ? "" : "live ")stacks in \(session.client.configuration.region)", label: "note")
                return
            }
            let width = stacks.map(\.name.count).max() ?? 0
            for stack in stacks {
                let status = session.console.paint(stack.status.padding(toLength: 36, withPad: " ", startingAt: 0), StackConsole.style(of: stack.status))
                session.console.say("\(stack.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(status)  \(stack.lastChange.map(StackEvent.iso) ?? "")")
            }
        }
    }
}
