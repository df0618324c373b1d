import Foundation

/// Who the credentials belong to, as `GetCallerIdentity` says.
public struct CallerIdentity: Sendable, Equatable {
    public var account: String
    public var arn: String
    public var userID: String
}

/// The STS Query API (`Version=2011-06-15`): assuming roles, and asking who the caller is.
public struct STSClient: Sendable {
    private let signed: QueryClient
    private let unsigned: QueryClient

    /// - Parameter credentials: who signs `AssumeRole` and `GetCallerIdentity`;
    ///   `AssumeRoleWithWebIdentity` is sent unsigned.
    public init(
        region: String, endpoint: URL, credentials: (any CredentialProvider)?, retryPolicy: RetryPolicy = RetryPolicy(),
        transport: (any HTTPTransport)? = nil
    ) {
        let transport = transport ?? CurlTransport()
        func client(_ credentials: (any CredentialProvider)?) -> QueryClient {
            QueryClient(
                service: "sts", version: "2011-06-15", serviceName: "the STS endpoint", endpoint: endpoint, region: region,
                credentials: credentials, retryPolicy: retryPolicy, transport: transport)
        }
        signed = client(credentials)
        unsigned = client(nil)
    }

    /// The client for `configuration`'s credentials, region and STS endpoint.
    public init(configuration: AWSConfiguration, transport: (any HTTPTransport)? = nil) {
        self.init(
            region: configuration.region, endpoint: configuration.endpoint(for: "sts"), credentials: configuration.credentialProvider,
            transport: transport)
    }

    /// Temporary credentials of `roleARN`.
    public func assumeRole(
        _ roleARN: String, sessionName: String, externalID: String? = nil, durationSeconds: Int? = nil,
        mfa: (serial: String, code: String)? = nil
    ) async throws(AWSError) -> AWSCredentials {
        var arguments = [("RoleArn", roleARN), ("RoleSessionName", sessionName)]
        if let externalID { arguments.append(("ExternalId", externalID)) }
        if let durationSeconds { arguments.append(("DurationSeconds", String(durationSeconds))) }
        if let mfa { arguments += [("SerialNumber", mfa.serial), ("TokenCode", mfa.code)] }
        return try Self.credentials(in: try await signed.call("AssumeRole", arguments, subject: "assuming role \(roleARN)"), role: roleARN)
    }

    /// Temporary credentials of `roleARN` for an OIDC token (the call is not signed).
    public func assumeRole(
        _ roleARN: String, webIdentityToken: String, sessionName: String, durationSeconds: Int? = nil
    ) async throws(AWSError) -> AWSCredentials {
        var arguments = [("RoleArn", roleARN), ("RoleSessionName", sessionName), ("WebIdentityToken", webIdentityToken)]
        if let durationSeconds { arguments.append(("DurationSeconds", String(durationSeconds))) }
        let result = try await unsigned.call("AssumeRoleWithWebIdentity", arguments, subject: "assuming role \(roleARN) with a web identity")
        return try Self.credentials(in: result, role: roleARN)
    }

    /// The account, ARN and user ID of the signing credentials.
    public func callerIdentity() async throws(AWSError) -> CallerIdentity {
        let result = try await signed.call("GetCallerIdentity", [], subject: "the caller's identity")
        return CallerIdentity(account: result.string("Account") ?? "", arn: result.string("Arn") ?? "", userID: result.string("UserId") ?? "")
    }

    private static func credentials(in result: XMLTree, role: String) throws(AWSError) -> AWSCredentials {
        guard let key = result.string("Credentials", "AccessKeyId"), let secret = result.string("Credentials", "SecretAccessKey") else {
            throw AWSError(.malformedResponse, "assuming role \(role): the answer holds no credentials")
        }
        return AWSCredentials(
            accessKeyID: key, secretAccessKey: secret, sessionToken: result.string("Credentials", "SessionToken"),
            expiration: result.string("Credentials", "Expiration").flatMap(Timestamp.parse))
    }
}
