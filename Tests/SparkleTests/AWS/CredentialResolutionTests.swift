import Foundation
import SparkleAWS
import Testing

/// Shared files held in memory, as a generator or a test gives them.
private struct MemoryFiles: ConfigurationFiles {
    var files: [String: String]

    func read(_ path: String) throws(AWSError) -> String? { files[path] }
}

private let home = ["HOME": "/home/dev", "AWS_EC2_METADATA_DISABLED": "true"]

private func resolve(
    _ config: String, credentials: String = "", profile: String? = nil, endpoint: String? = nil, environment: [String: String] = [:]
) throws -> AWSConfiguration {
    try AWSConfiguration.resolve(
        profile: profile, endpoint: endpoint, environment: home.merging(environment) { $1 },
        files: MemoryFiles(files: ["/home/dev/.aws/config": config, "/home/dev/.aws/credentials": credentials]))
}

/// The resolver on its own: which source and which endpoints, from files and variables given to it.
@Suite struct CredentialResolutionTests {
    @Test func endpointsFollowTheFlagTheServiceVariablesAndTheProfile() throws {
        let config = """
            [default]
            region = eu-west-1
            aws_access_key_id = AKID
            aws_secret_access_key = s
            services = local
            endpoint_url = http://profile.test:1
            [services local]
            s3 =
              endpoint_url = http://s3.local:2
            """
        let plain = try resolve(config)
        #expect(plain.endpoint(for: "cloudformation").absoluteString == "http://profile.test:1")
        #expect(plain.endpoint(for: "s3").absoluteString == "http://s3.local:2")
        let variables = try resolve(config, endpoint: "http://flag.test:3", environment: [
            "AWS_ENDPOINT_URL_STS": "http://sts.test:4", "AWS_ENDPOINT_URL": "http://all.test:5", "AWS_ENDPOINT_URL_CLOUDFORMATION": "http://cf.test:6",
        ])
        #expect(variables.endpoint(for: "cloudformation").absoluteString == "http://flag.test:3")
        #expect(variables.endpoint(for: "sts").absoluteString == "http://sts.test:4")
        #expect(variables.endpoint(for: "s3").absoluteString == "http://flag.test:3")
        let ignored = try resolve(config, environment: ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true", "AWS_ENDPOINT_URL": "http://all.test:5"])
        #expect(ignored.endpoint(for: "cloudformation").absoluteString == "https://cloudformation.eu-west-1.amazonaws.com/")
        #expect(ignored.endpoint(for: "sts").absoluteString == "https://sts.eu-west-1.amazonaws.com/")
        let china = try resolve(config, environment: ["AWS_REGION": "cn-north-1", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"])
        #expect(china.endpoint(for: "sts").absoluteString == "https://sts.cn-north-1.amazonaws.com.cn/")
    }

    @Test func eachProfileFormChoosesItsSource() throws {
        let config = """
            [default]
            region = us-east-1
            [profile keys]
            region = us-east-1
            aws_access_key_id = AKIDKEYS
            aws_secret_access_key = s
            [profile role]
            region = us-east-1
            role_arn = arn:aws:iam::1:role/r
            source_profile = keys
            [profile env-role]
            region = us-east-1
            role_arn = arn:aws:iam::1:role/r
            credential_source = Environment
            [profile process]
            region = us-east-1
            credential_process = /bin/true
            [profile sso]
            region = us-east-1
            sso_session = corp
            sso_account_id = 1
            sso_role_name = R
            [sso-session corp]
            sso_region = us-east-1
            sso_start_url = https://corp.awsapps.com/start
            [profile ecs-role]
            region = us-east-1
            role_arn = arn:aws:iam::1:role/r
            credential_source = EcsContainer
            [profile bad-source]
            region = us-east-1
            role_arn = arn:aws:iam::1:role/r
            credential_source = Laptop
            [profile sso-missing]
            region = us-east-1
            sso_session = nowhere
            """
        #expect(try resolve(config, profile: "keys").credentialProvider.source == "profile keys (keys)")
        #expect(try resolve(config, profile: "role").credentialProvider.source == "profile role (assume role arn:aws:iam::1:role/r with profile keys (keys))")
        #expect(try resolve(config, profile: "process").credentialProvider.source == "profile process (credential_process)")
        #expect(try resolve(config, profile: "sso").credentialProvider.source == "profile sso (SSO, account 1, role R)")
        #expect(try resolve(config, profile: "env-role", environment: ["AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "B"])
            .credentialProvider.source == "profile env-role (assume role arn:aws:iam::1:role/r with environment)")
        #expect(try resolve(config, profile: "ecs-role", environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:9/creds"])
            .credentialProvider.source == "profile ecs-role (assume role arn:aws:iam::1:role/r with container (AWS_CONTAINER_CREDENTIALS_FULL_URI))")
        #expect { try resolve(config, profile: "bad-source") } throws: { ($0 as? AWSError)?.message.contains("not 'Laptop'") == true }
        #expect { try resolve(config, environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://10.0.0.1/creds"]) } throws: { error in
            (error as? AWSError)?.message.contains("http is allowed only to loopback and the container hosts") == true
        }
        #expect { try resolve(config, profile: "sso-missing") } throws: { ($0 as? AWSError)?.message.contains("[sso-session nowhere]") == true }
        // --profile wins over environment keys; AWS_PROFILE does not.
        let environment = ["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "x"]
        #expect(try resolve(config, profile: "keys", environment: environment).credentialProvider.source == "profile keys (keys)")
        #expect(try resolve(config, environment: environment.merging(["AWS_PROFILE": "keys"]) { $1 }).credentialProvider.source == "environment (AWS_ACCESS_KEY_ID)")
    }

    @Test func temporaryCredentialsAreFetchedOnceUntilTheyAreAboutToExpire() async throws {
        final class Counter: @unchecked Sendable {
            let lock = NSLock()
            var count = 0
            func next() -> Int {
                lock.lock()
                defer { lock.unlock() }
                count += 1
                return count
            }
        }
        let counter = Counter()
        let lasting = RefreshingCredentialProvider(source: "test") { () throws(AWSError) -> AWSCredentials in
            let run = counter.next()
            try? await Task.sleep(nanoseconds: 50_000_000)
            return AWSCredentials(accessKeyID: "AKID\(run)", secretAccessKey: "s", expiration: Date().addingTimeInterval(3600))
        }
        // Ten callers at once share one fetch.
        let keys = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<10 { group.addTask { try await lasting.credentials().accessKeyID } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(keys == ["AKID1"] && counter.count == 1)
        #expect(try await lasting.credentials().accessKeyID == "AKID1")

        let brief = RefreshingCredentialProvider(source: "test") { () throws(AWSError) -> AWSCredentials in
            AWSCredentials(accessKeyID: "AKID\(counter.next())", secretAccessKey: "s", expiration: Date().addingTimeInterval(60))
        }
        let first = try await brief.credentials().accessKeyID
        let second = try await brief.credentials().accessKeyID
        #expect(first != second, "credentials inside the refresh window are fetched again")
    }
}
