import ArgumentParser
import Sparkle

extension StackCommand {
    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Make the deployment's change set and show it; leave it for `execute`.",
            discussion: """
                Does all of `deploy` up to the preview. The change set stays for review; its name is printed. With no \
                changes it is deleted. --fail-on-changes exits 1 when there are changes (a CI drift gate). \(StackExit.summary)
                """)

        @OptionGroup var options: DeploymentOptions

        @Flag(help: "Exit 1 when the change set has changes.")
        var failOnChanges = false

        func run() async throws {
            try await options.deploy(.deploy, until: .planned) { DeploymentView(session: $0, failOnChanges: failOnChanges) }
        }
    }
}
