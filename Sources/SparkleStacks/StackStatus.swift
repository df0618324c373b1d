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
    public static func nextStep(for status: String, stack: String) -> StackNextStep? {
        switch status {
        case "ROLLBACK_COMPLETE", "ROLLBACK_FAILED", "CREATE_FAILED": .destroyOrReplaceFailed(stack: stack)
        case "UPDATE_ROLLBACK_COMPLETE": .fixAndDeployAgain
        case "UPDATE_ROLLBACK_FAILED": .continueRollback(stack: stack)
        case "UPDATE_FAILED": .fixOrRollBack
        case "DELETE_FAILED": .retainUndeletable(stack: stack)
        default: nil
        }
    }
}
