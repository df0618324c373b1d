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
            let (described, parameters) = try await session.stackHidingSecrets(stack)
            let resources = try await session.run { try await session.client.stackResources(described.id) }
            let nested = try await session.run { try await session.stacks.nestedStacks(of: described.id) }.flatMap { $0.flattened() }
            let out = session.console
            if console.json {
                var document: Object = [
                    "stackName": .string(described.name), "stackId": .string(described.id), "status": .string(described.status),
                    "terminationProtection": .bool(described.terminationProtection),
                ]
                document["statusReason"] = described.statusReason.map { .string($0) } ?? .null
                document["description"] = described.description.map { .string($0) } ?? .null
                document["creationTime"] = described.creationTime.map { .string(Events.iso($0)) } ?? .null
                document["lastUpdatedTime"] = described.lastUpdatedTime.map { .string(Events.iso($0)) } ?? .null
                document["parameters"] = .object(Object(pairs: parameters.map { ($0.key, Value.string($0.value)) }))
                document["outputs"] = .array(described.outputs.map { output in
                    var entry: Object = ["key": .string(output.key), "value": .string(output.value)]
                    if let export = output.exportName { entry["exportName"] = .string(export) }
                    if let description = output.description { entry["description"] = .string(description) }
                    return .object(entry)
                })
                document["tags"] = .object(Object(pairs: described.tags.map { ($0.key, Value.string($0.value)) }))
                document["capabilities"] = .array(described.capabilities.map { .string($0) })
                document["resources"] = .array(resources.map { resource in
                    var entry: Object = ["logicalId": .string(resource.logicalID), "type": .string(resource.type), "status": .string(resource.status)]
                    if let physical = resource.physicalID { entry["physicalId"] = .string(physical) }
                    if let reason = resource.statusReason { entry["reason"] = .string(reason) }
                    return .object(entry)
                })
                document["nestedStacks"] = .array(nested.map { path, stack in
                    ["path": .string(path.description), "stackName": .string(stack.name), "stackId": .string(stack.id), "status": .string(stack.status)]
                })
                out.emit(.object(document))
                return
            }
            out.say("stack     \(described.name)")
            out.say("id        \(described.id)")
            out.say("status    \(out.paint(described.status, StackConsole.style(of: described.status)))\(described.statusReason.map { " (\($0))" } ?? "")")
            if let description = described.description { out.say("about     \(description)") }
            if let created = described.creationTime { out.say("created   \(Events.iso(created))") }
            if let updated = described.lastUpdatedTime { out.say("updated   \(Events.iso(updated))") }
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
