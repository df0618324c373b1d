import ArgumentParser
import Sparkle
import SparkleStacks

extension StackCommand {
    struct Execute: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "execute",
            abstract: "Execute a change set that `plan` left, and follow it like `deploy`.",
            discussion: "The change set must be AVAILABLE; one that failed or is obsolete exits 6. \(StackExit.summary)")

        @Argument(help: "The stack's name.")
        var stack: String

        @Argument(help: "The change set's name (as `plan` printed it) or ID.")
        var changeSet: String

        @OptionGroup var aws: AWSOptions
        @OptionGroup(title: "Proceeding") var proceed: ProceedOptions
        @OptionGroup(title: "Output") var console: ConsoleOptions

        func run() async throws {
            let session = try StackSession(aws: aws, console: console, waitTimeout: proceed.waitTimeout?.seconds)
            try session.requireConfirmation(of: "executing change set \(changeSet)", yes: proceed.yes)
            let described = try await session.run { try await session.stacks.settledChangeSet(changeSet, stackName: stack) }
            guard described.executionStatus == "AVAILABLE" else {
                let reason = described.statusReason.map { ": \($0)" } ?? ""
                session.console.error("change set \(described.name) of stack \(stack) is \(described.status)/\(described.executionStatus) and cannot be executed\(reason)")
                throw StackExit.changeSetFailed
            }
            session.console.say("change set \(described.name) for stack \(stack):")
            for change in described.changes { session.console.say("  " + PlanReport.line(change, console: session.console)) }
            if !proceed.yes, !session.console.confirm("Execute change set \(described.name) on stack \(stack)?") {
                session.console.error("declined; the change set is left as it was")
                throw StackExit.confirmation
            }
            let cursor = try await session.run { try await session.stacks.execute(changeSet: described.id, stack: described.stackID) }
            if proceed.detach {
                session.console.say("detached; watch it with: \(session.command) stack events \(stack) --follow")
                return
            }
            let result = try await session.follow(cursor, stackName: stack)
            if let code = session.report(result, stackName: stack, verb: "changed") { throw code }
            let settled = try await session.stack(described.stackID)
            OutputsReport(stack: settled).show(on: session.console)
            if console.json { session.console.emit(["stack": .string(stack), "status": .string(settled.status), "outputs": settled.outputsDocument]) }
        }
    }
}
