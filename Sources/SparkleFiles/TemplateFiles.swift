import Foundation

/// The template files below a directory, as `lint` and `compile --check` find them.
public enum TemplateFiles {
    /// The extensions a template file has.
    public static let extensions: Set<String> = ["json", "yaml", "yml", "template"]

    /// Folders never searched: hidden ones (`.git`, `.github`, `.build`) and these.
    public static let skippedFolders: Set<String> = ["node_modules"]

    /// Files with template extensions below `directory`, sorted, without hidden folders,
    /// `node_modules`, and paths (relative to `directory`) or names matching an `excluding` glob.
    public static func find(in directory: String, excluding globs: [String] = []) -> [String] {
        let root = URL(fileURLWithPath: directory)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        let rootPath = root.standardizedFileURL.path
        var files: [String] = []
        func excluded(_ relative: String, _ name: String) -> Bool {
            globs.contains { fnmatch($0, relative, 0) == 0 || fnmatch($0, name, 0) == 0 }
        }
        while let url = walker.nextObject() as? URL {
            let name = url.lastPathComponent
            let path = url.standardizedFileURL.path
            let relative = path.hasPrefix(rootPath + "/") ? String(path.dropFirst(rootPath.count + 1)) : name
            let isDirectory = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            if isDirectory {
                if name.hasPrefix(".") || skippedFolders.contains(name) || excluded(relative, name) { walker.skipDescendants() }
                continue
            }
            if extensions.contains(url.pathExtension.lowercased()), !name.hasPrefix("."), !excluded(relative, name) {
                files.append(root.appendingPathComponent(relative).path)
            }
        }
        return files.sorted()
    }
}
