import Foundation

/// The order in which the AWS CLI and SDKs look for credentials, and what each step needs:
///
/// 1. `--profile` chooses the profile, and then the environment's keys are not used;
///    `AWS_PROFILE` chooses it too, but environment keys still come first.
/// 2. Environment keys: `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`.
/// 3. Web identity: `AWS_WEB_IDENTITY_TOKEN_FILE` and `AWS_ROLE_ARN` (`AWS_ROLE_SESSION_NAME`).
/// 4. The profile: `role_arn` (with `source_profile`, chains of any length, or
///    `credential_source`; `external_id`, `role_session_name`, `duration_seconds`, `mfa_serial`),
///    `web_identity_token_file`, SSO (`sso_session` or the legacy `sso_start_url`), static keys,
///    `credential_process`.
/// 5. The container: `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` or `_FULL_URI`, with
///    `AWS_CONTAINER_AUTHORIZATION_TOKEN` or `_TOKEN_FILE`.
/// 6. The instance (IMDSv2), unless `AWS_EC2_METADATA_DISABLED=true`; `AWS_EC2_METADATA_SERVICE_ENDPOINT`
///    moves it.
///
/// When nothing yields credentials, the error lists every step and why it did not apply.
struct CredentialChain {
    let environment: [String: String]
    let shared: SharedConfig
    let profileName: String
    let explicitProfile: Bool
    let region: String
    let endpoints: [String: URL]
    let transport: any HTTPTransport
    let files: any ConfigurationFiles

    private var stsEndpoint: URL {
        endpoints["sts"] ?? AWSConfiguration.publicEndpoint(for: "sts", region: region)
    }

    func provider() throws(AWSError) -> any CredentialProvider {
        var tried: [String] = []
        if explicitProfile {
            tried.append("environment: not used when a profile is named")
        } else if let key = nonEmpty(environment["AWS_ACCESS_KEY_ID"]) {
            guard let secret = nonEmpty(environment["AWS_SECRET_ACCESS_KEY"]) else {
                throw AWSError(.noCredentials, "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")
            }
            return StaticCredentialProvider(
                AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: nonEmpty(environment["AWS_SESSION_TOKEN"])),
                source: "environment (AWS_ACCESS_KEY_ID)")
        } else {
            tried.append("environment: AWS_ACCESS_KEY_ID is not set")
        }

        if !explicitProfile, let tokenFile = nonEmpty(environment["AWS_WEB_IDENTITY_TOKEN_FILE"]) {
            guard let role = nonEmpty(environment["AWS_ROLE_ARN"]) else {
                throw AWSError(.noCredentials, "AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not")
            }
            return CredentialSources.webIdentity(
                role, tokenFile: tokenFile, sessionName: nonEmpty(environment["AWS_ROLE_SESSION_NAME"]), region: region,
                stsEndpoint: stsEndpoint, transport: transport, source: "web identity (AWS_WEB_IDENTITY_TOKEN_FILE, role \(role))")
        }
        tried.append("web identity: AWS_WEB_IDENTITY_TOKEN_FILE is not set")

        switch try profileProvider(profileName, visited: []) {
        case .provider(let provider): return provider
        case .none(let reason): tried.append(reason)
        }

        if let relative = nonEmpty(environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"]) {
            return CredentialSources.container(
                url: URL(string: "http://169.254.170.2\(relative)")!, authorization: (nil, nil), transport: transport,
                source: "container (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI)")
        }
        if let full = nonEmpty(environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"]) {
            return try containerProvider(full)
        }
        tried.append("container: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and _FULL_URI are not set")

        if environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() == "true" {
            tried.append("instance metadata: AWS_EC2_METADATA_DISABLED is true")
            throw noCredentials(tried)
        }
        let endpoint = try AWSConfiguration.endpointURL(nonEmpty(environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"]) ?? "http://169.254.169.254")
        let instance = CredentialSources.instanceMetadata(endpoint: endpoint, transport: transport, source: "instance metadata (\(endpoint.host ?? ""))")
        return LastResortProvider(instance: instance, tried: tried)
    }

    /// The error that lists every source and why it did not apply.
    func noCredentials(_ tried: [String]) -> AWSError {
        AWSError(.noCredentials, "no AWS credentials found; tried, in order:\n" + tried.map { "  - \($0)" }.joined(separator: "\n"))
    }

    /// The credentials profile `name` describes, or why it describes none.
    private func profileProvider(_ name: String, visited: [String]) throws(AWSError) -> ProfileCredentials {
        let label = "profile \(name)"
        guard let settings = shared.profile(name) else {
            return .none("\(label): not in \(shared.credentialsPath) or \(shared.configPath)")
        }
        if let role = settings["role_arn"] {
            let base: any CredentialProvider
            if let webToken = settings["web_identity_token_file"] {
                return .provider(CredentialSources.webIdentity(
                    role, tokenFile: webToken, sessionName: settings["role_session_name"], durationSeconds: settings["duration_seconds"].flatMap { Int($0) },
                    region: region, stsEndpoint: stsEndpoint, transport: transport, source: "\(label) (web identity, role \(role))"))
            } else if let source = settings["source_profile"] {
                if visited.contains(name) || source == name && settings["aws_access_key_id"] == nil {
                    throw AWSError(.configuration, "\(label): source_profile makes a cycle: \((visited + [name, source]).joined(separator: " → "))")
                }
                if source == name, let own = staticKeys(settings, label: label) {
                    base = own
                } else {
                    switch try profileProvider(source, visited: visited + [name]) {
                    case .provider(let provider): base = provider
                    case .none(let reason): throw AWSError(.noCredentials, "\(label): its source_profile gives no credentials (\(reason))")
                    }
                }
            } else if let source = settings["credential_source"] {
                base = try credentialSource(source, label: label)
            } else {
                throw AWSError(.configuration, "\(label): role_arn needs source_profile or credential_source")
            }
            return .provider(CredentialSources.assumeRole(
                role, base: base, sessionName: settings["role_session_name"], externalID: settings["external_id"],
                durationSeconds: settings["duration_seconds"].flatMap { Int($0) }, mfaSerial: settings["mfa_serial"], region: region,
                stsEndpoint: stsEndpoint, transport: transport, source: "\(label) (assume role \(role) with \(base.source))"))
        }
        if settings["sso_session"] != nil || settings["sso_start_url"] != nil {
            return .provider(try ssoProvider(settings, label: label, name: name))
        }
        if let keys = staticKeys(settings, label: label) { return .provider(keys) }
        if let command = settings["credential_process"] {
            return .provider(CredentialSources.process(command, source: "\(label) (credential_process)"))
        }
        return .none("\(label): no keys, role_arn, SSO or credential_process")
    }

    private func staticKeys(_ settings: [String: String], label: String) -> StaticCredentialProvider? {
        guard let key = settings["aws_access_key_id"], let secret = settings["aws_secret_access_key"] else { return nil }
        return StaticCredentialProvider(
            AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: settings["aws_session_token"]), source: "\(label) (keys)")
    }

    /// `credential_source`: where a role profile's base credentials come from.
    private func credentialSource(_ source: String, label: String) throws(AWSError) -> any CredentialProvider {
        switch source {
        case "Environment":
            guard let key = nonEmpty(environment["AWS_ACCESS_KEY_ID"]), let secret = nonEmpty(environment["AWS_SECRET_ACCESS_KEY"]) else {
                throw AWSError(.noCredentials, "\(label): credential_source Environment, but AWS_ACCESS_KEY_ID or AWS_SECRET_ACCESS_KEY is not set")
            }
            return StaticCredentialProvider(
                AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: nonEmpty(environment["AWS_SESSION_TOKEN"])),
                source: "environment")
        case "EcsContainer":
            if let relative = nonEmpty(environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"]) {
                return CredentialSources.container(
                    url: URL(string: "http://169.254.170.2\(relative)")!, authorization: (nil, nil), transport: transport, source: "container")
            }
            guard let full = nonEmpty(environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"]) else {
                throw AWSError(.noCredentials, "\(label): credential_source EcsContainer, but no AWS_CONTAINER_CREDENTIALS_*_URI is set")
            }
            return try containerProvider(full)
        case "Ec2InstanceMetadata":
            let endpoint = try AWSConfiguration.endpointURL(nonEmpty(environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"]) ?? "http://169.254.169.254")
            return CredentialSources.instanceMetadata(endpoint: endpoint, transport: transport, source: "instance metadata")
        default:
            throw AWSError(.configuration, "\(label): credential_source is Environment, Ec2InstanceMetadata or EcsContainer, not '\(source)'")
        }
    }

    /// `AWS_CONTAINER_CREDENTIALS_FULL_URI`: over http only to the container hosts and loopback, as the SDKs allow.
    private func containerProvider(_ full: String) throws(AWSError) -> any CredentialProvider {
        let url = try AWSConfiguration.endpointURL(full)
        let host = url.host ?? ""
        let allowed = url.scheme == "https" || ["169.254.170.2", "169.254.170.23", "fd00:ec2::23", "localhost", "::1"].contains(host)
            || host.hasPrefix("127.")
        guard allowed else {
            throw AWSError(.configuration, "AWS_CONTAINER_CREDENTIALS_FULL_URI \(full): http is allowed only to loopback and the container hosts")
        }
        return CredentialSources.container(
            url: url, authorization: (nonEmpty(environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"]), nonEmpty(environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"])),
            transport: transport, source: "container (AWS_CONTAINER_CREDENTIALS_FULL_URI)")
    }

    /// An SSO profile: `sso_session` (with its section) or the legacy `sso_start_url` form.
    private func ssoProvider(_ settings: [String: String], label: String, name: String) throws(AWSError) -> any CredentialProvider {
        var sso = settings
        let cacheKey: String
        if let session = settings["sso_session"] {
            guard let section = shared.ssoSession(session) else {
                throw AWSError(.configuration, "\(label): sso_session '\(session)' has no [sso-session \(session)] section in \(shared.configPath)")
            }
            sso.merge(section) { profile, _ in profile }
            cacheKey = session
        } else {
            cacheKey = settings["sso_start_url"] ?? ""
        }
        guard let account = sso["sso_account_id"], let role = sso["sso_role_name"], let ssoRegion = sso["sso_region"] else {
            throw AWSError(.configuration, "\(label): SSO needs sso_account_id, sso_role_name and sso_region")
        }
        let portal = endpoints["sso"] ?? AWSConfiguration.publicEndpoint(for: "sso", region: ssoRegion)
        return CredentialSources.sso(
            cacheFile: "\(shared.home)/.aws/sso/cache/\(CredentialSources.ssoCacheName(cacheKey))", login: "aws sso login --profile \(name)",
            accountID: account, roleName: role, portal: portal, region: ssoRegion, transport: transport,
            source: "\(label) (SSO, account \(account), role \(role))")
    }
}

/// What a profile gives: a provider, or why it gives none.
enum ProfileCredentials {
    case provider(any CredentialProvider)
    case none(String)
}

/// The instance's credentials, tried last: when it gives none, the error lists every source tried.
struct LastResortProvider: CredentialProvider {
    let instance: RefreshingCredentialProvider
    let tried: [String]

    var source: String { instance.source }

    func credentials() async throws(AWSError) -> AWSCredentials {
        do {
            return try await instance.credentials()
        } catch {
            let all = tried + [error.message]
            throw AWSError(.noCredentials, "no AWS credentials found; tried, in order:\n" + all.map { "  - \($0)" }.joined(separator: "\n"))
        }
    }
}
