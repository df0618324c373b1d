import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reading the file a command is given.
public enum InputFile {
    /// The bytes of the file at `path`, or of standard input for `-`.
    ///
    /// - Throws: ``FileError`` saying why: no such file, permission denied, or a directory where
    ///   a file is expected.
    public static func read(_ path: String) throws(FileError) -> [UInt8] {
        if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        var status = stat()
        guard stat(path, &status) == 0 else { throw FileError(.read, path, reason: FileError.reason(errno: errno)) }
        if status.st_mode & S_IFMT == S_IFDIR { throw FileError(.read, path, reason: "it is a directory") }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(.read, path, reason: FileError.reason(errno: errno)) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(.read, path, reason: FileError.reason(errno: errno))
            }
            if count == 0 { return bytes }
            bytes += buffer[..<count]
        }
    }
}
