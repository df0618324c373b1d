import ArgumentParser
import Foundation
import Sparkle
import SparkleParsers
import SparkleStacks

/// The output options `compile` and `convert` share.
struct RenderingOptions: ParsableArguments {
    @Flag(help: "Write JSON without whitespace.")
    var minify = false

    @Flag(help: "Write YAML with long-form intrinsic functions (Fn::Join:) instead of short tags (!Join).")
    var longForm = false

    /// These options for `format`, or a usage error where one does not apply.
    func rendering(_ format: TemplateFormat) throws -> Rendering {
        if minify && format == .yaml { throw ValidationError("--minify applies to JSON output only.") }
        if longForm && format == .json { throw ValidationError("--long-form applies to YAML output only.") }
        return Rendering(format: format, minify: minify, longForm: longForm)
    }
}

/// How a command writes a template: JSON or YAML, and the options of each.
struct Rendering {
    var format: TemplateFormat
    var minify = false
    var longForm = false

    /// The bytes of `tree` in this rendering.
    func bytes(_ tree: Object) -> [UInt8] {
        switch format {
        case .json: JSONEmitter.bytes(.object(tree), style: minify ? .minified : .pretty)
        case .yaml: YAMLEmitter.bytes(.object(tree), longForm: longForm)
        }
    }

    /// The file extension of this format.
    var fileExtension: String { format.rawValue }
}

extension TemplateFormat: ExpressibleByArgument {}

/// `--bucket` and `--prefix`: where templates over 51,200 bytes and nested templates are uploaded,
/// and so where nested stacks' `TemplateURL`s point.
struct StagingOptions: ParsableArguments {
    @Option(help: "S3 bucket for nested templates and templates over 51,200 bytes (TemplateURLs point there).")
    var bucket: String?

    @Option(help: "Key prefix in --bucket.")
    var prefix: String?

    var staging: TemplateStaging { TemplateStaging(bucket: bucket, prefix: prefix) }
}

/// Writes `files` all or nothing: each is written beside its target first, and only when every one
/// is written are they renamed into place, so a reader never sees half a file and a failure leaves
/// the previous files as they were. The folders a path needs are made.
///
/// Only regular files are written: a symlink is written through to its target (the link stays),
/// and a directory, FIFO, device or socket is refused before anything is written.
func writeAtomically(_ files: [(url: URL, bytes: [UInt8])]) throws {
    var staged: [(temporary: String, target: String)] = []
    func discard() { for file in staged { unlink(file.temporary) } }
    for file in files {
        let failure: OutputPath.Failure
        do throws(OutputPath.Failure) {
            let target = try OutputPath.regularFileTarget(file.url.path)
            try OutputPath.makeFolders(for: target)
            staged.append((try OutputPath.stage(file.bytes, beside: target), target))
            continue
        } catch {
            failure = error
        }
        discard()
        printError("error: cannot write \(file.url.path): \(failure.reason)")
        throw ExitCode.failure
    }
    for file in staged where rename(file.temporary, file.target) != 0 {
        let reason = String(cString: strerror(errno))
        discard()
        printError("error: cannot write \(file.target): \(reason)")
        throw ExitCode.failure
    }
}

/// What `-o` may name, and how a file is put there.
enum OutputPath {
    struct Failure: Error {
        let reason: String
    }

    /// The regular file to write for `path`: itself, or the target of the symlink it is.
    static func regularFileTarget(_ path: String) throws(Failure) -> String {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return path }
            throw Failure(reason: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            return path
        case S_IFLNK:
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(path, &buffer, buffer.count - 1)
            guard count > 0 else { throw Failure(reason: String(cString: strerror(errno))) }
            let destination = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let resolved = destination.hasPrefix("/")
                ? destination : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(destination).path
            return try regularFileTarget(resolved)
        case S_IFDIR:
            throw Failure(reason: "it is a directory")
        case S_IFIFO:
            throw Failure(reason: "it is a FIFO, not a regular file")
        case S_IFCHR, S_IFBLK:
            throw Failure(reason: "it is a device, not a regular file")
        case S_IFSOCK:
            throw Failure(reason: "it is a socket, not a regular file")
        default:
            throw Failure(reason: "it is not a regular file")
        }
    }

    /// Makes the folders `path` lies in.
    static func makeFolders(for path: String) throws(Failure) {
        try makeDirectory(URL(fileURLWithPath: path).deletingLastPathComponent())
    }

    /// Makes `folder` and the folders above it that are missing; a file in the way is named.
    static func makeDirectory(_ folder: URL) throws(Failure) {
        var existing = folder.standardizedFileURL
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: existing.path, isDirectory: &isDirectory), existing.path != "/" {
            existing = existing.deletingLastPathComponent()
        }
        if !isDirectory.boolValue { throw Failure(reason: "\(existing.path) is a file, not a directory") }
        if existing.path == folder.standardizedFileURL.path { return }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(reason: "cannot make the directory \(folder.path): \(plainReason(error))")
        }
    }

    /// Writes `bytes` to a new temporary file beside `target` and answers its path.
    static func stage(_ bytes: [UInt8], beside target: String) throws(Failure) -> String {
        let url = URL(fileURLWithPath: target)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).sparkle-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        let failure = StandardStreams.write(bytes, to: descriptor)
        let closed = close(descriptor) == 0 ? nil : errno
        if let failure = failure ?? closed {
            unlink(temporary)
            throw Failure(reason: String(cString: strerror(failure)))
        }
        return temporary
    }
}

/// Reads a file, or standard input for `-`.
func readInput(_ path: String) throws -> [UInt8] {
    if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
    var isDirectory: ObjCBool = false
    // An input that cannot be read is an input error (exit 2), as a missing lint target is.
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        printError("error: cannot read \(path): it is a directory")
        throw StackExit.usage
    }
    do {
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
        printError("error: cannot read \(path): \(plainReason(error))")
        throw StackExit.usage
    }
}

/// Why a file operation failed, in the system's words (`no such file or directory`, `permission
/// denied`, `no space left on device`) rather than Foundation's ("The operation could not be
/// completed", `NSCocoaErrorDomain` codes).
func plainReason(_ error: Error) -> String {
    var current: NSError? = error as NSError
    while let error = current {
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))).lowercased() }
        current = error.userInfo[NSUnderlyingErrorKey] as? NSError
    }
    switch (error as NSError).code {
    case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file or directory"
    case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
    case NSFileWriteOutOfSpaceError: return "no space left on device"
    case NSFileWriteFileExistsError: return "a file is in the way"
    default: return "the system refused it (\((error as NSError).domain) \((error as NSError).code))"
    }
}
