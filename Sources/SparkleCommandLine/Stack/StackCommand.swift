import ArgumentParser
import Sparkle

/// `sparkle stack …`: operate stacks built from the catalog's templates (or any template file).
struct StackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stack",
        abstract: "Deploy, inspect and delete CloudFormation stacks.",
        discussion: """
            Every command takes --region, --profile and --endpoint-url as `compile` does, --json for one JSON \
            document on standard output, and --no-color (NO_COLOR is honoured). \(StackExit.summary)
            """,
        subcommands: [Deploy.self, Create.self, Update.self, Plan.self, Execute.self, Diff.self, Events.self, Describe.self, Outputs.self, ListStacks.self, Destroy.self]
    )
}
