import Foundation
import SparkleAWS

/// Reads a stack's events so that each is seen exactly once: pages are read newest first and
/// reading stops at the first event already seen (or at the start of the operation), then the new
/// events are handed out oldest first.
public struct EventCursor: Sendable {
    /// Where the first read stops.
    public enum Start: Sendable {
        /// After every event present now: call ``markExisting(on:)`` before the operation starts.
        case afterExisting
        /// At the start of the stack's most recent operation.
        case lastOperation
        /// At the stack's first event.
        case beginning
        /// At the first event at or after this time (the server's clock, as an event of the parent
        /// stack tells it): a nested stack's events of its parent's operation.
        case since(Date)
    }

    /// The stack, by ID once it is known: a deleted stack answers only by ID.
    public var stack: String
    public private(set) var start: Start
    /// The `ClientRequestToken` of the operation followed; events of other tokens are not its own.
    public var token: String?
    private var seen: Set<String> = []
    private var started = false

    /// A cursor on the stack with ID `stack`, from `start`; `token` is the operation's
    /// `ClientRequestToken`, which its events carry.
    public init(stack: String, start: Start, token: String? = nil) {
        self.stack = stack
        self.start = start
        self.token = token
    }

    /// Marks the events the stack has now as seen, so that only the next operation's are read. Reads
    /// one page: anything older lies behind it. A stack that does not exist yet has none.
    public mutating func markExisting(on client: CloudFormationClient) async throws(AWSError) {
        do {
            let page = try await client.stackEvents(stack) { _ in false }
            seen.formUnion(page.map(\.id))
        } catch where error.kind == .stackNotFound {}
        started = true
    }

    /// The events not seen before, oldest first.
    public mutating func next(from client: CloudFormationClient) async throws(AWSError) -> [StackEvent] {
        let seen = self.seen
        let token = self.token
        let firstRead = !started
        let start = self.start
        var fresh: [StackEvent] = []
        var stopped = false
        _ = try await client.stackEvents(stack) { page in
            for event in page {
                if seen.contains(event.id) || (token != nil && event.clientRequestToken != nil && event.clientRequestToken != token) {
                    stopped = true
                    return false
                }
                if firstRead, case .since(let date) = start, event.timestamp < date {
                    stopped = true
                    return false
                }
                fresh.append(event)
                if firstRead, case .lastOperation = start, event.isStackEvent, StackStatus.startsOperation(event.status) {
                    stopped = true
                    return false
                }
            }
            return !stopped
        }
        if firstRead, case .lastOperation = start, let operation = fresh.first?.operationID {
            fresh = fresh.filter { $0.operationID == nil || $0.operationID == operation }
        }
        started = true
        self.seen.formUnion(fresh.map(\.id))
        return fresh.reversed()
    }
}
