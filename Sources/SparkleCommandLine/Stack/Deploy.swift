import ArgumentParser
import Sparkle

extension StackCommand {
    struct Deploy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deploy",
            abstract: "Create or update a stack through a change set, and follow it until it settles.",
            discussion: """
                Compiles the template (or reads --file), resolves parameters (--parameter > --parameters-file > \
                --apply-stack > the stack's previous value > the template default), detects capabilities, uploads \
                templates over 51,200 bytes to --bucket, shows the change set, asks, executes it, streams the events \
                and prints the outputs. \(StackExit.summary)
                """)

        @OptionGroup var deploying: DeployingOptions

        func run() async throws {
            try await deploying.run(.deploy)
        }
    }
}
