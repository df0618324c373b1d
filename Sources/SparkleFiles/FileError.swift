import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Why a file could not be read or written, in the system's words (`no such file or directory`,
/// `permission denied`, `read-only file system`), never Foundation's error domains and codes.
public struct FileError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Operation: String, Sendable {
        case read, write
    }

    public let operation: Operation
    public let path: String
    public let reason: String

    /// `operation` failed on `path` because of `reason`.
    public init(_ operation: Operation, _ path: String, reason: String) {
        self.operation = operation
        self.path = path
        self.reason = reason
    }

    /// `cannot read PATH: REASON`.
    public var description: String { "cannot \(operation.rawValue) \(path): \(reason)" }

    /// The system's text for `errno` `code`, lower-cased as it reads inside a sentence.
    static func reason(errno code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
