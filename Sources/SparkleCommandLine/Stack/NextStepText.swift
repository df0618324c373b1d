import Foundation
import SparkleStacks

extension StackNextStep {
    /// The step in words, naming this command line's own commands (`command` is its name).
    func text(command: String) -> String {
        switch self {
        case .waitForOperation(let stack):
            "wait for it with `\(command) stack events \(stack) --follow`"
        case .updateInstead:
            "use `\(command) stack update` or `deploy`"
        case .createInstead:
            "use `\(command) stack create` or `deploy`"
        case .giveBucket:
            "give --bucket BUCKET (and optionally --prefix) to upload templates to S3"
        case .giveParameters:
            "give --parameter NAME=VALUE, a --parameters-file, or --apply-stack with a stack that outputs it"
        case .destroyOrReplaceFailed(let stack):
            "the stack was never created and can only be deleted: run `\(command) stack destroy \(stack)`, "
                + "or deploy again with --replace-failed, which deletes it first"
        case .fixAndDeployAgain:
            "the stack is back in its previous state and can be updated again once the cause is fixed"
        case .continueRollback(let stack):
            "the rollback itself failed: continue it with `aws cloudformation continue-update-rollback --stack-name \(stack)` "
                + "(with --resources-to-skip for resources that cannot roll back), or delete the stack"
        case .fixOrRollBack:
            "rollback is disabled and the update stopped where it failed: fix the cause and deploy again, or roll back"
        case .turnOffTerminationProtection(let stack):
            "turn it off first (`\(command) stack deploy \(stack) --no-termination-protection`)"
        case .retainUndeletable(let stack, let resources) where resources.isEmpty:
            "some resources would not delete: fix them, or run `\(command) stack destroy \(stack) --retain ID` for each to keep it"
        case .retainUndeletable(let stack, let resources):
            "fix \(resources.joined(separator: ", ")), or keep them with `\(command) stack destroy \(stack) \(resources.map { "--retain \($0)" }.joined(separator: " ")) --yes`"
        }
    }
}
