import ArgumentParser
import Sparkle

extension StackCommand {
    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update",
            abstract: "Deploy a stack that must exist already.",
            discussion: "As `deploy`, but refuses (exit 3) when the stack does not exist. \(StackExit.summary)")

        @OptionGroup var deploying: DeployingOptions

        func run() async throws {
            try await deploying.run(.update)
        }
    }
}
