import ArgumentParser
import Foundation
import Sparkle
import SparkleAWS
import SparkleStacks

extension StackCommand {
    struct Events: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "events",
            abstract: "Show a stack's events: those of its last operation, or --all; --follow streams them until it settles.",
            discussion: "With --follow, the exit code is the operation's: 0 when it succeeded, 1 when it failed. \(StackExit.summary)")

        @Argument(help: "The stack's name or ID.")
        var stack: String

        @Flag(help: "Follow the stack until it settles.")
        var follow = false

        @Flag(help: "Every event, not only the last operation's.")
        var all = false

        @Option(help: ArgumentHelp("With --follow, stop waiting after this long; exit 5.", valueName: "duration"))
        var waitTimeout: WaitDuration?

        @OptionGroup var aws: AWSOptions
        @OptionGroup(title: "Output") var console: ConsoleOptions

        func run() async throws {
            let session = try StackSession(aws: aws, console: console)
            let described = try await session.stackHidingSecrets(stack)
            var cursor = EventCursor(stack: described.id, start: all ? .beginning : .lastOperation)
            let events = try await session.run { try await cursor.next(from: session.client) }
            if console.json && !follow {
                session.console.emit(.array(events.map(\.document)))
                return
            }
            for event in events { session.console.say(session.console.eventLine(event)) }
            guard follow else { return }
            var collected = events
            if StackStatus.isInProgress(described.status) {
                let result = try await session.follow(cursor, stackName: described.name, deleting: described.status.hasPrefix("DELETE"))
                if case .settled(let outcome) = result { collected += outcome.events } else if case .gaveUp(_, let more) = result { collected += more }
                if console.json { session.console.emit(.array(collected.map(\.document))) }
                if let code = session.report(result, stackName: described.name, verb: "settled") { throw code }
            } else {
                session.console.say("stack \(described.name) is \(described.status)")
                if console.json { session.console.emit(.array(collected.map(\.document))) }
            }
        }
    }
}
