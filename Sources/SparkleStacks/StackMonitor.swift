import Foundation
import SparkleAWS
import SparkleTree

/// How to wait for a stack: the poll cadence, and how long to wait at most.
public struct WaitOptions: Sendable {
    /// The first pause between polls, and the pause again after new events arrive.
    public var initialInterval: TimeInterval
    /// The longest pause between polls; the pause grows by half each quiet poll up to it.
    public var maxInterval: TimeInterval
    /// Give up waiting after this long (the operation goes on); nil to wait until it settles.
    public var timeout: TimeInterval?
    /// Report that the wait goes on after this long without a new event.
    public var heartbeat: TimeInterval
    /// Polls that may fail in a row (each after its own retries) before waiting gives up.
    public var failedPollLimit = 5

    /// A cadence: the first poll's pause, the longest pause, how long to wait at most, and how long a
    /// quiet stretch lasts before it is reported.
    public init(initialInterval: TimeInterval = 1.5, maxInterval: TimeInterval = 10, timeout: TimeInterval? = nil, heartbeat: TimeInterval = 10) {
        self.initialInterval = initialInterval
        self.maxInterval = maxInterval
        self.timeout = timeout
        self.heartbeat = heartbeat
    }
}

extension WaitOptions {
    /// The default cadence with `timeout`, or a poll every `SPARKLE_POLL_INTERVAL` seconds when
    /// that is set (an emulator answers at once).
    public init(timeout: TimeInterval?, environment: [String: String]) {
        self.init(timeout: timeout)
        if let interval = environment["SPARKLE_POLL_INTERVAL"].flatMap(Double.init), interval > 0 {
            initialInterval = interval
            maxInterval = max(interval, min(maxInterval, interval * 4))
            heartbeat = max(interval * 2, 1)
        }
    }
}

extension WaitOptions {
    /// The seconds `text` gives: a number (`90`, `2.5`), or amounts with units `s`, `m` and `h`
    /// (`90s`, `5m`, `1h30m`); nil for anything else, and for a zero duration with units.
    public static func seconds(in text: String) -> TimeInterval? {
        if let plain = Double(text), plain >= 0 { return plain }
        var total = 0.0
        var number = ""
        for character in text {
            if character.isNumber || character == "." {
                number.append(character)
                continue
            }
            guard let value = Double(number) else { return nil }
            switch character {
            case "s": total += value
            case "m": total += value * 60
            case "h": total += value * 3600
            default: return nil
            }
            number = ""
        }
        return number.isEmpty && total > 0 ? total : nil
    }
}

/// What happens while waiting, for whoever shows it.
public enum StackActivity: Sendable {
    /// A new event of the operation.
    case event(StackEvent)
    /// No new event for a while: the stack's status, the time waited, and the resources still in progress.
    case waiting(status: String, elapsed: TimeInterval, inProgress: [String])
    /// A poll failed for a reason that may pass (throttling); waiting goes on, more slowly.
    case retrying(String)
}

/// How an operation ended.
public struct StackOutcome: Sendable {
    /// The stack as it settled.
    public var stack: StackDescription
    /// Every event of the operation, oldest first.
    public var events: [StackEvent]
    /// Whether the operation succeeded.
    public var succeeded: Bool
    /// The first real failure: not a cancellation, not a nested stack's echo of its child.
    public var rootCause: StackEvent?
    /// Resources that failed to delete during an update's clean-up (the update still succeeded),
    /// or during a delete.
    public var deleteFailures: [StackEvent]
    /// How many times the stack was polled.
    public var polls: Int
}

extension StackOutcome {
    /// Why the operation failed, as an error: the stack's status with its first real failure (or
    /// the stack's own reason), and the next step that status calls for; nil when it succeeded.
    public var failure: StackError? {
        guard !succeeded else { return nil }
        var message = "stack \(stack.name) \(stack.status)"
        if let cause = rootCause {
            message += ": \(cause.displayName) (\(cause.resourceType)) \(cause.status): \(cause.statusReason ?? "no reason given")"
        } else if let reason = stack.statusReason {
            message += ": \(reason)"
        }
        let step = undeletable.isEmpty ? StackStatus.nextStep(for: stack.status, stack: stack.name) : .retainUndeletable(stack: stack.name, resources: undeletable)
        return StackError(.operationFailed, message, nextStep: step)
    }

    /// The stack's own resources that failed to delete, by logical ID (for retaining them on the
    /// next try); nested stacks' resources are their stacks' to retain.
    public var undeletable: [String] {
        Set(events.filter { $0.status == "DELETE_FAILED" && !$0.isStackEvent && $0.nestedPath == nil }.map(\.logicalResourceID)).sorted()
    }
}

/// Why waiting ended.
public enum WaitResult: Sendable {
    case settled(StackOutcome)
    /// The timeout passed while the operation still ran.
    case gaveUp(status: String, events: [StackEvent])
}

/// Follows one stack operation to its end.
public struct StackMonitor: Sendable {
    public let client: CloudFormationClient
    public var options: WaitOptions

    /// A monitor polling through `client` at `options`' cadence.
    public init(client: CloudFormationClient, options: WaitOptions = WaitOptions()) {
        self.client = client
        self.options = options
    }

    /// Polls the stack (by ID) and its events until the stack settles, handing each new event and
    /// each long quiet stretch to `report`. After the stack settles, the events are read once more
    /// to the end, since they may lag the status.
    ///
    /// Nested stacks are followed too: once the parent's event for a nested stack carries the nested
    /// stack's ID, its events from then on are read beside the parent's, with their path
    /// (``StackEvent/nestedPath``), until the nested stack resource settles in the parent.
    public func wait(
        for cursor: EventCursor, deleting: Bool = false, report: @Sendable (StackActivity) -> Void
    ) async throws(StackError) -> WaitResult {
        var cursor = cursor
        let started = Date()
        var lastNews = Date()
        var interval = options.initialInterval
        var events: [StackEvent] = []
        var inProgress: [String: String] = [:]
        var polls = 0
        var status = ""
        var news = false
        var failedPolls = 0
        // Nested stacks followed: their cursors, paths, and whether their resource has settled.
        var nested: [(cursor: EventCursor, path: StackPath, settled: Bool)] = []

        func take(_ fresh: [StackEvent]) {
            for event in fresh {
                events.append(event)
                if let child = event.nestedStackID {
                    let path = (event.nestedPath ?? .root).appending(event.logicalResourceID)
                    if let index = nested.firstIndex(where: { $0.cursor.stack == child }) {
                        nested[index].settled = !StackStatus.isInProgress(event.status)
                    } else if StackStatus.isInProgress(event.status) {
                        nested.append((EventCursor(stack: child, start: .since(event.timestamp)), path, false))
                    }
                }
                if !event.isStackEvent {
                    inProgress[event.displayName] = StackStatus.isInProgress(event.status) ? event.status : nil
                }
                report(.event(event))
            }
            if !fresh.isEmpty {
                lastNews = Date()
                news = true
            }
        }

        /// Reads each nested stack's new events (a settled one for the last time).
        func readNested() async throws(AWSError) {
            var index = 0
            while index < nested.count {
                var child = nested[index]
                let fresh: [StackEvent]
                do {
                    fresh = try await child.cursor.next(from: client)
                } catch where error.kind == .stackNotFound {
                    fresh = []
                }
                nested[index].cursor = child.cursor
                take(fresh.map { event in
                    var inner = event
                    inner.nestedPath = StackPath(child.path.logicalIDs + (event.nestedPath?.logicalIDs ?? []))
                    return inner
                })
                child = nested[index]
                if child.settled { nested.remove(at: index) } else { index += 1 }
            }
        }

        while true {
            polls += 1
            news = false
            var stack: StackDescription?
            do {
                stack = try await client.describeStack(cursor.stack)
                take(try await cursor.next(from: client))
                try await readNested()
            } catch {
                if error.kind == .stackNotFound, deleting {
                    stack = nil
                } else if error.isRetryable, failedPolls < options.failedPollLimit {
                    // Each failed poll already retried with backoff; a few in a row may still pass.
                    failedPolls += 1
                    report(.retrying(error.message))
                    interval = min(options.maxInterval, interval * 2)
                    try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
                    continue
                } else {
                    throw StackError(error)
                }
            }
            failedPolls = 0
            status = stack?.status ?? "DELETE_COMPLETE"
            if let stack, StackStatus.isInProgress(status) || status == "REVIEW_IN_PROGRESS" {
                if let timeout = options.timeout, Date().timeIntervalSince(started) >= timeout {
                    return .gaveUp(status: status, events: events)
                }
                if Date().timeIntervalSince(lastNews) >= options.heartbeat {
                    report(.waiting(status: stack.status, elapsed: Date().timeIntervalSince(started), inProgress: inProgress.keys.sorted()))
                    lastNews = Date()
                }
                interval = news ? options.initialInterval : min(options.maxInterval, interval * 1.5)
                let pause = min(interval, options.timeout.map { max(0.1, $0 - Date().timeIntervalSince(started)) } ?? interval)
                try? await Task.sleep(nanoseconds: UInt64(pause * 1_000_000_000))
                continue
            }
            // Settled: read the events to the end, then judge.
            do {
                take(try await cursor.next(from: client))
                for index in nested.indices { nested[index].settled = true }
                try await readNested()
            } catch where error.kind == .stackNotFound {}
            catch { throw StackError(error) }
            let settled = stack ?? StackDescription(id: cursor.stack, name: cursor.stack, status: "DELETE_COMPLETE")
            return .settled(
                StackOutcome(
                    stack: settled, events: events, succeeded: StackStatus.isSuccess(status) && (!deleting || status == "DELETE_COMPLETE"),
                    rootCause: Self.rootCause(events), deleteFailures: events.filter { $0.status == "DELETE_FAILED" && !$0.isStackEvent },
                    polls: polls))
        }
    }

    /// The first real failure among `events` (oldest first): a resource's `*_FAILED` that is not a
    /// cancellation. A nested stack's failure ("Embedded stack … was not successfully created")
    /// only echoes its child, so a resource's own failure is preferred to it. Failing every
    /// resource, the stack's own reason (`The following resource(s) failed to create: …`).
    public static func rootCause(_ events: [StackEvent]) -> StackEvent? {
        let failures = events.filter { event in
            event.status.hasSuffix("_FAILED") && !event.isStackEvent
                && !(event.statusReason ?? "").localizedCaseInsensitiveContains("cancelled")
        }
        let own = failures.first { !($0.resourceType == "AWS::CloudFormation::Stack" && ($0.statusReason ?? "").hasPrefix("Embedded stack")) }
        return own ?? failures.first
            ?? events.last { $0.isStackEvent && ($0.status.hasSuffix("_FAILED") || $0.status.contains("ROLLBACK")) && $0.statusReason != nil }
    }
}
