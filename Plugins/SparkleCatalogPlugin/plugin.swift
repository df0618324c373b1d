import Foundation
import PackagePlugin

/// Generates a target's `catalog` from the top-level `Template`, `Component`, `Dynamic` and
/// `Registry` declarations of its Swift files, so adding one is adding one file.
@main
struct SparkleCatalogPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let inputs = target.sourceFiles(withSuffix: "swift").map(\.url)
        let output = context.pluginWorkDirectoryURL.appending(path: "SparkleCatalog.swift")
        let git = GitCommit(package: context.package.directoryURL)
        return [
            .buildCommand(
                displayName: "Generating the Sparkle catalog of \(target.name)",
                executable: try context.tool(named: "SparkleCatalogGenerator").url,
                arguments: ["--commit", git.commit ?? "", "--root", context.package.directoryURL.path, "--module", target.name, output.path]
                    + inputs.map(\.path),
                // The git files that move on a commit, so that the next build writes the new one.
                inputFiles: inputs + git.files,
                outputFiles: [output]
            )
        ]
    }
}

/// The commit the package's work tree is at, read from its `.git` folder without running git
/// (a build plugin may not start processes on every platform): `HEAD`, then the branch it names,
/// loose or in `packed-refs`. Nil outside a git checkout.
struct GitCommit {
    var commit: String?
    var files: [URL] = []

    init(package: URL) {
        var git = package.appending(path: ".git")
        // A worktree or submodule has a `.git` file naming the real folder.
        if let pointer = try? String(contentsOf: git, encoding: .utf8), pointer.hasPrefix("gitdir: ") {
            let path = pointer.dropFirst(8).trimmingCharacters(in: .whitespacesAndNewlines)
            git = path.hasPrefix("/") ? URL(fileURLWithPath: path) : package.appending(path: path)
        }
        let head = git.appending(path: "HEAD")
        guard let text = try? String(contentsOf: head, encoding: .utf8) else { return }
        files.append(head)
        let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard line.hasPrefix("ref: ") else {
            commit = Self.short(line)
            return
        }
        let reference = String(line.dropFirst(5))
        let loose = git.appending(path: reference)
        let packed = git.appending(path: "packed-refs")
        if let sha = try? String(contentsOf: loose, encoding: .utf8) {
            files.append(loose)
            commit = Self.short(sha)
        } else if let table = try? String(contentsOf: packed, encoding: .utf8) {
            files.append(packed)
            let entry = table.split(separator: "\n").first { $0.hasSuffix(" " + reference) }
            commit = entry.flatMap { Self.short(String($0.prefix { $0 != " " })) }
        }
    }

    /// The first 12 hex digits of a full object name; nil for anything else.
    static func short(_ sha: String) -> String? {
        let trimmed = sha.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count >= 40, trimmed.allSatisfy(\.isHexDigit) else { return nil }
        return String(trimmed.prefix(12))
    }
}
