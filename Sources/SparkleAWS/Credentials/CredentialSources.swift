import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The sources of temporary credentials: each fetches them and is wrapped in a
/// ``RefreshingCredentialProvider``, so it is asked again shortly before they expire.
enum CredentialSources {
    /// `AssumeRole` signed by `base`, with an MFA code asked on the terminal when the profile has
    /// `mfa_serial`.
    static func assumeRole(
        _ roleARN: String, base: any CredentialProvider, sessionName: String?, externalID: String?, durationSeconds: Int?,
        mfaSerial: String?, region: String, stsEndpoint: URL, transport: any HTTPTransport, source: String
    ) -> RefreshingCredentialProvider {
        RefreshingCredentialProvider(source: source) { () throws(AWSError) -> AWSCredentials in
            let sts = STSClient(region: region, endpoint: stsEndpoint, credentials: base, transport: transport)
            var mfa: (serial: String, code: String)?
            if let mfaSerial { mfa = (mfaSerial, try askForMFACode(mfaSerial, source: source)) }
            return try await sts.assumeRole(
                roleARN, sessionName: sessionName ?? defaultSessionName(), externalID: externalID, durationSeconds: durationSeconds, mfa: mfa)
        }
    }

    /// `AssumeRoleWithWebIdentity` with the token in `tokenFile`, read anew on each refresh (CI
    /// systems rotate it).
    static func webIdentity(
        _ roleARN: String, tokenFile: String, sessionName: String?, durationSeconds: Int? = nil, region: String, stsEndpoint: URL,
        transport: any HTTPTransport, source: String
    ) -> RefreshingCredentialProvider {
        RefreshingCredentialProvider(source: source) { () throws(AWSError) -> AWSCredentials in
            guard let token = try? String(contentsOfFile: tokenFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines),
                !token.isEmpty
            else {
                throw AWSError(.noCredentials, "\(source): cannot read the web identity token file \(tokenFile)")
            }
            let sts = STSClient(region: region, endpoint: stsEndpoint, credentials: nil, transport: transport)
            return try await sts.assumeRole(roleARN, webIdentityToken: token, sessionName: sessionName ?? defaultSessionName(), durationSeconds: durationSeconds)
        }
    }

    /// `credential_process`: runs the command and reads its JSON (`Version: 1`).
    static func process(_ command: String, source: String) -> RefreshingCredentialProvider {
        RefreshingCredentialProvider(source: source) { () throws(AWSError) -> AWSCredentials in
            let (status, output, errors) = try run(command, source: source)
            guard status == 0 else {
                let quoted = errors.trimmingCharacters(in: .whitespacesAndNewlines)
                throw AWSError(.noCredentials, "\(source): `\(command)` exited \(status)\(quoted.isEmpty ? "" : ": \(quoted)")")
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any] else {
                throw AWSError(.noCredentials, "\(source): `\(command)` did not print a JSON object")
            }
            guard (object["Version"] as? Int) == 1 else {
                throw AWSError(.noCredentials, "\(source): `\(command)` printed Version \(object["Version"].map { "\($0)" } ?? "(none)"), not 1")
            }
            return try keys(object, source: "\(source): `\(command)`", token: "SessionToken")
        }
    }

    /// The container's endpoint: ECS (`AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`) or a full URI with an
    /// authorization token (EKS Pod Identity, Greengrass).
    static func container(url: URL, authorization: (token: String?, file: String?), transport: any HTTPTransport, source: String)
        -> RefreshingCredentialProvider
    {
        RefreshingCredentialProvider(source: source) { () throws(AWSError) -> AWSCredentials in
            var headers: [String: String] = [:]
            if let file = authorization.file {
                guard let token = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw AWSError(.noCredentials, "\(source): cannot read the authorization token file \(file)")
                }
                headers["Authorization"] = token.trimmingCharacters(in: .whitespacesAndNewlines)
            } else if let token = authorization.token {
                headers["Authorization"] = token
            }
            let response = try await get(url, headers: headers, transport: transport, timeout: 2, attempts: 2, source: source)
            return try keys(try json(response, source: source), source: source, token: "Token")
        }
    }

    /// IMDSv2: a session token by PUT, then the role's name and its credentials by GET.
    static func instanceMetadata(endpoint: URL, transport: any HTTPTransport, source: String) -> RefreshingCredentialProvider {
        RefreshingCredentialProvider(source: source) { () throws(AWSError) -> AWSCredentials in
            let base = endpoint.absoluteString.hasSuffix("/") ? String(endpoint.absoluteString.dropLast()) : endpoint.absoluteString
            let tokenResponse = try await send(
                HTTPRequest(method: "PUT", url: URL(string: "\(base)/latest/api/token")!,
                            headers: ["X-aws-ec2-metadata-token-ttl-seconds": "21600"], body: []),
                transport: transport, timeout: 1, attempts: 2, source: source)
            let token = String(decoding: tokenResponse.body, as: UTF8.self)
            let headers = ["X-aws-ec2-metadata-token": token]
            let credentialsPath = "\(base)/latest/meta-data/iam/security-credentials/"
            let roles = try await get(URL(string: credentialsPath)!, headers: headers, transport: transport, timeout: 1, attempts: 2, source: source)
            guard let role = String(decoding: roles.body, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) else {
                throw AWSError(.noCredentials, "\(source): the instance has no IAM role")
            }
            let answer = try await get(
                URL(string: credentialsPath + SigV4Signer.uriEncode(role))!, headers: headers, transport: transport, timeout: 1, attempts: 2,
                source: source)
            return try keys(try json(answer, source: source), source: source, token: "Token")
        }
    }

    /// IAM Identity Center: the cached token of `aws sso login`, exchanged at the portal for the
    /// role's credentials.
    static func sso(
        cacheFile: String, login: String, accountID: String, roleName: String, portal: URL, region: String, transport: any HTTPTransport,
        source: String
    ) -> RefreshingCredentialProvider {
        RefreshingCredentialProvider(source: source) { () throws(AWSError) -> AWSCredentials in
            guard let data = FileManager.default.contents(atPath: cacheFile),
                let cached = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let token = cached["accessToken"] as? String
            else {
                throw AWSError(.noCredentials, "\(source): no SSO token in \(cacheFile); run `\(login)`")
            }
            if let expiresAt = (cached["expiresAt"] as? String).flatMap(Timestamp.parse), expiresAt <= Date() {
                throw AWSError(.noCredentials, "\(source): the SSO token expired at \(cached["expiresAt"]!); run `\(login)`")
            }
            var components = URLComponents(url: portal, resolvingAgainstBaseURL: false)!
            components.path = (components.path.hasSuffix("/") ? String(components.path.dropLast()) : components.path) + "/federation/credentials"
            components.queryItems = [URLQueryItem(name: "account_id", value: accountID), URLQueryItem(name: "role_name", value: roleName)]
            let response = try await get(components.url!, headers: ["x-amz-sso_bearer_token": token], transport: transport, timeout: 10, attempts: 3, source: source)
            guard let role = try json(response, source: source)["roleCredentials"] as? [String: Any],
                let key = role["accessKeyId"] as? String, let secret = role["secretAccessKey"] as? String
            else {
                throw AWSError(.malformedResponse, "\(source): the SSO portal's answer holds no role credentials")
            }
            let expiration = (role["expiration"] as? NSNumber).map { Date(timeIntervalSince1970: $0.doubleValue / 1000) }
            return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: role["sessionToken"] as? String, expiration: expiration)
        }
    }

    /// The name of the SSO token cache file: the SHA-1 of the session name (or legacy start URL).
    static func ssoCacheName(_ key: String) -> String {
        SigV4Signer.hex(Digest.sha1(Array(key.utf8))) + ".json"
    }

    // MARK: Helpers

    static func defaultSessionName() -> String { "sparkle-\(Int(Date().timeIntervalSince1970))" }

    /// Keys from a credentials JSON object (`AccessKeyId`, `SecretAccessKey`, `token`, `Expiration`).
    private static func keys(_ object: [String: Any], source: String, token: String) throws(AWSError) -> AWSCredentials {
        guard let key = object["AccessKeyId"] as? String, let secret = object["SecretAccessKey"] as? String, !key.isEmpty, !secret.isEmpty else {
            throw AWSError(.noCredentials, "\(source): the answer has no AccessKeyId and SecretAccessKey")
        }
        let expiration = (object["Expiration"] as? String).flatMap(Timestamp.parse)
        return AWSCredentials(accessKeyID: key, secretAccessKey: secret, sessionToken: object[token] as? String, expiration: expiration)
    }

    private static func json(_ response: HTTPResponse, source: String) throws(AWSError) -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: response.body) as? [String: Any] else {
            throw AWSError(.malformedResponse, "\(source): the answer is not a JSON object")
        }
        return object
    }

    private static func get(
        _ url: URL, headers: [String: String], transport: any HTTPTransport, timeout: TimeInterval, attempts: Int, source: String
    ) async throws(AWSError) -> HTTPResponse {
        try await send(HTTPRequest(method: "GET", url: url, headers: headers, body: []), transport: transport, timeout: timeout, attempts: attempts, source: source)
    }

    /// One request with `attempts` tries, answering a 2xx response or the error.
    private static func send(
        _ request: HTTPRequest, transport: any HTTPTransport, timeout: TimeInterval, attempts: Int, source: String
    ) async throws(AWSError) -> HTTPResponse {
        var last = AWSError(.noCredentials, "\(source): no answer")
        for attempt in 1...attempts {
            if attempt > 1 { try? await Task.sleep(nanoseconds: 200_000_000) }
            let response: HTTPResponse
            do {
                response = try await transport.send(request, timeout: timeout)
            } catch {
                switch error {
                case .timedOut(let reason), .unreachable(let reason):
                    last = AWSError(.noCredentials, "\(source): no answer from \(request.url.host ?? "") (\(reason))")
                }
                continue
            }
            if (200..<300).contains(response.status) { return response }
            let text = String(decoding: response.body.prefix(200), as: UTF8.self)
            last = AWSError(.noCredentials, "\(source): \(request.url.host ?? "") answered HTTP \(response.status)\(text.isEmpty ? "" : ": \(text)")")
            if response.status < 500 { throw last }
        }
        throw last
    }

    /// Asks for the MFA code on the terminal.
    private static func askForMFACode(_ serial: String, source: String) throws(AWSError) -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            throw AWSError(.noCredentials, "\(source): the role needs an MFA code (mfa_serial \(serial)) and there is no terminal to ask on")
        }
        FileHandle.standardError.write(Data("MFA code for \(serial): ".utf8))
        guard let code = readLine()?.trimmingCharacters(in: .whitespaces), !code.isEmpty else {
            throw AWSError(.noCredentials, "\(source): no MFA code given")
        }
        return code
    }

    /// Runs `command` with the shell; answers its status, standard output and standard error.
    private static func run(_ command: String, source: String) throws(AWSError) -> (Int32, String, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw AWSError(.noCredentials, "\(source): cannot run `\(command)`: \(error.localizedDescription)")
        }
        // Read both pipes to the end before waiting, so a chatty process cannot block on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        // Polled: `waitUntilExit` spins when called from a concurrency thread.
        while process.isRunning { usleep(5_000) }
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}
