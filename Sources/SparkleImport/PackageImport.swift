import Foundation
import Sparkle
import SparkleFiles
import SparkleParsers

/// Templates to import: files, directories of them, or text (standard input, a deployed stack's
/// template).
public enum ImportSource: Sendable, Equatable {
    /// A JSON or YAML template file, or a directory searched for them as `lint` searches.
    case path(String)
    /// Template text, named `name` (the catalog name comes from it).
    case text([UInt8], name: String)
    /// The template a deployed stack runs (`GetTemplate`), named after the stack.
    case stack(String, body: [UInt8])
}

/// Why an import did not happen. Nothing is written when any of these is thrown.
public enum ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder holds no `Package.swift`.
    case noPackage(String)
    /// The package has no target that runs the catalog plugin, or several (named).
    case templatesTarget(package: String, candidates: [String])
    /// A file that cannot be read.
    case unreadable(FileError)
    /// Text that is not a template, with where and why.
    case notATemplate(ParseError)
    /// A directory with no template file in it.
    case noTemplates(directory: String)
    /// Two inputs would get one catalog name.
    case sameName(name: String, first: String, second: String)
    /// The package already has a template of that name (where), which `source` would replace,
    /// and replacing was not asked for.
    case existing(name: String, at: String, source: String)
    /// `--name`-style naming of several inputs, or a name that makes no template name.
    case badName(String)
    /// The files could not be written.
    case write(FileError)

    public var description: String {
        switch self {
        case .noPackage(let path): "\(path) holds no Package.swift"
        case .templatesTarget(let package, let candidates):
            candidates.isEmpty
                ? "\(package)/Package.swift has no target that uses SparkleCatalogPlugin, so no template it holds would be listed"
                : "\(package)/Package.swift has several targets that use SparkleCatalogPlugin: \(candidates.joined(separator: ", "))"
        case .unreadable(let error): error.description
        case .notATemplate(let error): error.description
        case .noTemplates(let directory): "\(directory) holds no template file (.json, .yaml, .yml, .template)"
        case .sameName(let name, let first, let second): "\(first) and \(second) would both be imported as '\(name)'"
        case .existing(let name, let at, let source): "\(source) would be imported as '\(name)', a name the package has already (\(at))"
        case .badName(let problem): problem
        case .write(let error): error.description
        }
    }
}

/// Imports templates into a package of one's own (one made by `sparkle init`): each becomes a
/// folder of Swift sources below `Sources/TARGET/Imported`, where TARGET is the target that runs
/// the catalog plugin, so the catalog lists it under its name.
///
/// ```swift
/// let package = try PackageImport(package: "my-stacks")
/// let imports = try package.imports(of: [.path("templates/")])
/// try package.write(imports)
/// ```
public struct PackageImport: Sendable {
    /// The package's folder.
    public let package: URL
    /// The target whose catalog lists the templates.
    public let target: String
    /// Where imported templates go: a folder per template.
    public var folder: URL { package.appendingPathComponent("Sources/\(target)/Imported") }

    /// The package at `path`, and its templates target.
    ///
    /// - Throws: ``ImportError/noPackage(_:)`` or ``ImportError/templatesTarget(package:candidates:)``.
    public init(package path: String) throws(ImportError) {
        package = URL(fileURLWithPath: path).standardizedFileURL
        guard let manifest = FileManager.default.contents(atPath: package.appendingPathComponent("Package.swift").path) else {
            throw .noPackage(package.path)
        }
        let targets = Self.catalogTargets(in: String(decoding: manifest, as: UTF8.self))
        guard targets.count == 1 else { throw .templatesTarget(package: package.path, candidates: targets) }
        target = targets[0]
    }

    /// The package `directory` belongs to: the nearest folder from it upwards that holds a
    /// `Package.swift`; nil when none does.
    public static func enclosingPackage(
        of directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) -> String? {
        var folder = directory.standardizedFileURL
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
        return folder.path
    }

    /// The names of the targets whose declaration uses `SparkleCatalogPlugin`.
    static func catalogTargets(in manifest: String) -> [String] {
        let declarations = manifest.components(separatedBy: ".target(").dropFirst()
        return declarations.compactMap { declaration in
            // A target's declaration ends where the next one starts; its name comes first.
            guard declaration.contains("SparkleCatalogPlugin"),
                let name = declaration.range(of: #"name:\s*"([^"]+)""#, options: .regularExpression)
            else { return nil }
            return String(declaration[name].split(separator: "\"")[1])
        }
    }

    /// Reads `sources` and imports each template, named after its file (in snake case) or `name`
    /// (for a single input).
    ///
    /// - Parameter replacing: whether a template of the same name the package has already is replaced.
    /// - Throws: ``ImportError``: an unreadable file, text that is no template, a directory without
    ///   templates, two inputs with one name, or a name the package already has.
    public func imports(of sources: [ImportSource], name: String? = nil, replacing: Bool = false) throws(ImportError) -> [TemplateImport] {
        // Each input: where it came from (as errors name it), its text, its catalog name, and how
        // its files' header names it.
        var inputs: [(origin: String, bytes: [UInt8], name: String, described: String)] = []
        func file(_ path: String, _ bytes: [UInt8]) {
            inputs.append((path, bytes, Self.templateName(for: path), URL(fileURLWithPath: path).lastPathComponent))
        }
        for source in sources {
            switch source {
            case .text(let bytes, let name):
                file(name, bytes)
            case .stack(let stack, let body):
                inputs.append(("stack \(stack)", body, Self.snakeCase(stack), "stack \(stack)"))
            case .path(let path):
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                    let files = TemplateFiles.find(in: path)
                    if files.isEmpty { throw .noTemplates(directory: path) }
                    for found in files { file(found, try Self.read(found)) }
                } else {
                    file(path, try Self.read(path))
                }
            }
        }
        if name != nil, inputs.count != 1 { throw .badName("a name can be given to a single template only; \(inputs.count) were given") }
        var named: [String: String] = [:]
        var imports: [TemplateImport] = []
        for (origin, bytes, fileName, described) in inputs {
            let tree: Object
            do {
                tree = try TemplateParser.parseTemplate(bytes, file: origin)
            } catch {
                throw .notATemplate(error)
            }
            let templateName = name ?? fileName
            guard !templateName.isEmpty, templateName.first?.isLetter == true else {
                throw .badName("'\(name ?? origin)' makes no template name: give one")
            }
            if let first = named[templateName] { throw .sameName(name: templateName, first: first, second: origin) }
            named[templateName] = origin
            if !replacing, let existing = existingTemplate(named: templateName) {
                throw .existing(name: templateName, at: existing, source: origin)
            }
            var imported = TemplateImport(tree, name: templateName, source: described)
            if TemplateFormat.detect(path: origin, bytes: bytes) == .yaml { imported.droppedComments = YAMLComments.lines(in: bytes) }
            imports.append(imported)
        }
        return imports
    }

    /// Imports `sources` (see ``imports(of:name:replacing:)``) and writes them into the package
    /// (see ``write(_:)``): what `sparkle import` does.
    public func add(_ sources: [ImportSource], name: String? = nil, replacing: Bool = false) throws(ImportError) -> [TemplateImport] {
        let imports = try imports(of: sources, name: name, replacing: replacing)
        _ = try write(imports)
        return imports
    }

    /// Writes `imports` into the package, all files or none; a template imported before under the
    /// same name has its folder replaced, so that no file of the old import is left.
    ///
    /// - Returns: the paths written.
    public func write(_ imports: [TemplateImport]) throws(ImportError) -> [String] {
        let files = imports.flatMap(\.files).map { OutputFile(path: folder.appendingPathComponent($0.path).path, bytes: Array($0.text.utf8)) }
        do {
            try OutputFiles.write(files)
        } catch {
            throw .write(error)
        }
        // Files an earlier import of the same template had and this one has not.
        let written = Set(files.map(\.path))
        for template in imports {
            let directory = folder.appendingPathComponent(template.name)
            for stale in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            where !written.contains(directory.appendingPathComponent(stale).path) {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(stale))
            }
        }
        return files.map(\.path)
    }

    /// Where the package declares a template called `name`: an imported folder, or a Swift file
    /// with `Template("name"`; nil when it has none.
    func existingTemplate(named name: String) -> String? {
        let imported = folder.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: imported.path) { return imported.path }
        let sources = package.appendingPathComponent("Sources/\(target)")
        guard let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else { return nil }
        let declaration = "Template(\"\(name)\""
        while let url = walker.nextObject() as? URL {
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            if text.contains(declaration) { return url.path }
        }
        return nil
    }

    private static func read(_ path: String) throws(ImportError) -> [UInt8] {
        do {
            return try InputFile.read(path)
        } catch {
            throw .unreadable(error)
        }
    }

    /// The catalog name a file is imported as: its name without the template extensions, in snake
    /// case (`VPC-Public.template.yaml` is `vpc_public`).
    public static func templateName(for path: String) -> String {
        var base = URL(fileURLWithPath: path).lastPathComponent
        while let dot = base.lastIndex(of: "."), TemplateFiles.extensions.contains(base[base.index(after: dot)...].lowercased()) {
            base = String(base[..<dot])
        }
        return snakeCase(base)
    }

    /// `VpcWithPublicIPs` → `vpc_with_public_ips`: words split at case changes and at anything not
    /// a letter or digit.
    static func snakeCase(_ text: String) -> String {
        var result = ""
        var previous: Character?
        for character in text {
            guard character.isASCII, character.isLetter || character.isNumber else {
                if !result.isEmpty, result.last != "_" { result.append("_") }
                previous = nil
                continue
            }
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber, result.last != "_" { result.append("_") }
            result.append(Character(character.lowercased()))
            previous = character
        }
        while result.hasSuffix("_") { result.removeLast() }
        return result.first?.isNumber == true ? "template_" + result : result
    }
}
