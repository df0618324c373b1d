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
            let view = DeploymentView(session: session, yes: proceed.yes, detach: proceed.detach, keepsDeclined: true)
            try await view.render(session.run {
                try await session.deployer.execute(
                    changeSet: changeSet, stackName: stack, until: proceed.detach ? .started : .settled, confirm: view.confirm, progress: view.show)
            })
        }
    }
}
