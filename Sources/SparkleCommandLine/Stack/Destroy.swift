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
                session.console.error("stack \(stack.name) has termination protection: turn it off first (`\(session.command) stack deploy \(stack.name) --no-termination-protection`)")
                throw StackExit.failed
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
                let nested = try await session.run { try await session.stacks.nestedStacks(of: stack.id) }.flatMap { $0.flattened() }
                let cursor = try await session.run { try await session.stacks.startDestroy(stack.id, retaining: retained, roleARN: roleARN) }
                session.console.say("deleting stack \(stack.name)")
                if proceed.detach {
                    results.append(["stack": .string(stack.name), "result": "started"])
                    continue
                }
                let result = try await session.follow(cursor, stackName: stack.name, deleting: true)
                if case .settled(let outcome) = result, !outcome.succeeded {
                    let stuck = Array(Set(outcome.events.filter { $0.status == "DELETE_FAILED" && !$0.isStackEvent && $0.nestedPath == nil }.map(\.logicalResourceID))).sorted()
                    if !stuck.isEmpty {
                        session.console.error("resources that would not delete: \(stuck.joined(separator: ", "))")
                        session.console.say("next: fix them, or keep them with: \(session.command) stack destroy \(stack.name) \(stuck.map { "--retain \($0)" }.joined(separator: " ")) --yes")
                    }
                }
                // The nested stacks go with their parent: say how each ended.
                for (path, child) in nested {
                    let status = (try? await session.stacks.existingStack(child.id))??.status ?? "DELETE_COMPLETE"
                    session.console.say("  nested stack \(path) (\(child.name)): \(status)")
                }
                if let code = session.report(result, stackName: stack.name, verb: "deleted") {
                    failure = failure ?? code
                    results.append(["stack": .string(stack.name), "result": code == StackExit.gaveUp ? "gave-up" : "failed"])
                } else {
                    results.append(["stack": .string(stack.name), "result": "deleted"])
                }
            }
            if console.json { session.console.emit(["stacks": .array(results)]) }
            if let failure { throw failure }
        }
    }
}
