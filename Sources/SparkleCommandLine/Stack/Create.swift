import ArgumentParser
import Sparkle

extension StackCommand {
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Deploy a stack that must not exist yet.",
            discussion: "As `deploy`, but refuses (exit 2) when the stack exists. \(StackExit.summary)")

        @OptionGroup var options: DeploymentOptions
        @OptionGroup(title: "Proceeding") var proceed: ProceedOptions

        @Option(help: ArgumentHelp("After the deploy, write the outputs where --outputs-file reads them.", valueName: "file"))
        var writeOutputs: String?

        func run() async throws {
            try await Deployment(options: options, mode: .create, proceed: proceed, writeOutputs: writeOutputs).run()
        }
    }
}
