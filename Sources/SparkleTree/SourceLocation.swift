import Foundation

/// Where a node of the tree was written: a Swift line, or a line and column of a parsed file.
///
/// Every DSL element captures `#filePath` and `#line` where it is called, so a diagnostic about
/// a compiled template can name the line that produced the bad node. A node created inside a
/// dynamic also remembers where that dynamic was inserted. Parsed JSON and YAML nodes carry
/// their column too.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The source file, as `#filePath` gave it.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, for locations in parsed files.
    public var column: Int?
    /// Insertion sites of the dynamics this node was created inside, innermost first.
    public var insertedAt: [SourceLocation]

    /// The place `file:line(:column)`; `insertedAt` lists the insertion sites (outermost first) that
    /// led to it, for a node a dynamic made.
    public init(file: String, line: Int, column: Int? = nil, insertedAt: [SourceLocation] = []) {
        self.file = file
        self.line = line
        self.column = column
        self.insertedAt = insertedAt
    }

    /// `file:line` (or `file:line:column`), with the file relative to the working directory when it
    /// lies below it, followed by the insertion sites of enclosing dynamics.
    public var description: String {
        var text = "\(displayFile):\(line)"
        if let column { text += ":\(column)" }
        for site in insertedAt { text += " (inserted at \(Self.displayPath(site.file)):\(site.line))" }
        return text
    }

    /// The file, relative to the working directory when it lies below it.
    public var displayFile: String { Self.displayPath(file) }

    /// This location as seen through one more dynamic insertion.
    public func inserted(at site: SourceLocation) -> SourceLocation {
        var copy = self
        copy.insertedAt.append(site)
        return copy
    }

    private static let workingDirectory: String = {
        let cwd = FileManager.default.currentDirectoryPath
        return cwd.hasSuffix("/") ? cwd : cwd + "/"
    }()

    static func displayPath(_ path: String) -> String {
        let base = workingDirectory
        if !base.isEmpty, path.hasPrefix(base) { return String(path.dropFirst(base.count)) }
        return path
    }
}

