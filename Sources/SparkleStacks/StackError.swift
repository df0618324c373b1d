import Sparkle
import SparkleAWS

/// Why a stack operation did not do what was asked: a kind a caller can act on, a message that
/// says what and where, and, where there is one, the next step as a value for the caller to word
/// (a command line names its own commands and options).
public struct StackError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// Bad input found before anything was sent: a missing parameter, a template too large
        /// without a bucket, a stack that exists for `create`.
        case usage
        /// The template to deploy does not compile or has lint errors (see ``StackError/diagnostics``).
        case invalidTemplate
        /// The stack (or change set) named does not exist.
        case stackNotFound
        /// The change set failed for a reason other than "no changes".
        case changeSetFailed
        /// The operation ran and failed, or the stack is in a state that does not allow it.
        case operationFailed
    }

    public let kind: Kind
    public let message: String
    /// What to do about it, when there is something to do.
    public var nextStep: StackNextStep?
    /// The findings of an ``Kind/invalidTemplate`` error.
    public var diagnostics: [Diagnostic] = []

    /// An error of `kind`, saying `message`, with the step that helps when there is one.
    public init(_ kind: Kind, _ message: String, nextStep: StackNextStep? = nil) {
        self.kind = kind
        self.message = message
        self.nextStep = nextStep
    }

    /// The error of an AWS call, in the kind a command line maps to its exit code.
    public init(_ error: AWSError) {
        switch error.kind {
        case .stackNotFound, .changeSetNotFound: self.init(.stackNotFound, error.message)
        // Found out only when the first call needs credentials: still the caller's set-up.
        case .noCredentials, .noRegion, .configuration: self.init(.usage, error.message)
        default: self.init(.operationFailed, error.message)
        }
    }

    public var description: String { message }
}

/// The next step after a stack error or a failed operation, as a value: the caller words it with
/// its own commands.
public enum StackNextStep: Sendable, Equatable {
    /// The stack is busy: follow its events until it settles.
    case waitForOperation(stack: String)
    /// `create` found the stack: update or deploy it instead.
    case updateInstead(stack: String)
    /// `update` found no stack: create or deploy it instead.
    case createInstead(stack: String)
    /// The template is too large to send inline: name a bucket to upload it to.
    case giveBucket
    /// These parameters have no value: give them one, from a file or an upstream stack.
    case giveParameters([String])
    /// A create failed and left an empty stack: delete it, or deploy again replacing it.
    case destroyOrReplaceFailed(stack: String)
    /// The stack rolled back: fix the cause and deploy again.
    case fixAndDeployAgain
    /// The rollback failed: continue it (AWS CLI), or delete the stack.
    case continueRollback(stack: String)
    /// Rollback is disabled and the update stopped: fix and deploy again, or roll back.
    case fixOrRollBack
    /// Some resources would not delete: fix them, or destroy again retaining them (`resources`,
    /// when known).
    case retainUndeletable(stack: String, resources: [String] = [])
    /// The stack has termination protection: turn it off before deleting it.
    case turnOffTerminationProtection(stack: String)
}
