import Foundation
import Sparkle
import SparkleAWS
import SparkleStacks

/// How a deployment plan is shown: what was acknowledged and why, the parameters (NoEcho
/// masked), where the template went, and every change of the change set.
struct PlanReport {
    let plan: DeploymentPlan
    let console: StackConsole

    func show() {
        let name = plan.request.stackName
        if let leftover = plan.removedLeftover {
            console.say("deleted the empty stack \(name) (\(leftover)) that stood in the way of creating it")
        }
        for requirement in plan.capabilities {
            console.say("capability \(requirement.capability): \(requirement.source) (\(requirement.reason))")
        }
        if plan.request.capabilities != nil {
            console.say("capabilities acknowledged by --capabilities: \(plan.acknowledged.isEmpty ? "none" : plan.acknowledged.joined(separator: ", "))")
        }
        for line in plan.applyReport.unmatched.isEmpty ? [] : ["outputs that matched no parameter: \(plan.applyReport.unmatched.joined(separator: ", "))"] {
            console.say("apply-stack: \(line)")
        }
        for parameter in plan.parameters { console.say("parameter \(Self.line(parameter))") }
        if let url = plan.uploadedTo { console.say("template uploaded to \(url)") }
        if !plan.request.uploads.isEmpty {
            let unchanged = plan.request.uploads.count - plan.uploadedNested.count
            console.say("nested templates: \(plan.uploadedNested.count) uploaded, \(unchanged) already in the bucket")
        }
        guard let changeSet = plan.changeSet else { return }
        console.say("change set \(changeSet.name) for stack \(name) (\(plan.createsStack ? "create" : "update")):")
        if changeSet.changes.isEmpty {
            console.say("  no resource changes (parameters, outputs or the template's other sections change)")
        }
        func show(_ changes: [ResourceChange], indent: String) {
            for change in changes {
                console.say(indent + Self.line(change, console: console))
                show(change.nestedChanges, indent: indent + "    ")
            }
        }
        show(changeSet.changes, indent: "  ")
        if let summary = changeSet.summary { console.say("  " + summary) }
    }

    /// `Key = value (from …)`, the value masked when hidden.
    static func line(_ parameter: ResolvedParameter) -> String {
        let shown = parameter.shownValue ?? (parameter.value == nil ? "(template default)" : "(previous value)")
        let from: String
        switch parameter.origin {
        case .explicit: from = "--parameter"
        case .file: from = "parameters file"
        case .applied(let stack, let output): from = "\(stack).\(output)\(parameter.unchangedValue != nil ? ", unchanged" : "")"
        case .previous: from = "the stack"
        case .templateDefault: from = "the template"
        }
        return "\(parameter.key) = \(shown) (from \(from))"
    }

    /// `+ AWS::S3::Bucket Bucket`, `~ … (replaced)`, `- …`.
    static func line(_ change: ResourceChange, console: StackConsole) -> String {
        let (symbol, style): (String, StackConsole.Style) =
            switch change.action {
            case "Add": ("+", .green)
            case "Remove": ("-", .red)
            case "Import": ("←", .blue)
            default: ("~", .yellow)
            }
        var text = console.paint("\(symbol) \(change.resourceType) \(change.logicalID)", style)
        switch change.replacement {
        case "True": text += " " + console.paint("(replaced)", .red)
        case "Conditional": text += " " + console.paint("(may be replaced)", .yellow)
        default: break
        }
        let names = change.details.map { $0.requiresRecreation == "Always" ? "\($0.name)!" : $0.name }.filter { !$0.isEmpty }
        if !names.isEmpty { text += " [\(Array(Set(names)).sorted().joined(separator: ", "))]" }
        return text
    }
}
