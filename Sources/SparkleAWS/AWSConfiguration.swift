import Foundation

/// Access key credentials.
public struct AWSCredentials: Sendable, Equatable {
    public var accessKeyID: String
    public var secretAccessKey: String
    public var sessionToken: String?

    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
    }
}

/// Where and as whom to call AWS: credentials, region and endpoint, resolved the way the AWS CLI
/// resolves them.
public struct AWSConfiguration: Sendable {
    public var credentials: AWSCredentials
    public var region: String
    /// An explicit endpoint (an emulator, say); nil for the region's public one.
    public var endpoint: URL?
    /// The S3 endpoint: `AWS_ENDPOINT_URL_S3`, else ``endpoint``; nil for the bucket's public one.
    public var s3Endpoint: URL?

    public init(credentials: AWSCredentials, region: String, endpoint: URL? = nil, s3Endpoint: URL? = nil) {
        self.credentials = credentials
        self.region = region
        self.endpoint = endpoint
        self.s3Endpoint = s3Endpoint ?? endpoint
    }

    /// Resolves the configuration.
    ///
    /// - Credentials: `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/`AWS_SESSION_TOKEN`, else the profile
    ///   (`profile`, else `AWS_PROFILE`, else `default`) in `AWS_SHARED_CREDENTIALS_FILE`
    ///   (`~/.aws/credentials`), then in `AWS_CONFIG_FILE` (`~/.aws/config`).
    /// - Region: `region`, else `AWS_REGION`, else `AWS_DEFAULT_REGION`, else the profile's `region`.
    /// - Endpoint: `endpoint`, else `AWS_ENDPOINT_URL`, else the profile's `endpoint_url`.
    /// - S3 endpoint: `AWS_ENDPOINT_URL_S3`, else the endpoint.
    public static func resolve(
        profile explicitProfile: String? = nil, region explicitRegion: String? = nil, endpoint explicitEndpoint: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(AWSError) -> AWSConfiguration {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let profileName = explicitProfile ?? environment["AWS_PROFILE"] ?? "default"
        let credentialsPath = environment["AWS_SHARED_CREDENTIALS_FILE"] ?? "\(home)/.aws/credentials"
        let configPath = environment["AWS_CONFIG_FILE"] ?? "\(home)/.aws/config"
        let credentialsFile = try INIFile.load(credentialsPath)
        let configFile = try INIFile.load(configPath)
        // In the config file every profile but the default is written [profile NAME].
        let profileSettings = (credentialsFile?.sections[profileName] ?? [:]).merging(
            configFile?.sections[profileName == "default" ? "default" : "profile \(profileName)"] ?? [:]
        ) { credentials, _ in credentials }
        if explicitProfile != nil || environment["AWS_PROFILE"] != nil, profileSettings.isEmpty {
            throw AWSError(
                .configuration, "AWS profile '\(profileName)' is not in \(credentialsPath) or \(configPath)")
        }

        let credentials: AWSCredentials
        if let key = environment["AWS_ACCESS_KEY_ID"], !key.isEmpty, explicitProfile == nil {
            guard let secret = environment["AWS_SECRET_ACCESS_KEY"], !secret.isEmpty else {
                throw AWSError(.noCredentials, "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")
            }
            credentials = AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: environment["AWS_SESSION_TOKEN"])
        } else if let key = profileSettings["aws_access_key_id"], let secret = profileSettings["aws_secret_access_key"] {
            credentials = AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: profileSettings["aws_session_token"])
        } else {
            throw AWSError(
                .noCredentials,
                "no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or give profile '\(profileName)' keys in \(credentialsPath)")
        }

        guard
            let region = [explicitRegion, environment["AWS_REGION"], environment["AWS_DEFAULT_REGION"], profileSettings["region"]]
                .compactMap({ $0 }).first(where: { !$0.isEmpty })
        else {
            throw AWSError(.noRegion, "no AWS region: pass --region, set AWS_REGION, or set region in profile '\(profileName)'")
        }

        func url(_ text: String?) throws(AWSError) -> URL? {
            guard let text, !text.isEmpty else { return nil }
            guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
                throw AWSError(.configuration, "endpoint URL '\(text)' is not an http or https URL")
            }
            return url
        }
        let endpoint = try url(explicitEndpoint ?? environment["AWS_ENDPOINT_URL"] ?? profileSettings["endpoint_url"])
        let s3Endpoint = try url(environment["AWS_ENDPOINT_URL_S3"])
        return AWSConfiguration(credentials: credentials, region: region, endpoint: endpoint, s3Endpoint: s3Endpoint)
    }
}

/// The INI format of `~/.aws/credentials` and `~/.aws/config`.
struct INIFile {
    var sections: [String: [String: String]] = [:]

    /// The file at `path`, or nil when there is none.
    static func load(_ path: String) throws(AWSError) -> INIFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw AWSError(.configuration, "cannot read \(path)")
        }
        return parse(text)
    }

    static func parse(_ text: String) -> INIFile {
        var file = INIFile()
        var current: String?
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                current = name
                file.sections[name, default: [:]] = file.sections[name] ?? [:]
                continue
            }
            guard let current, let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            file.sections[current, default: [:]][key] = value
        }
        return file
    }
}
