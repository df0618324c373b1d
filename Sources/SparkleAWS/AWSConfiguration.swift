import Foundation

/// Access key credentials, and when temporary ones expire.
public struct AWSCredentials: Sendable, Equatable {
    public var accessKeyID: String
    public var secretAccessKey: String
    public var sessionToken: String?
    /// When temporary credentials stop working; nil for long-lived keys.
    public var expiration: Date?

    /// Credentials of an access key, with the session token and expiry of temporary ones.
    public init(accessKeyID: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil) {
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
    }
}

/// Where and as whom to call AWS: credentials, region and endpoints, resolved the way the AWS CLI
/// resolves them.
public struct AWSConfiguration: Sendable {
    /// Who signs: fixed keys, or a source of temporary credentials that refreshes itself.
    public var credentialProvider: any CredentialProvider
    public var region: String
    /// Endpoints configured per service (`cloudformation`, `s3`, `sts`, `sso`); a service without
    /// one uses its public endpoint in the region's partition.
    public var endpoints: [String: URL]

    /// Fixed keys, and one endpoint for every service (an emulator, say).
    public init(credentials: AWSCredentials, region: String, endpoint: URL? = nil, s3Endpoint: URL? = nil) {
        self.init(
            credentialProvider: StaticCredentialProvider(credentials, source: "given keys"), region: region,
            endpoints: Self.sameEndpoint(endpoint, s3: s3Endpoint))
    }

    /// A configuration for `region`, its credentials from `credentialProvider`, and `endpoints`
    /// by service name (an emulator's, say) instead of the region's public ones.
    public init(credentialProvider: any CredentialProvider, region: String, endpoints: [String: URL] = [:]) {
        self.credentialProvider = credentialProvider
        self.region = region
        self.endpoints = endpoints
    }

    /// The CloudFormation endpoint, when one is configured.
    public var endpoint: URL? { endpoints["cloudformation"] }
    /// The S3 endpoint, when one is configured.
    public var s3Endpoint: URL? { endpoints["s3"] }

    /// The services Sparkle calls.
    static let services = ["cloudformation", "s3", "sts", "sso"]

    static func sameEndpoint(_ endpoint: URL?, s3: URL? = nil) -> [String: URL] {
        var endpoints: [String: URL] = [:]
        if let endpoint { for service in services { endpoints[service] = endpoint } }
        if let s3 { endpoints["s3"] = s3 }
        return endpoints
    }

    /// `service`'s endpoint: the configured one, else the public one of the region.
    public func endpoint(for service: String) -> URL {
        endpoints[service] ?? Self.publicEndpoint(for: service, region: region)
    }

    /// `service`'s public endpoint in `region`'s partition (`aws`, `aws-cn`, `aws-us-gov`); for
    /// `sso`, the IAM Identity Center portal.
    public static func publicEndpoint(for service: String, region: String) -> URL {
        let suffix = region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
        let host = service == "sso" ? "portal.sso.\(region).\(suffix)" : "\(service).\(region).\(suffix)"
        return URL(string: "https://\(host)/")!
    }

    /// Resolves the configuration as the AWS CLI does.
    ///
    /// - Credentials: see ``CredentialChain``: `--profile` (then environment keys are not used),
    ///   environment keys, web identity, the profile (keys, roles, SSO, `credential_process`), the
    ///   container, the instance.
    /// - Region: `region`, else `AWS_REGION`, else `AWS_DEFAULT_REGION`, else the profile's `region`.
    /// - Endpoints, per service: for CloudFormation `endpoint` (`--endpoint-url`) first, then
    ///   `AWS_ENDPOINT_URL_CLOUDFORMATION`; for the others (S3, STS, the SSO portal)
    ///   `AWS_ENDPOINT_URL_<SERVICE>` first, then `endpoint`. Then `AWS_ENDPOINT_URL`, the profile's
    ///   `services` section and its `endpoint_url`. `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`
    ///   ignores all but `endpoint`.
    /// - Parameters:
    ///   - environment: the variables to read; the process's by default.
    ///   - files: where the shared files are read from; the file system by default.
    public static func resolve(
        profile explicitProfile: String? = nil, region explicitRegion: String? = nil, endpoint explicitEndpoint: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment, files: any ConfigurationFiles = LocalFiles(),
        transport: (any HTTPTransport)? = nil
    ) throws(AWSError) -> AWSConfiguration {
        let shared = try SharedConfig.load(environment: environment, files: files)
        let profileName = explicitProfile ?? nonEmpty(environment["AWS_PROFILE"]) ?? "default"
        let profile = shared.profile(profileName)
        if explicitProfile != nil || nonEmpty(environment["AWS_PROFILE"]) != nil, profile == nil {
            throw AWSError(.configuration, "AWS profile '\(profileName)' is not in \(shared.credentialsPath) or \(shared.configPath)")
        }
        let settings = profile ?? [:]

        let region = [explicitRegion, environment["AWS_REGION"], environment["AWS_DEFAULT_REGION"], settings["region"]]
            .compactMap({ $0 }).first(where: { !$0.isEmpty })

        var endpoints: [String: URL] = [:]
        let ignoreConfigured = environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"]?.lowercased() == "true"
        let servicesSection = settings["services"].flatMap { shared.services($0) } ?? [:]
        for service in services {
            let own = ignoreConfigured ? nil : nonEmpty(environment["AWS_ENDPOINT_URL_\(service.uppercased())"])
            let ordered = service == "cloudformation" ? [nonEmpty(explicitEndpoint), own] : [own, nonEmpty(explicitEndpoint)]
            let configured = ignoreConfigured ? [] : [
                nonEmpty(environment["AWS_ENDPOINT_URL"]), servicesSection[service]?["endpoint_url"], settings["endpoint_url"],
            ]
            if let text = (ordered + configured).compactMap({ $0 }).first { endpoints[service] = try endpointURL(text) }
        }

        // Credentials before the region, so that "no credentials" lists every source tried; STS
        // without a region is the global endpoint's us-east-1.
        let chain = CredentialChain(
            environment: environment, shared: shared, profileName: profileName, explicitProfile: explicitProfile != nil,
            region: region ?? "us-east-1", endpoints: endpoints,
            transport: transport ?? CurlTransport(), files: files)
        let provider = try chain.provider()
        guard let region else {
            throw AWSError(.noRegion, "no AWS region: set AWS_REGION, or set region in profile '\(profileName)'")
        }
        return AWSConfiguration(credentialProvider: provider, region: region, endpoints: endpoints)
    }

    static func endpointURL(_ text: String) throws(AWSError) -> URL {
        guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            throw AWSError(.configuration, "endpoint URL '\(text)' is not an http or https URL")
        }
        return url
    }
}

/// `text`, unless it is nil or empty.
func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
}
