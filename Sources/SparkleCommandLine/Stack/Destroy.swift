import ArgumentParser
import Foundation
import Sparkle
import SparkleAWS
import SparkleStacks

extension StackCommand {
    struct Destroy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "destroy",
            abstract: "Delete stacks, and follow each deletion until it settles.",
            discussion: """
                Asks first (on a terminal; pass --yes elsewhere). Waits by stack ID. A DELETE_FAILED names the \
                resources that stuck; run again with --retain ID for each to keep it. \(StackExit.summary)
                """)

        @Argument(help: "The stacks' names.")
        var stacks: [String]

        @Option(name: .customLong("retain"), help: ArgumentHelp("Keep this resource of a DELETE_FAILED stack (repeatable).", valueName: "LogicalId"))
        var retained: [String] = []

        @Option(help: "The IAM role CloudFormation acts as.")
        var roleARN: String?

        @OptionGroup var aws: AWSOptions
        @OptionGroup(title: "Proceeding") var proceed: ProceedOptions
        @OptionGroup(title: "Output") var console: ConsoleOptions

        func run() async throws {
            let session = try StackSession(aws: aws, console: console, waitTimeout: proceed.waitTimeout?.seconds)
            try session.requireConfirmation(of: "deleting \(stacks.joined(separator: ", "))", yes: proceed.yes)
            var found: [StackDescription] = []
            for name in stacks { found.append(try await session.stack(name)) }
            for stack in found where stack.terminationProtection {
                throw session.fail(StackError(.operationFailed, "stack \(stack.name) has termination protection", nextStep: .turnOffTerminationProtection(stack: stack.name)))
            }
            if !proceed.yes {
                let list = found.map { "\($0.name) (\($0.status))" }.joined(separator: ", ")
                guard session.console.confirm("Delete \(list)?") else {
                    session.console.error("declined; nothing was deleted")
                    throw StackExit.confirmation
                }
            }
            var results: [Value] = []
            var failure: ExitCode?
            for stack in found {
                session.console.say("deleting stack \(stack.name)")
                session.interrupts.arm(stack: stack.name)
                let outcome = try await session.run {
                    try await session.deployer.destroy(stack, retaining: retained, roleARN: roleARN, until: proceed.detach ? .started : .settled) { step in
                        if case .activity(let activity) = step { session.console.show(activity) } else { session.console.finishLive() }
                    }
                }
                session.interrupts.disarm()
                results.append(outcome.document)
                guard let result = outcome.result else { continue }
                // The nested stacks go with their parent: say how each ended.
                for (path, child, status) in outcome.nested {
                    session.console.say("  nested stack \(path) (\(child.name)): \(status)")
                }
                if let code = session.report(result, stackName: stack.name, verb: "deleted") { failure = failure ?? code }
            }
            if console.json { session.console.emit(["stacks": .array(results)]) }
            if let failure { throw failure }
        }
    }
}
