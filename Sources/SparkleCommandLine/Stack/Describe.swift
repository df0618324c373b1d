import ArgumentParser
import Foundation
import Sparkle
import SparkleAWS
import SparkleStacks

extension StackCommand {
    struct Describe: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "describe",
            abstract: "Show a stack: status and reason, parameters (NoEcho masked), outputs and exports, tags, resources, termination protection.",
            discussion: StackExit.summary)

        @Argument(help: "The stack's name or ID.")
        var stack: String

        @OptionGroup var aws: AWSOptions
        @OptionGroup(title: "Output") var console: ConsoleOptions

        func run() async throws {
            let session = try StackSession(aws: aws, console: console)
            let overview = try await session.overview(of: stack)
            let (described, parameters, resources, nested) = (overview.masked.stack, overview.masked.parameters, overview.resources, overview.nested)
            let out = session.console
            if console.json {
                out.emit(overview.document)
                return
            }
            out.say("stack     \(described.name)")
            out.say("id        \(described.id)")
            out.say("status    \(out.paint(described.status, StackConsole.style(of: described.status)))\(described.statusReason.map { " (\($0))" } ?? "")")
            if let description = described.description { out.say("about     \(description)") }
            if let created = described.creationTime { out.say("created   \(StackEvent.iso(created))") }
            if let updated = described.lastUpdatedTime { out.say("updated   \(StackEvent.iso(updated))") }
            out.say("termination protection \(described.terminationProtection ? "on" : "off")")
            if let role = described.roleARN { out.say("role      \(role)") }
            if !described.capabilities.isEmpty { out.say("capabilities \(described.capabilities.joined(separator: ", "))") }
            section("parameters", parameters.map { "\($0.key) = \($0.value)" }, on: out)
            section("outputs", described.outputs.map { "\($0.key) = \($0.value)\($0.exportName.map { " (exported as \($0))" } ?? "")" }, on: out)
            section("tags", described.tags.map { "\($0.key) = \($0.value)" }, on: out)
            section("resources", resources.map { resource in
                "\(resource.logicalID)  \(resource.type)  \(out.paint(resource.status, StackConsole.style(of: resource.status)))"
                    + (resource.physicalID.map { "  \($0)" } ?? "") + (resource.statusReason.map { "  \($0)" } ?? "")
            }, on: out)
            section("nested stacks", nested.map { path, stack in
                "\(path)  \(out.paint(stack.status, StackConsole.style(of: stack.status)))  \(stack.name)"
            }, on: out)
        }

        private func section(_ title: String, _ lines: [String], on console: StackConsole) {
            guard !lines.isEmpty else { return }
            console.say("\(title):")
            for line in lines { console.say("  \(line)") }
        }
    }
}
