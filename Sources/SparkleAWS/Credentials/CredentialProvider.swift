import Foundation

/// Something that supplies credentials: fixed keys, or a source that fetches temporary ones
/// (a role, SSO, a container, the instance) and fetches them again before they expire.
public protocol CredentialProvider: Sendable {
    /// Credentials valid now.
    func credentials() async throws(AWSError) -> AWSCredentials
    /// Where the credentials come from, for people: `environment`, `profile dev (assume role …)`.
    var source: String { get }
}

/// Keys that do not change.
public struct StaticCredentialProvider: CredentialProvider {
    public let fixed: AWSCredentials
    public let source: String

    /// Always `credentials`, found in `source` (for messages).
    public init(_ credentials: AWSCredentials, source: String) {
        fixed = credentials
        self.source = source
    }

    /// The fixed credentials.
    public func credentials() async throws(AWSError) -> AWSCredentials { fixed }
}

/// Temporary credentials from `fetch`, kept until shortly before they expire and then fetched
/// again. Callers asking at the same time share one fetch.
public actor RefreshingCredentialProvider: CredentialProvider {
    /// Fetch again when this little time is left: AWS's SDKs refresh five minutes ahead too.
    public static let refreshWindow: TimeInterval = 300

    public nonisolated let source: String
    private let fetch: @Sendable () async throws(AWSError) -> AWSCredentials
    private var cached: AWSCredentials?
    private var inFlight: Task<Result<AWSCredentials, AWSError>, Never>?

    /// Credentials from `fetch`, kept until five minutes before they expire; `source` names it in messages.
    public init(source: String, fetch: @escaping @Sendable () async throws(AWSError) -> AWSCredentials) {
        self.source = source
        self.fetch = fetch
    }

    /// The credentials, fetched again when they are about to expire.
    public func credentials() async throws(AWSError) -> AWSCredentials {
        if let cached, !Self.isStale(cached, at: Date()) { return cached }
        let task: Task<Result<AWSCredentials, AWSError>, Never>
        if let inFlight {
            task = inFlight
        } else {
            let fetch = self.fetch
            task = Task {
                do throws(AWSError) {
                    return .success(try await fetch())
                } catch {
                    return .failure(error)
                }
            }
            inFlight = task
        }
        let result = await task.value
        inFlight = nil
        let credentials = try result.get()
        cached = credentials
        return credentials
    }

    /// Whether `credentials` expire within the refresh window of `now`.
    static func isStale(_ credentials: AWSCredentials, at now: Date) -> Bool {
        guard let expiration = credentials.expiration else { return false }
        return expiration.timeIntervalSince(now) < refreshWindow
    }
}
