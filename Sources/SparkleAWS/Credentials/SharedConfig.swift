import Foundation

/// Where configuration files are read from: the file system, or what a test or a generator gives.
public protocol ConfigurationFiles: Sendable {
    /// The text of the file at `path`; nil when there is none.
    func read(_ path: String) throws(AWSError) -> String?
}

/// The local file system.
public struct LocalFiles: ConfigurationFiles {
    /// The file system's files.
    public init() {}

    /// The text of the file at `path`; nil when there is none.
    public func read(_ path: String) throws(AWSError) -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw AWSError(.configuration, "cannot read \(path)")
        }
        return text
    }
}

/// `~/.aws/credentials` and `~/.aws/config` (or `AWS_SHARED_CREDENTIALS_FILE` and
/// `AWS_CONFIG_FILE`): profiles, `sso-session` sections and `services` sections.
struct SharedConfig: Sendable {
    let credentialsPath: String
    let configPath: String
    let home: String
    private let credentials: INIFile
    private let config: INIFile

    static func load(environment: [String: String], files: any ConfigurationFiles) throws(AWSError) -> SharedConfig {
        let home = nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
        let credentialsPath = nonEmpty(environment["AWS_SHARED_CREDENTIALS_FILE"]) ?? "\(home)/.aws/credentials"
        let configPath = nonEmpty(environment["AWS_CONFIG_FILE"]) ?? "\(home)/.aws/config"
        return SharedConfig(
            credentialsPath: credentialsPath, configPath: configPath, home: home,
            credentials: INIFile.parse(try files.read(credentialsPath) ?? ""), config: INIFile.parse(try files.read(configPath) ?? ""))
    }

    /// The profile's settings, the credentials file's winning over the config file's; nil when
    /// neither file has it. In the config file every profile but the default is `[profile NAME]`.
    func profile(_ name: String) -> [String: String]? {
        let fromCredentials = credentials.sections[name]
        let fromConfig = config.sections[name == "default" ? "default" : "profile \(name)"]
            ?? (name == "default" ? config.sections["profile default"] : nil)
        guard fromCredentials != nil || fromConfig != nil else { return nil }
        return (fromCredentials ?? [:]).merging(fromConfig ?? [:]) { fromCredentials, _ in fromCredentials }
    }

    /// An `[sso-session NAME]` section of the config file.
    func ssoSession(_ name: String) -> [String: String]? { config.sections["sso-session \(name)"] }

    /// A `[services NAME]` section: service → its settings (`endpoint_url`).
    func services(_ name: String) -> [String: [String: String]]? { config.subsections["services \(name)"] }
}

/// The INI format of the shared files, with the indented sub-settings of `services` sections
/// (`cloudformation =` then `  endpoint_url = …`).
struct INIFile: Sendable {
    var sections: [String: [String: String]] = [:]
    var subsections: [String: [String: [String: String]]] = [:]

    static func parse(_ text: String) -> INIFile {
        var file = INIFile()
        var current: String?
        var parent: String?
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let indented = rawLine.first == " " || rawLine.first == "\t"
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let name = line.dropFirst().dropLast().split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                current = name
                parent = nil
                file.sections[name] = file.sections[name] ?? [:]
                continue
            }
            guard let current, let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if indented, let parent {
                file.subsections[current, default: [:]][parent, default: [:]][key] = value
            } else {
                file.sections[current, default: [:]][key] = value
                parent = value.isEmpty ? key : nil
            }
        }
        return file
    }
}
