import ArgumentParser
import Foundation
import Sparkle
import SparkleAWS
import SparkleStacks

#if canImport(Glibc)
import Glibc
#endif

/// `--json` and `--no-color`: how a `sparkle stack` command talks.
struct ConsoleOptions: ParsableArguments {
    @Flag(help: "Print one JSON document on standard output (progress goes to standard error).")
    var json = false

    @Flag(help: "No colours (also when NO_COLOR is set, or standard output is not a terminal).")
    var noColor = false
}

/// What a stack command prints, and where: progress and results for people on standard output
/// (standard error with `--json`, which keeps standard output for the one JSON document), errors
/// on standard error. On a terminal, resources in progress get a live status line each; elsewhere
/// every event is one line as it arrives, and a quiet wait still prints a line now and then.
/// Every line goes through a ``SecretMask`` first, so NoEcho values are never shown.
final class StackConsole: @unchecked Sendable {
    typealias Style = TerminalColor

    let json: Bool
    let color: Bool
    /// Whether the human stream is a terminal (live view) and standard input can answer prompts.
    let live: Bool
    let interactive: Bool
    private let lock = NSLock()
    /// NoEcho values, shown as `****` wherever they appear.
    let secrets = SecretMask()
    /// Resource → status line of the live view, and how many lines it holds on screen.
    private var region: [(id: String, line: String)] = []
    private var footer: String?
    private var drawn = 0

    init(_ options: ConsoleOptions, environment: [String: String] = ProcessInfo.processInfo.environment) {
        json = options.json
        let humanStream = options.json ? STDERR_FILENO : STDOUT_FILENO
        let terminal = TerminalColor.isTerminal(humanStream, environment: environment)
        color = TerminalColor.enabled(for: humanStream, disabled: options.noColor, environment: environment)
        live = terminal && environment["CI"] == nil
        interactive = isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1
    }

    func paint(_ text: String, _ style: Style) -> String {
        color ? style.paint(text) : text
    }

    /// A line of progress or result for people.
    func say(_ text: String) {
        let line = secrets.redact(text) + "\n"
        lock.lock()
        defer { lock.unlock() }
        clearRegion()
        write(json ? STDERR_FILENO : STDOUT_FILENO, line)
        drawRegion()
    }

    func warn(_ text: String) { error(text, label: "warning") }

    func error(_ text: String, label: String = "error") {
        let prefix = color && isatty(STDERR_FILENO) == 1 ? paint("\(label):", label == "error" ? .red : .yellow) : "\(label):"
        let line = secrets.redact("\(prefix) \(text)") + "\n"
        lock.lock()
        defer { lock.unlock() }
        clearRegion()
        write(STDERR_FILENO, line)
        drawRegion()
    }

    /// The command's JSON document, on standard output.
    func emit(_ document: Value) {
        write(STDOUT_FILENO, secrets.redact(JSONEmitter.string(document)))
    }

    /// Asks a yes/no question on the terminal; false unless the answer is yes.
    func confirm(_ question: String) -> Bool {
        lock.lock()
        clearRegion()
        write(STDERR_FILENO, "\(question) [y/N] ")
        lock.unlock()
        guard let answer = readLine() else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }

    // MARK: Events and waiting

    /// Shows what happens while waiting.
    func show(_ activity: StackActivity) {
        switch activity {
        case .event(let event):
            say(eventLine(event))
            if live { track(event) }
        case .waiting(let status, let elapsed, let inProgress):
            let still = inProgress.isEmpty ? "" : "; in progress: \(inProgress.joined(separator: ", "))"
            let line = secrets.redact("  … \(status) for \(Int(elapsed)) s\(still)")
            if live {
                lock.lock()
                clearRegion()
                footer = paint(line, .dim)
                drawRegion()
                lock.unlock()
            } else {
                say(line)
            }
        case .retrying(let reason):
            warn("\(reason); polling more slowly")
        }
    }

    /// `HH:MM:SS  STATUS  Type  LogicalId  reason`, coloured by status.
    func eventLine(_ event: StackEvent) -> String {
        let status = paint(event.status.padding(toLength: 30, withPad: " ", startingAt: 0), Self.style(of: event.status))
        let reason = event.statusReason.map { "  \($0)" } ?? ""
        return "\(Self.clock(event.timestamp))  \(status)  \(event.resourceType)  \(event.displayName)\(reason)"
    }

    static func style(of status: String) -> Style {
        if status.hasSuffix("_FAILED") || status.contains("ROLLBACK") { return status.contains("ROLLBACK") && !status.hasSuffix("_FAILED") ? .yellow : .red }
        if status.hasSuffix("_COMPLETE") { return .green }
        return .blue
    }

    static func clock(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        localtime_r(&seconds, &parts)
        return String(format: "%02d:%02d:%02d", Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// The live view: one line per resource still in progress.
    private func track(_ event: StackEvent) {
        let line = secrets.redact("  \(paint("◦", .blue)) \(event.displayName) \(paint(event.status, .blue))")
        lock.lock()
        defer { lock.unlock() }
        clearRegion()
        region.removeAll { $0.id == event.displayName }
        if StackStatus.isInProgress(event.status), !event.isStackEvent {
            region.append((event.displayName, line))
        }
        footer = nil
        drawRegion()
    }

    /// Ends the live view, leaving the screen with the permanent lines only.
    func finishLive() {
        lock.lock()
        defer { lock.unlock() }
        clearRegion()
        region = []
        footer = nil
    }

    private func clearRegion() {
        guard live, drawn > 0 else { return }
        write(json ? STDERR_FILENO : STDOUT_FILENO, "\u{1B}[\(drawn)A\u{1B}[J")
        drawn = 0
    }

    /// Draws the live view; the caller holds the lock, and the lines were redacted when made.
    private func drawRegion() {
        guard live else { return }
        let lines = region.map(\.line) + (footer.map { [$0] } ?? [])
        guard !lines.isEmpty else { return }
        write(json ? STDERR_FILENO : STDOUT_FILENO, lines.joined(separator: "\n") + "\n")
        drawn = lines.count
    }

    private func write(_ descriptor: Int32, _ text: String) {
        if descriptor == STDOUT_FILENO { StandardStreams.out(text) } else { StandardStreams.error(text) }
    }
}
