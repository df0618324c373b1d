import Foundation
import Sparkle
import SparkleParsers

/// A repository's lint defaults: `.sparkle-lint.yaml` (or `.yml`) in the current directory or the
/// nearest folder above it, up to the repository's root (the folder holding `.git`).
///
/// ```yaml
/// ignore: [W2001, E3002]      # rules to skip, as --ignore
/// exclude: ["vendor/*"]       # paths below directory targets to skip, as --exclude
/// strict: true                # fail on warnings too, as --strict
/// ```
///
/// What the command line gives is added to it (`--ignore`, `--exclude`) or wins (`--strict`).
public struct LintConfiguration: Sendable, Equatable {
    static let names = [".sparkle-lint.yaml", ".sparkle-lint.yml"]
    static let keys: Set<String> = ["ignore", "exclude", "strict"]

    /// The file it was read from.
    public var path: String
    /// Rules to skip, as `--ignore`.
    public var ignore: [String] = []
    /// Paths below directory targets to skip, as `--exclude`.
    public var exclude: [String] = []
    /// Whether warnings fail the lint too, as `--strict`.
    public var strict = false

    /// Where a lint's defaults come from.
    public enum Source: Sendable, Equatable {
        /// The nearest file, found by ``find(from:)`` from the current directory.
        case nearest
        /// This file.
        case file(String)
        /// None: only what is given.
        case none
    }

    /// The configuration `source` gives, if any.
    public static func load(from source: Source) throws(LintError) -> LintConfiguration? {
        switch source {
        case .nearest: try find()
        case .file(let path): try load(path)
        case .none: nil
        }
    }

    /// The configuration that applies in `directory`, if any.
    public static func find(from directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws(LintError) -> LintConfiguration? {
        var folder = directory.standardizedFileURL
        while true {
            for name in names {
                let candidate = folder.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: candidate.path) { return try load(candidate.path) }
            }
            let atRoot = FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path)
            let parent = folder.deletingLastPathComponent()
            if atRoot || parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// Reads `path`.
    ///
    /// - Throws: ``LintError/badConfiguration(_:)`` naming the file and line of what is wrong.
    public static func load(_ path: String) throws(LintError) -> LintConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else { throw .badConfiguration("\(path): cannot read the lint configuration") }
        let value: Value
        do {
            value = try TemplateParser.parse(Array(data), file: path)
        } catch {
            throw .badConfiguration(error.description)
        }
        var configuration = LintConfiguration(path: path)
        if value == .null { return configuration }  // an empty file
        guard case .object(let object) = value else { throw .badConfiguration("\(path):1:1: the lint configuration must be a mapping of \(keys.sorted().joined(separator: ", "))") }
        func place(_ key: String) -> String {
            object.origin(of: key).map { "\(path):\($0.line):\($0.column ?? 1)" } ?? path
        }
        func strings(_ key: String) throws(LintError) -> [String] {
            guard let entry = object[key] else { return [] }
            let list = entry.arrayValue ?? [entry]
            guard list.allSatisfy({ $0.stringValue != nil }) else { throw .badConfiguration("\(place(key)): \(key) takes a list of strings") }
            return list.compactMap(\.stringValue)
        }
        for key in object.keys where !keys.contains(key) {
            throw .badConfiguration("\(place(key)): unknown key '\(key)'\(didYouMean(key, in: keys)) (known: \(keys.sorted().joined(separator: ", ")))")
        }
        configuration.ignore = try strings("ignore")
        configuration.exclude = try strings("exclude")
        switch object["strict"] {
        case nil: break
        case .bool(let strict)?: configuration.strict = strict
        default: throw .badConfiguration("\(place("strict")): strict is true or false")
        }
        if let unknown = RuleIgnores.unknownRule(in: configuration.ignore) {
            throw .badConfiguration("\(place("ignore")): '\(unknown.given)' is no rule\(unknown.suggestion.map { "; did you mean '\($0)'?" } ?? "")")
        }
        return configuration
    }
}

