/// What a stack status (`CREATE_COMPLETE`, `UPDATE_ROLLBACK_FAILED`, …) means for the one waiting.
public enum StackStatus {
    /// The stack is still changing: keep waiting. `REVIEW_IN_PROGRESS` is not, it waits for a change set.
    public static func isInProgress(_ status: String) -> Bool {
        status.hasSuffix("_IN_PROGRESS") && status != "REVIEW_IN_PROGRESS"
    }

    /// The operation succeeded.
    public static func isSuccess(_ status: String) -> Bool {
        ["CREATE_COMPLETE", "UPDATE_COMPLETE", "IMPORT_COMPLETE", "DELETE_COMPLETE"].contains(status)
    }

    /// The stack holds no resources and can only be deleted: a create that failed and rolled back,
    /// or a change set that was never executed.
    public static func isEmptyLeftover(_ status: String) -> Bool {
        ["ROLLBACK_COMPLETE", "ROLLBACK_FAILED", "REVIEW_IN_PROGRESS"].contains(status)
    }

    /// Whether a root-stack event with this status starts an operation (for "the last operation").
    static func startsOperation(_ status: String) -> Bool {
        ["CREATE_IN_PROGRESS", "UPDATE_IN_PROGRESS", "DELETE_IN_PROGRESS", "IMPORT_IN_PROGRESS"].contains(status)
    }

    /// What to do about a stack that settled in `status` after a failed operation.
    public static func nextStep(for status: String, stack: String) -> String? {
        switch status {
        case "ROLLBACK_COMPLETE", "ROLLBACK_FAILED", "CREATE_FAILED":
            "the stack was never created and can only be deleted: run `sparkle stack destroy \(stack)`, "
                + "or deploy again with --replace-failed, which deletes it first"
        case "UPDATE_ROLLBACK_COMPLETE":
            "the stack is back in its previous state and can be updated again once the cause is fixed"
        case "UPDATE_ROLLBACK_FAILED":
            "the rollback itself failed: continue it with `aws cloudformation continue-update-rollback --stack-name \(stack)` "
                + "(with --resources-to-skip for resources that cannot roll back), or delete the stack"
        case "UPDATE_FAILED":
            "rollback is disabled and the update stopped where it failed: fix the cause and deploy again, or roll back"
        case "DELETE_FAILED":
            "some resources would not delete: fix them, or run `sparkle stack destroy \(stack) --retain ID` for each to keep it"
        default:
            nil
        }
    }
}
