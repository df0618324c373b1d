import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A file to write: where, and its bytes.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var bytes: [UInt8]

    /// The file at `path` holding `bytes`.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Writing files all or nothing.
public enum OutputFiles {
    /// Writes `files` all or nothing: each is written beside its target first, and only when every
    /// one is written are they renamed into place, so a reader never sees half a file and a failure
    /// leaves the previous files as they were. The folders a path needs are made.
    ///
    /// Only regular files are written: a symlink is written through to its target (the link stays),
    /// and a directory, FIFO, device or socket is refused before anything is written.
    ///
    /// - Throws: ``FileError`` naming the file that could not be written, and why.
    public static func write(_ files: [OutputFile]) throws(FileError) {
        var staged: [(temporary: String, target: String)] = []
        func discard() { for file in staged { unlink(file.temporary) } }
        do {
            for file in files {
                let target = try regularFileTarget(file.path)
                try makeDirectory(URL(fileURLWithPath: target).deletingLastPathComponent().path)
                staged.append((try stage(file.bytes, beside: target), target))
            }
        } catch {
            discard()
            throw error
        }
        for file in staged where rename(file.temporary, file.target) != 0 {
            let reason = FileError.reason(errno: errno)
            discard()
            throw FileError(.write, file.target, reason: reason)
        }
    }

    /// Makes the directory `path` and the ones above it that are missing.
    ///
    /// - Throws: ``FileError`` when a file is in the way or the system refuses (a read-only file
    ///   system, no permission).
    public static func makeDirectory(_ path: String) throws(FileError) {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var made = ""
        for component in absolute.split(separator: "/") {
            made += "/\(component)"
            var status = stat()
            if stat(made, &status) == 0 {
                guard status.st_mode & S_IFMT == S_IFDIR else { throw FileError(.write, path, reason: "\(made) is a file, not a directory") }
                continue
            }
            if mkdir(made, 0o777) != 0 && errno != EEXIST {
                throw FileError(.write, path, reason: "cannot make the directory \(made): \(FileError.reason(errno: errno))")
            }
        }
    }

    /// The regular file to write for `path`: itself, or the target of the symlink it is.
    static func regularFileTarget(_ path: String) throws(FileError) -> String {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return path }
            throw FileError(.write, path, reason: FileError.reason(errno: errno))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            return path
        case S_IFLNK:
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(path, &buffer, buffer.count - 1)
            guard count > 0 else { throw FileError(.write, path, reason: FileError.reason(errno: errno)) }
            let destination = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let resolved = destination.hasPrefix("/")
                ? destination : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(destination).path
            return try regularFileTarget(resolved)
        case S_IFDIR: throw FileError(.write, path, reason: "it is a directory")
        case S_IFIFO: throw FileError(.write, path, reason: "it is a FIFO, not a regular file")
        case S_IFCHR, S_IFBLK: throw FileError(.write, path, reason: "it is a device, not a regular file")
        case S_IFSOCK: throw FileError(.write, path, reason: "it is a socket, not a regular file")
        default: throw FileError(.write, path, reason: "it is not a regular file")
        }
    }

    /// Writes `bytes` to a new temporary file beside `target` and answers its path.
    static func stage(_ bytes: [UInt8], beside target: String) throws(FileError) -> String {
        let url = URL(fileURLWithPath: target)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).sparkle-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileError(.write, target, reason: FileError.reason(errno: errno)) }
        var failure: Int32?
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            offset += written
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw FileError(.write, target, reason: FileError.reason(errno: failure))
        }
        return temporary
    }
}
