import ArgumentParser
import Sparkle

extension StackCommand {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Deploy a stack that must not exist yet.",
            discussion: "As `deploy`, but refuses (exit 2) when the stack exists. \(StackExit.summary)")

        @OptionGroup var deploying: DeployingOptions

        func run() async throws {
            try await deploying.run(.create)
        }
    }
}
