/// Values a one-shot command keeps until the process exits instead of freeing them.
///
/// Freeing a parsed template node by node costs a tenth of converting it, and the process ends
/// right after: the system takes the memory back at once. Only for commands that hold one
/// document, so that memory never grows with the number of files.
enum Teardown {
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keepUntilExit(_ value: Any) { kept.append(value) }
}
