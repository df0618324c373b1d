import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writing to standard output and standard error with the outcomes a script can rely on: a
/// reader that went away (EPIPE) ends the program quietly with 141, the code of a closed pipe; any
/// other failure (a full disk, ENOSPC) is one error line and exit 1. Nothing is half-reported.
enum StandardStreams {
    /// The exit code a program killed by SIGPIPE would have.
    static let closedPipe: Int32 = 128 + SIGPIPE

    /// SIGPIPE would end the process without a word; ignored, writes fail with EPIPE instead.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Writes all of `bytes` to standard output, or ends the program as described above.
    static func out(_ bytes: [UInt8]) {
        if let failure = write(bytes, to: STDOUT_FILENO) { end(failure, stream: "standard output") }
    }

    static func out(_ text: String) { out(Array(text.utf8)) }

    /// Writes to standard error; when even that fails there is nobody to tell.
    static func error(_ text: String) {
        if let failure = write(Array(text.utf8), to: STDERR_FILENO), failure == EPIPE { exit(closedPipe) }
    }

    /// Writes all of `bytes` to `descriptor`; answers the `errno` of a failure, nil on success.
    static func write(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    private static func end(_ failure: Int32, stream: String) -> Never {
        if failure == EPIPE { exit(closedPipe) }
        error("error: cannot write to \(stream): \(String(cString: strerror(failure)))\n")
        exit(1)
    }
}
