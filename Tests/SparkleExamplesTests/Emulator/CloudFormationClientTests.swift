import Foundation
import SparkleAWS
import Testing

private let testCredentials = AWSCredentials(accessKeyID: "AKIDTEST", secretAccessKey: "secret")

private func client(_ endpoint: String, _ policy: RetryPolicy) -> CloudFormationClient {
    CloudFormationClient(
        configuration: AWSConfiguration(credentials: testCredentials, region: "eu-west-1", endpoint: URL(string: endpoint)),
        retryPolicy: policy)
}

/// Short pauses, generous bounds: the suite runs beside builds and emulators on two cores.
private let quick = RetryPolicy(maxAttempts: 5, baseDelay: 0.05, maxDelay: 0.2, requestTimeout: 20, totalTimeout: 120)

/// Retries and failures, against a local fault injector.
@Suite(.serialized) struct FaultInjectionTests {
    @Test func throttlingServerErrorsAndTruncatedXMLAreRetriedUntilSuccess() async throws {
        let good = describeStacksXML("net", outputs: [("VpcId", "vpc-1")])
        let server = try FaultInjector([
            .respond(status: 400, body: errorXML("Throttling", "Rate exceeded")),
            .respond(status: 500, body: errorXML("InternalFailure", "oops", nested: true)),
            .truncated(body: good),
            .respond(status: 200, body: good),
        ])
        defer { server.stop() }
        let stack = try await client(server.endpoint, quick).describeStack("net")
        #expect(stack.outputs == [StackOutput(key: "VpcId", value: "vpc-1")])
        #expect(server.requestCount == 4)
    }

    @Test func aSlowResponseTimesOutAndIsRetried() async throws {
        let good = describeStacksXML("net", outputs: [("VpcId", "vpc-1")])
        let server = try FaultInjector([.respond(status: 200, body: good, delay: 20), .respond(status: 200, body: good)])
        defer { server.stop() }
        var policy = quick
        policy.requestTimeout = 3
        let stack = try await client(server.endpoint, policy).describeStack("net")
        #expect(stack.name == "net")
        #expect(server.requestCount == 2)
    }

    @Test func aServerErrorWithoutAnErrorDocumentShowsWhatTheServerSaid() async throws {
        // An emulator's failure page, not AWS's <ErrorResponse>: its words are the message.
        let page = "<!doctype html><title>500 Internal Server Error</title><h1>Internal Server Error</h1><p>KeyError: 'SSMParameterType'</p>"
        let server = try FaultInjector([.respond(status: 500, body: page)])
        defer { server.stop() }
        await #expect {
            _ = try await client(server.endpoint, RetryPolicy(maxAttempts: 1)).describeStack("net")
        } throws: { error in
            (error as? AWSError)?.message.contains("HTTP 500: 500 Internal Server Error Internal Server Error KeyError: 'SSMParameterType'") == true
        }
    }

    @Test func persistentFailureGivesUpWithinItsBounds() async throws {
        let server = try FaultInjector([.respond(status: 503, body: errorXML("ServiceUnavailable", "down"))])
        defer { server.stop() }
        let started = Date()
        // The total bound is loose so that a loaded machine (one stalled exchange of a test run
        // under load took 20 s) still makes every attempt; the attempts are what is counted.
        let policy = RetryPolicy(maxAttempts: 3, baseDelay: 0.05, maxDelay: 0.1, requestTimeout: 20, totalTimeout: 90)
        await #expect {
            _ = try await client(server.endpoint, policy).describeStack("net")
        } throws: { error in
            let error = error as? AWSError
            return error?.kind == .serverError
                && error?.message.hasPrefix("stack 'net' in eu-west-1: server error (ServiceUnavailable: down) (gave up after 3 attempts") == true
        }
        #expect(server.requestCount == 3)
        #expect(Date().timeIntervalSince(started) < policy.totalTimeout + policy.requestTimeout)
    }

    @Test(arguments: [
        (400, errorXML("ValidationError", "Stack with id gone does not exist"), AWSError.Kind.stackNotFound, "stack 'net' in eu-west-1: not found"),
        (403, errorXML("AccessDenied", "not allowed", nested: true), .accessDenied, "stack 'net' in eu-west-1: access denied"),
        (403, errorXML("SignatureDoesNotMatch", "bad"), .badSignature, "stack 'net' in eu-west-1: the signature does not match"),
        (403, errorXML("InvalidClientTokenId", "bad"), .invalidCredentials, "stack 'net' in eu-west-1: the credentials are not valid"),
        (400, "not xml at all", .requestFailed, "stack 'net' in eu-west-1: DescribeStacks failed (HTTP 400: not xml at all)"),
    ])
    func errorsAreNamedAndNotRetried(_ status: Int, _ body: String, _ kind: AWSError.Kind, _ prefix: String) async throws {
        let server = try FaultInjector([.respond(status: status, body: body)])
        defer { server.stop() }
        await #expect {
            _ = try await client(server.endpoint, quick).describeStack("net")
        } throws: { error in
            (error as? AWSError)?.kind == kind && (error as? AWSError)?.message.hasPrefix(prefix) == true
        }
        #expect(server.requestCount == 1)
    }

    @Test func pagingFollowsNextToken() async throws {
        let first = describeStacksXML("a", outputs: []).replacingOccurrences(
            of: "</Stacks>", with: "</Stacks><NextToken>page2</NextToken>")
        let server = try FaultInjector([.respond(status: 200, body: first), .respond(status: 200, body: describeStacksXML("b", outputs: []))])
        defer { server.stop() }
        let stacks = try await client(server.endpoint, quick).describeStacks()
        #expect(stacks.map(\.name) == ["a", "b"])
    }

    @Test func anUnreachableEndpointIsAClearErrorWithinTheBound() async throws {
        let port = freePort()  // nothing listens here
        let policy = RetryPolicy(maxAttempts: 2, baseDelay: 0.05, maxDelay: 0.1, requestTimeout: 20, totalTimeout: 30)
        await #expect {
            _ = try await client("http://127.0.0.1:\(port)", policy).describeStack("net")
        } throws: { error in
            (error as? AWSError)?.kind == .unreachable
                && (error as? AWSError)?.message.contains("the CloudFormation endpoint http://127.0.0.1:\(port)") == true
        }
    }

    @Test func theCommandLineWritesNothingWhenApplyFails() throws {
        let server = try FaultInjector([.respond(status: 500, body: errorXML("InternalFailure", "down"))])
        defer { server.stop() }
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("subnets.json").path
        var environment = cleanEnvironment
        environment.merge(["AWS_ACCESS_KEY_ID": "AKIDTEST", "AWS_SECRET_ACCESS_KEY": "secret", "AWS_REGION": "eu-west-1",
                           "SPARKLE_AWS_MAX_ATTEMPTS": "2", "SPARKLE_AWS_TIMEOUT": "60"]) { $1 }
        let result = try run(sparkleBinary, ["compile", "vpc_subnets", "--apply-stack", "net", "--endpoint-url", server.endpoint, "-o", output], environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: apply-stack: stack 'net' in eu-west-1: server error (InternalFailure: down) (gave up after 2 attempts"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        #expect(server.requestCount == 2)
    }
}

/// Credentials, region and endpoint resolution.
@Suite struct AWSConfigurationTests {
    @Test func environmentThenProfilesInTheSharedFiles() async throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let credentials = directory.appendingPathComponent("credentials")
        let config = directory.appendingPathComponent("config")
        try "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s1\n[ops]\naws_access_key_id=AKIDOPS\naws_secret_access_key=s2\naws_session_token = tok\n"
            .write(to: credentials, atomically: true, encoding: .utf8)
        try "[default]\nregion = eu-central-1\n[profile ops]\nregion = ap-south-1\nendpoint_url = http://127.0.0.1:4566\n"
            .write(to: config, atomically: true, encoding: .utf8)
        let files = ["AWS_SHARED_CREDENTIALS_FILE": credentials.path, "AWS_CONFIG_FILE": config.path, "HOME": directory.path]

        let fromDefault = try AWSConfiguration.resolve(environment: files)
        #expect(try await fromDefault.credentialProvider.credentials() == AWSCredentials(accessKeyID: "AKIDDEFAULT", secretAccessKey: "s1"))
        #expect(fromDefault.region == "eu-central-1" && fromDefault.endpoint == nil)

        let ops = try AWSConfiguration.resolve(environment: files.merging(["AWS_PROFILE": "ops"]) { $1 })
        #expect(try await ops.credentialProvider.credentials() == AWSCredentials(accessKeyID: "AKIDOPS", secretAccessKey: "s2", sessionToken: "tok"))
        #expect(ops.region == "ap-south-1" && ops.endpoint?.absoluteString == "http://127.0.0.1:4566")

        let fromEnvironment = try AWSConfiguration.resolve(
            region: "us-west-2", environment: files.merging(["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s3", "AWS_REGION": "eu-west-3"]) { $1 })
        #expect(try await fromEnvironment.credentialProvider.credentials().accessKeyID == "AKIDENV" && fromEnvironment.region == "us-west-2")

        let explicitProfile = try AWSConfiguration.resolve(
            profile: "ops", environment: files.merging(["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s3"]) { $1 })
        #expect(try await explicitProfile.credentialProvider.credentials().accessKeyID == "AKIDOPS")
    }

    @Test(arguments: [
        (["HOME": "/nonexistent", "AWS_EC2_METADATA_DISABLED": "true"], AWSError.Kind.noCredentials),
        (["HOME": "/nonexistent", "AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "B"], .noRegion),
        (["HOME": "/nonexistent", "AWS_ACCESS_KEY_ID": "A", "AWS_REGION": "r"], .noCredentials),
        (["HOME": "/nonexistent", "AWS_PROFILE": "ghost"], .configuration),
        (["HOME": "/nonexistent", "AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "B", "AWS_REGION": "r", "AWS_ENDPOINT_URL": "ftp://x"], .configuration),
    ])
    func missingPiecesAreClearErrors(_ environment: [String: String], _ kind: AWSError.Kind) {
        #expect { try AWSConfiguration.resolve(environment: environment) } throws: { ($0 as? AWSError)?.kind == kind }
    }
}
