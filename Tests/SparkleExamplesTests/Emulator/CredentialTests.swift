import Foundation
import SparkleAWS
import Testing

/// Runs a Python snippet with boto3 against the emulator; answers its standard output.
private func boto(_ script: String, _ arguments: [String]) throws -> String {
    let python = try #require(which("python3"))
    let result = try run(python, ["-c", "import boto3, json, sys\n" + script] + arguments)
    try #require(result.status == 0, "boto3 setup failed: \(result.stderr)")
    return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
}

/// An environment for `sparkle` with no credentials of its own: only what each test adds.
private func bareEnvironment(_ directory: URL, _ extra: [String: String]) -> [String: String] {
    var environment = cleanEnvironment
    for key in environment.keys where key.hasPrefix("AWS_") && key != "AWS_EC2_METADATA_DISABLED" { environment[key] = nil }
    environment["HOME"] = directory.path
    environment["AWS_SHARED_CREDENTIALS_FILE"] = directory.appendingPathComponent("credentials").path
    environment["AWS_CONFIG_FILE"] = directory.appendingPathComponent("config").path
    environment["AWS_REGION"] = "us-east-1"
    environment.merge(extra) { $1 }
    return environment.filter { !$0.value.isEmpty }
}

/// Credentials the way the AWS CLI finds them, end to end through `sparkle`: roles (chains,
/// external IDs) with signatures checked by the emulator, web identity, credential_process,
/// containers, the instance, SSO, refresh before expiry, and the error when nothing applies.
@Suite(.serialized) struct CredentialTests {
    @Test(.timeLimit(.minutes(4)))
    func assumeRoleProfilesChainsAndExternalIDs() throws {
        let moto = try MotoServer(unauthenticatedActions: 3)
        defer { moto.stop() }
        let admin = try createIAMUser(moto)
        let setup = try boto("""
            endpoint, key, secret = sys.argv[1:4]
            iam = boto3.client("iam", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=key, aws_secret_access_key=secret)
            base = iam.create_user(UserName="base")["User"]["Arn"]
            keys = iam.create_access_key(UserName="base")["AccessKey"]
            iam.put_user_policy(UserName="base", PolicyName="assume", PolicyDocument=json.dumps(
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}]}))
            def role(name, principals, actions, condition=None):
                statement = {"Effect": "Allow", "Principal": {"AWS": principals}, "Action": "sts:AssumeRole"}
                if condition: statement["Condition"] = condition
                arn = iam.create_role(RoleName=name, AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [statement]}))["Role"]["Arn"]
                iam.put_role_policy(RoleName=name, PolicyName="p", PolicyDocument=json.dumps(
                    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": actions, "Resource": "*"}]}))
                return arn
            hop = role("hop", [base], "sts:AssumeRole")
            # The emulator matches a trust policy against the caller's session ARN.
            hop_session = hop.replace(":iam::", ":sts::").replace(":role/", ":assumed-role/") + "/hop-session"
            role("deployer", [base, hop, hop_session], ["cloudformation:*", "sts:GetCallerIdentity"])
            role("partner", [base], "cloudformation:*", {"StringEquals": {"sts:ExternalId": "xid-1"}})
            cf = boto3.client("cloudformation", endpoint_url=endpoint, region_name="us-east-1", aws_access_key_id=key, aws_secret_access_key=secret)
            cf.create_stack(StackName="probe", TemplateBody=json.dumps({"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}))
            print(keys["AccessKeyId"], keys["SecretAccessKey"])
            """, [moto.endpoint, admin.id, admin.secret])
        let base = setup.split(separator: " ").map(String.init)
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let account = "123456789012"
        try """
            [profile base]
            aws_access_key_id = \(base[0])
            aws_secret_access_key = \(base[1])
            [profile deploy]
            role_arn = arn:aws:iam::\(account):role/deployer
            source_profile = base
            role_session_name = sparkle-test
            [profile hop]
            role_arn = arn:aws:iam::\(account):role/hop
            source_profile = base
            role_session_name = hop-session
            [profile chain]
            role_arn = arn:aws:iam::\(account):role/deployer
            source_profile = hop
            [profile partner]
            role_arn = arn:aws:iam::\(account):role/partner
            source_profile = base
            external_id = xid-1
            [profile stranger]
            role_arn = arn:aws:iam::\(account):role/partner
            source_profile = base
            external_id = wrong
            [profile loop-a]
            role_arn = arn:aws:iam::\(account):role/deployer
            source_profile = loop-b
            [profile loop-b]
            role_arn = arn:aws:iam::\(account):role/deployer
            source_profile = loop-a
            [profile dangling]
            role_arn = arn:aws:iam::\(account):role/deployer
            """.write(to: directory.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let environment = bareEnvironment(directory, ["AWS_ENDPOINT_URL": moto.endpoint, "SPARKLE_AWS_MAX_ATTEMPTS": "1"])
        func sparkle(_ arguments: [String]) throws -> ProcessResult { try run(sparkleBinary, arguments, environment: environment) }

        let viaRole = try sparkle(["stack", "describe", "probe", "--profile", "deploy"])
        #expect(viaRole.status == 0, "\(viaRole.stderr)")
        #expect(viaRole.stdout.contains("CREATE_COMPLETE"))
        let baseOnly = try sparkle(["stack", "describe", "probe", "--profile", "base"])
        #expect(baseOnly.status == 1 && baseOnly.stderr.contains("access denied"), "\(baseOnly.stderr)")
        let who = try sparkle(["whoami", "--profile", "deploy"])
        #expect(who.stdout.contains("assumed-role/deployer/sparkle-test") && who.stdout.contains("assume role arn:aws:iam::\(account):role/deployer"), "\(who.stdout)\(who.stderr)")

        let chained = try sparkle(["stack", "describe", "probe", "--profile", "chain"])
        #expect(chained.status == 0, "\(chained.stderr)")
        #expect(try sparkle(["stack", "describe", "probe", "--profile", "partner"]).status == 0)
        let stranger = try sparkle(["stack", "describe", "probe", "--profile", "stranger"])
        #expect(stranger.status == 1 && stranger.stderr.contains("assuming role arn:aws:iam::\(account):role/partner"), "\(stranger.stderr)")

        let loop = try sparkle(["stack", "describe", "probe", "--profile", "loop-a"])
        #expect(loop.status == 2 && loop.stderr.contains("source_profile makes a cycle: loop-a → loop-b → loop-a"), "\(loop.stderr)")
        let dangling = try sparkle(["stack", "describe", "probe", "--profile", "dangling"])
        #expect(dangling.status == 2 && dangling.stderr.contains("profile dangling: role_arn needs source_profile or credential_source"), "\(dangling.stderr)")
        for output in [viaRole, baseOnly, who, chained, stranger, loop] {
            #expect(!(output.stdout + output.stderr).contains(base[1]), "a secret was printed")
        }
    }

    @Test(.timeLimit(.minutes(3)))
    func webIdentityFromATokenFileWithOnlyTheSTSEndpointSet() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try boto("""
            iam = boto3.client("iam", endpoint_url=sys.argv[1], region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="y")
            iam.create_role(RoleName="ci", AssumeRolePolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
                {"Effect": "Allow", "Principal": {"Federated": "token.actions.githubusercontent.com"}, "Action": "sts:AssumeRoleWithWebIdentity"}]}))
            """, [moto.endpoint])
        let token = directory.appendingPathComponent("token")
        try "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm9yZy9hcHAifQ.c2lnbmF0dXJl".write(to: token, atomically: true, encoding: .utf8)
        let environment = bareEnvironment(directory, [
            "AWS_WEB_IDENTITY_TOKEN_FILE": token.path, "AWS_ROLE_ARN": "arn:aws:iam::123456789012:role/ci",
            "AWS_ROLE_SESSION_NAME": "gha-run-7", "AWS_ENDPOINT_URL_STS": moto.endpoint,
        ])
        let who = try run(sparkleBinary, ["whoami", "--json"], environment: environment)
        #expect(who.status == 0, "\(who.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(who.stdout.utf8)) as? [String: String])
        #expect(document["arn"]?.contains("assumed-role/ci/gha-run-7") == true, "\(document)")
        #expect(document["source"]?.hasPrefix("web identity") == true)
        #expect(!(who.stdout + who.stderr).contains("eyJhbGci"), "the token was printed")
    }

    @Test(.timeLimit(.minutes(3)))
    func credentialProcessIsRunAndRefreshedBeforeItsCredentialsExpire() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let counter = directory.appendingPathComponent("runs")
        let script = directory.appendingPathComponent("creds.sh")
        try """
            #!/bin/sh
            echo run >> \(counter.path)
            printf '{"Version": 1, "AccessKeyId": "AKIDPROCESS", "SecretAccessKey": "process-secret", "SessionToken": "process-token", "Expiration": "%s"}' "$(date -u -d '+3 seconds' +%Y-%m-%dT%H:%M:%SZ)"
            """.write(to: script, atomically: true, encoding: .utf8)
        let failing = directory.appendingPathComponent("broken.sh")
        try "#!/bin/sh\necho 'vault is sealed' >&2\nexit 3\n".write(to: failing, atomically: true, encoding: .utf8)
        try """
            [default]
            credential_process = sh \(script.path)
            [profile broken]
            credential_process = sh \(failing.path)
            """.write(to: directory.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let environment = bareEnvironment(directory, ["AWS_ENDPOINT_URL": moto.endpoint, "SPARKLE_POLL_INTERVAL": "0.3"])

        let who = try run(sparkleBinary, ["whoami"], environment: environment)
        #expect(who.status == 0 && who.stdout.contains("profile default (credential_process)"), "\(who.stdout)\(who.stderr)")
        let template = directory.appendingPathComponent("queue.json")
        try #"{"Resources": {"Queue": {"Type": "AWS::SQS::Queue"}}}"#.write(to: template, atomically: true, encoding: .utf8)
        try? FileManager.default.removeItem(at: counter)
        let deploy = try run(sparkleBinary, ["stack", "deploy", "queue", "--file", template.path, "--yes"], environment: environment)
        #expect(deploy.status == 0, "\(deploy.stderr)")
        // The credentials expire within the refresh window, so the command fetched them again.
        let runs = try String(contentsOf: counter, encoding: .utf8).split(separator: "\n").count
        #expect(runs >= 2, "credential_process ran \(runs) time(s)")

        let broken = try run(sparkleBinary, ["stack", "list", "--profile", "broken"], environment: environment)
        #expect(broken.status == 2, "\(broken.stderr)")
        #expect(broken.stderr.contains("exited 3: vault is sealed"), "\(broken.stderr)")
        #expect(!(deploy.stdout + deploy.stderr + who.stdout + who.stderr).contains("process-secret"))
    }

    @Test(.timeLimit(.minutes(3)))
    func containerAndInstanceCredentialsSendTheirTokens() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let keys = #"{"AccessKeyId": "AKIDBOX", "SecretAccessKey": "box-secret", "Token": "box-token", "Expiration": "2099-01-01T00:00:00Z"}"#

        let container = try FaultInjector([.respond(status: 200, body: keys)])
        defer { container.stop() }
        let tokenFile = directory.appendingPathComponent("pod-token")
        try "pod-identity-token\n".write(to: tokenFile, atomically: true, encoding: .utf8)
        let inContainer = try run(sparkleBinary, ["whoami", "--endpoint-url", moto.endpoint], environment: bareEnvironment(directory, [
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": "\(container.endpoint)/v1/credentials", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile.path,
        ]))
        #expect(inContainer.status == 0 && inContainer.stdout.contains("container (AWS_CONTAINER_CREDENTIALS_FULL_URI)"), "\(inContainer.stdout)\(inContainer.stderr)")
        let asked = try #require(container.requests.first)
        #expect(asked.hasPrefix("GET /v1/credentials") && asked.lowercased().contains("authorization: pod-identity-token"), "\(asked)")

        let instance = try FaultInjector([
            .respond(status: 200, body: "imds-session-token"), .respond(status: 200, body: "web-role\n"), .respond(status: 200, body: keys),
        ])
        defer { instance.stop() }
        var environment = bareEnvironment(directory, ["AWS_EC2_METADATA_SERVICE_ENDPOINT": instance.endpoint])
        environment["AWS_EC2_METADATA_DISABLED"] = nil
        let onInstance = try run(sparkleBinary, ["whoami", "--endpoint-url", moto.endpoint], environment: environment)
        #expect(onInstance.status == 0 && onInstance.stdout.contains("instance metadata"), "\(onInstance.stdout)\(onInstance.stderr)")
        let requests = instance.requests
        try #require(requests.count == 3, "\(requests)")
        #expect(requests[0].hasPrefix("PUT /latest/api/token") && requests[0].lowercased().contains("x-aws-ec2-metadata-token-ttl-seconds: 21600"))
        #expect(requests[1].hasPrefix("GET /latest/meta-data/iam/security-credentials/ ") && requests[1].lowercased().contains("x-aws-ec2-metadata-token: imds-session-token"))
        #expect(requests[2].hasPrefix("GET /latest/meta-data/iam/security-credentials/web-role "))
        #expect(!(inContainer.stdout + inContainer.stderr + onInstance.stdout + onInstance.stderr).contains("box-secret"))
    }

    @Test(.timeLimit(.minutes(3)))
    func ssoProfilesUseTheCachedTokenAtThePortal() throws {
        let moto = try MotoServer()
        defer { moto.stop() }
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let portal = try FaultInjector([.respond(status: 200, body: #"{"roleCredentials": {"accessKeyId": "AKIDSSO", "secretAccessKey": "sso-secret", "sessionToken": "sso-token", "expiration": 4102444800000}}"#)])
        defer { portal.stop() }
        try """
            [profile dev]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = Developer
            [profile legacy]
            sso_start_url = https://legacy.awsapps.com/start
            sso_region = us-east-1
            sso_account_id = 111122223333
            sso_role_name = Developer
            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = eu-west-1
            """.write(to: directory.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let cache = directory.appendingPathComponent(".aws/sso/cache")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        // The AWS CLI's cache names: the SHA-1 of the session name (or legacy start URL), from Python's hashlib.
        let sha1 = ["corp": "ee0bfd2552fbd840c02cc48b6e823320543c450f", "https://legacy.awsapps.com/start": "79e435d7a515078e81c9dffc35f38d5687ebd3a7"]
        try #"{"accessToken": "cached-bearer-token", "expiresAt": "2099-01-01T00:00:00Z", "region": "eu-west-1"}"#
            .write(to: cache.appendingPathComponent("\(sha1["corp"]!).json"), atomically: true, encoding: .utf8)
        try #"{"accessToken": "old", "expiresAt": "2020-01-01T00:00:00Z"}"#
            .write(to: cache.appendingPathComponent("\(sha1["https://legacy.awsapps.com/start"]!).json"), atomically: true, encoding: .utf8)
        let environment = bareEnvironment(directory, ["AWS_ENDPOINT_URL_SSO": portal.endpoint])

        let who = try run(sparkleBinary, ["whoami", "--profile", "dev", "--endpoint-url", moto.endpoint], environment: environment)
        #expect(who.status == 0 && who.stdout.contains("SSO, account 111122223333, role Developer"), "\(who.stdout)\(who.stderr)")
        let asked = try #require(portal.requests.first)
        #expect(asked.hasPrefix("GET /federation/credentials?account_id=111122223333&role_name=Developer "), "\(asked)")
        #expect(asked.lowercased().contains("x-amz-sso_bearer_token: cached-bearer-token"))

        let expired = try run(sparkleBinary, ["stack", "list", "--profile", "legacy", "--endpoint-url", moto.endpoint], environment: environment)
        #expect(expired.status == 2 && expired.stderr.contains("run `aws sso login --profile legacy`"), "\(expired.stderr)")
        #expect(!(who.stdout + who.stderr + expired.stderr).contains("cached-bearer-token"))
    }

    @Test func withoutCredentialsEverySourceTriedIsListed() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = bareEnvironment(directory, ["AWS_SESSION_TOKEN": "leaky-session-token"])
        for arguments in [["stack", "list"], ["whoami"]] {
            let result = try run(sparkleBinary, arguments, environment: environment)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            for source in ["environment: AWS_ACCESS_KEY_ID is not set", "web identity:", "profile default:", "container:", "instance metadata: AWS_EC2_METADATA_DISABLED is true"] {
                #expect(result.stderr.contains(source), "\(arguments): \(result.stderr)")
            }
            #expect(!result.stderr.contains("leaky-session-token"))
        }
    }
}
