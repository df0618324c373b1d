import ArgumentParser
import Sparkle

extension StackCommand {
    struct Update: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Deploy a stack that must exist already.",
            discussion: "As `deploy`, but refuses (exit 3) when the stack does not exist. \(StackExit.summary)")

        @OptionGroup var options: DeploymentOptions
        @OptionGroup(title: "Proceeding") var proceed: ProceedOptions

        @Option(help: ArgumentHelp("After the deploy, write the outputs where --outputs-file reads them.", valueName: "file"))
        var writeOutputs: String?

        func run() async throws {
            try await Deployment(options: options, mode: .update, proceed: proceed, writeOutputs: writeOutputs).run()
        }
    }
}
