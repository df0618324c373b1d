import ArgumentParser
import Foundation
import Sparkle
import SparkleAWS
import SparkleParsers
import SparkleStacks

/// What every `sparkle stack` command starts from: the console, and the clients for the
/// configured account and region (one transport, so one `URLSession`, for all of them).
struct StackSession {
    let console: StackConsole
    let deployer: Deployer
    /// What Ctrl-C and SIGTERM say while an operation is followed.
    let interrupts: InterruptHint
    /// The command line's name, for the commands its messages suggest.
    var command: String { CatalogStore.shared.commandName }

    var stacks: StackOperator { deployer.stacks }
    var client: CloudFormationClient { stacks.cloudFormation }

    init(aws: AWSOptions, console options: ConsoleOptions, waitTimeout: TimeInterval? = nil) throws {
        console = StackConsole(options)
        interrupts = InterruptHint(console: console, command: CatalogStore.shared.commandName)
        do {
            deployer = Deployer(configuration: try aws.configuration(), timeout: waitTimeout)
        } catch {
            console.error(error.message)
            throw StackExit.usage
        }
    }

    /// Reports `error`, with its findings and next step, and answers the exit code for it.
    func fail(_ error: StackError) -> ExitCode {
        let step = error.nextStep.map { ": \($0.text(command: command))" } ?? ""
        console.error(([error.message + step] + error.diagnostics.map { "  \($0)" }).joined(separator: "\n"))
        return StackExit.code(for: error.kind)
    }

    /// Runs `body`, turning stack and AWS errors into a message and their exit code.
    func run<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as StackError {
            throw fail(error)
        } catch let error as AWSError {
            throw fail(StackError(error))
        }
    }

    /// The stack, or exit 3 naming it.
    func stack(_ name: String) async throws -> StackDescription {
        try await run { () throws(StackError) in try await stacks.stack(named: name) }
    }

    /// Exit 4 before anything is sent when `action` needs confirmation that nobody can give:
    /// no `--yes` and no terminal to ask on.
    func requireConfirmation(of action: String, yes: Bool) throws {
        guard !yes, !console.interactive else { return }
        console.error("\(action) needs confirmation, and there is no terminal to ask on: pass --yes (nothing was changed)")
        throw StackExit.confirmation
    }

    /// The stack, or exit 3; the values of its NoEcho parameters are hidden from all that is printed after.
    func stackHidingSecrets(_ name: String) async throws -> StackDescription {
        let masked = try await run { () throws(StackError) in try await stacks.maskedStack(name) }
        console.secrets.hide(masked.secrets)
        return masked.stack
    }

    /// ``stackHidingSecrets(_:)`` with the stack's resources and nested stacks.
    func overview(of name: String) async throws -> StackOverview {
        let overview = try await run { () throws(StackError) in try await stacks.overview(of: name) }
        console.secrets.hide(overview.masked.secrets)
        return overview
    }

    /// Follows an operation to its end on the console. Ctrl-C stops watching, not the operation,
    /// and says how to watch again.
    func follow(_ cursor: EventCursor, stackName: String, deleting: Bool = false) async throws -> WaitResult {
        interrupts.arm(stack: stackName)
        defer { interrupts.disarm() }
        let console = self.console
        let result = try await run {
            try await StackMonitor(client: client, options: deployer.waitOptions).wait(for: cursor, deleting: deleting) { console.show($0) }
        }
        console.finishLive()
        return result
    }

    /// Prints how an operation ended and answers the exit code (nil for success).
    func report(_ result: WaitResult, stackName: String, verb: String) -> ExitCode? {
        switch result {
        case .gaveUp(let status, _):
            console.error(
                "gave up waiting: stack '\(stackName)' is still \(status); the operation goes on. "
                    + "Watch it with: \(command) stack events \(stackName) --follow")
            return StackExit.gaveUp
        case .settled(let outcome):
            for failure in outcome.deleteFailures where outcome.succeeded {
                console.warn("\(failure.logicalResourceID) (\(failure.resourceType)) was not deleted: \(failure.statusReason ?? "no reason given")")
            }
            if let failure = outcome.failure { return fail(failure) }
            console.say(console.paint("stack \(stackName) \(verb): \(outcome.stack.status)", .green))
            return nil
        }
    }
}

/// While an operation is followed, Ctrl-C (SIGINT) and SIGTERM stop watching, not the operation:
/// the command says how to watch again and exits 130 or 143.
final class InterruptHint: @unchecked Sendable {
    private let console: StackConsole
    private let command: String
    private let lock = NSLock()
    private var sources: [any DispatchSourceSignal] = []

    init(console: StackConsole, command: String) {
        self.console = console
        self.command = command
    }

    /// Says how to watch `stack` again on either signal, from now until ``disarm()``.
    func arm(stack: String) {
        disarm()
        lock.lock()
        defer { lock.unlock() }
        let console = self.console
        let hint = "stopped watching; the operation goes on in CloudFormation. Watch it again with: \(command) stack events \(stack) --follow"
        for (number, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            signal(number, SIG_IGN)
            source.setEventHandler {
                console.finishLive()
                console.error(hint, label: number == SIGINT ? "interrupted" : "terminated")
                exit(code)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Back to the signals' default actions.
    func disarm() {
        lock.lock()
        defer { lock.unlock() }
        guard !sources.isEmpty else { return }
        sources.forEach { $0.cancel() }
        sources = []
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}

/// A duration: `90`, `90s`, `5m`, `1h`, `1h30m` (``WaitOptions/seconds(in:)``).
struct WaitDuration: ExpressibleByArgument {
    let seconds: TimeInterval

    init?(argument: String) {
        guard let seconds = WaitOptions.seconds(in: argument) else { return nil }
        self.seconds = seconds
    }
}
