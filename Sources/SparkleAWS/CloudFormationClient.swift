import Foundation

/// How hard to try: attempts, exponential backoff with jitter, and bounds in time.
public struct RetryPolicy: Sendable {
    public var maxAttempts: Int
    public var baseDelay: TimeInterval
    public var maxDelay: TimeInterval
    /// The longest one request may take.
    public var requestTimeout: TimeInterval
    /// The longest all attempts together may take.
    public var totalTimeout: TimeInterval

    /// A policy of at most `maxAttempts` attempts, pauses growing from `baseDelay` to `maxDelay`,
    /// `requestTimeout` for one request and `totalTimeout` for all.
    public init(
        maxAttempts: Int = 5, baseDelay: TimeInterval = 0.25, maxDelay: TimeInterval = 4, requestTimeout: TimeInterval = 15,
        totalTimeout: TimeInterval = 60
    ) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.requestTimeout = requestTimeout
        self.totalTimeout = totalTimeout
    }

    /// The default policy, with bounds an operator (or a test) may tighten through
    /// `SPARKLE_AWS_MAX_ATTEMPTS` and `SPARKLE_AWS_TIMEOUT` (seconds, all attempts together).
    public init(environment: [String: String]) {
        self.init()
        if let attempts = environment["SPARKLE_AWS_MAX_ATTEMPTS"].flatMap(Int.init), attempts > 0 { maxAttempts = attempts }
        if let timeout = environment["SPARKLE_AWS_TIMEOUT"].flatMap(Double.init), timeout > 0 {
            totalTimeout = timeout
            requestTimeout = min(requestTimeout, timeout)
        }
    }

    /// The pause before attempt `attempt + 1`: half the capped exponential step, plus up to as much again at random.
    func delay(after attempt: Int) -> TimeInterval {
        let step = min(maxDelay, baseDelay * pow(2, Double(attempt - 1)))
        return step / 2 + Double.random(in: 0...(step / 2))
    }
}

/// A client of the CloudFormation Query API (`Version=2010-05-15`), signed with SigV4.
///
/// All requests of one client share one transport (one `URLSession` by default). Each mutating call
/// carries a `ClientRequestToken` that stays the same across its retries, so a retry after a lost
/// answer cannot start a second operation.
public struct CloudFormationClient: Sendable {
    public let configuration: AWSConfiguration
    public let retryPolicy: RetryPolicy
    private let query: QueryClient

    /// A client for `configuration`'s region and credentials, retrying as `retryPolicy` says,
    /// sending through `transport`.
    public init(
        configuration: AWSConfiguration, retryPolicy: RetryPolicy = RetryPolicy(), transport: (any HTTPTransport)? = nil
    ) {
        self.configuration = configuration
        self.retryPolicy = retryPolicy
        query = QueryClient(
            service: "cloudformation", version: "2010-05-15", serviceName: "the CloudFormation endpoint",
            endpoint: configuration.endpoint(for: "cloudformation"), region: configuration.region,
            credentials: configuration.credentialProvider, retryPolicy: retryPolicy,
            transport: transport ?? CurlTransport())
    }

    func call(_ action: String, _ parameters: [(String, String)], subject: String) async throws(AWSError) -> XMLTree {
        try await query.call(action, parameters, subject: subject)
    }

    func callPages(
        _ action: String, _ parameters: [(String, String)], subject: String, page: (XMLTree) throws(AWSError) -> Bool
    ) async throws(AWSError) {
        try await query.callPages(action, parameters, subject: subject, page: page)
    }
}

extension CloudFormationClient {
    /// The stack called `name` (or with that ID).
    public func describeStack(_ name: String) async throws(AWSError) -> StackDescription {
        let stacks = try await describeStacks(name)
        guard let stack = stacks.first else {
            throw AWSError(.stackNotFound, "stack '\(name)' in \(configuration.region): not found")
        }
        return stack
    }

    /// Every stack, or the one named, following `NextToken` pages.
    public func describeStacks(_ name: String? = nil) async throws(AWSError) -> [StackDescription] {
        var stacks: [StackDescription] = []
        let subject = name.map { "stack '\($0)'" } ?? "stacks"
        try await callPages("DescribeStacks", name.map { [("StackName", $0)] } ?? [], subject: subject) { result in
            stacks += (result.child("Stacks")?.all("member") ?? []).map(Self.stack)
            return true
        }
        return stacks
    }

    private static func stack(_ member: XMLTree) -> StackDescription {
        let outputs = (member.child("Outputs")?.all("member") ?? []).map { output in
            StackOutput(
                key: output.string("OutputKey") ?? "", value: output.string("OutputValue") ?? "",
                description: output.string("Description"), exportName: output.string("ExportName"))
        }
        var values: [String: String] = [:]
        for parameter in member.child("Parameters")?.all("member") ?? [] {
            if let key = parameter.string("ParameterKey") { values[key] = parameter.string("ParameterValue") ?? "" }
        }
        var stack = StackDescription(
            id: member.string("StackId") ?? "", name: member.string("StackName") ?? "", status: member.string("StackStatus") ?? "",
            outputs: outputs, parameters: values)
        stack.statusReason = member.string("StackStatusReason")
        stack.description = member.string("Description")
        stack.tags = (member.child("Tags")?.all("member") ?? []).map { StackTag(key: $0.string("Key") ?? "", value: $0.string("Value") ?? "") }
        stack.capabilities = (member.child("Capabilities")?.all("member") ?? []).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        stack.creationTime = member.string("CreationTime").flatMap(Timestamp.parse)
        stack.lastUpdatedTime = member.string("LastUpdatedTime").flatMap(Timestamp.parse)
        stack.terminationProtection = member.string("EnableTerminationProtection") == "true"
        stack.roleARN = member.string("RoleARN")
        stack.notificationARNs = (member.child("NotificationARNs")?.all("member") ?? []).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        stack.timeoutInMinutes = member.string("TimeoutInMinutes").flatMap { Int($0) }
        stack.parentID = member.string("ParentId")
        stack.rootID = member.string("RootId")
        return stack
    }

    /// Live stacks (or all, deleted ones too), following `NextToken` pages.
    public func listStacks(includingDeleted: Bool = false) async throws(AWSError) -> [StackSummary] {
        var summaries: [StackSummary] = []
        try await callPages("ListStacks", [], subject: "stacks") { result in
            for member in result.child("StackSummaries")?.all("member") ?? [] {
                summaries.append(
                    StackSummary(
                        id: member.string("StackId") ?? "", name: member.string("StackName") ?? "",
                        status: member.string("StackStatus") ?? "", statusReason: member.string("StackStatusReason"),
                        templateDescription: member.string("TemplateDescription"),
                        creationTime: member.string("CreationTime").flatMap(Timestamp.parse),
                        lastUpdatedTime: member.string("LastUpdatedTime").flatMap(Timestamp.parse),
                        deletionTime: member.string("DeletionTime").flatMap(Timestamp.parse)))
            }
            return true
        }
        return includingDeleted ? summaries : summaries.filter { $0.status != "DELETE_COMPLETE" }
    }

    /// Creates a stack directly (no change set) and answers its ID. CloudFormation creates it
    /// asynchronously; follow it with ``describeStack(_:)``.
    public func createStack(
        _ name: String, templateBody: String, parameters: [String: String] = [:],
        capabilities: [String] = ["CAPABILITY_IAM", "CAPABILITY_NAMED_IAM"]
    ) async throws(AWSError) -> String {
        var arguments: [(String, String)] = [("StackName", name), ("TemplateBody", templateBody)]
        arguments += Self.parameterArguments(parameters.keys.sorted().map { ($0, .value(parameters[$0]!)) })
        arguments += Self.list("Capabilities", capabilities)
        let result = try await call("CreateStack", arguments, subject: "stack '\(name)'")
        return result.string("StackId") ?? ""
    }

    /// Every export in the region, following `NextToken` pages.
    public func listExports() async throws(AWSError) -> [StackExport] {
        var exports: [StackExport] = []
        try await callPages("ListExports", [], subject: "exports") { result in
            for member in result.child("Exports")?.all("member") ?? [] {
                exports.append(
                    StackExport(
                        name: member.string("Name") ?? "", value: member.string("Value") ?? "",
                        exportingStackID: member.string("ExportingStackId") ?? ""))
            }
            return true
        }
        return exports
    }

    /// `Name.member.N` arguments for a list.
    static func list(_ name: String, _ values: [String]) -> [(String, String)] {
        values.enumerated().map { ("\(name).member.\($0.offset + 1)", $0.element) }
    }

    /// `Parameters.member.N.*` arguments.
    static func parameterArguments(_ parameters: [(key: String, value: ParameterValue)]) -> [(String, String)] {
        var arguments: [(String, String)] = []
        for (index, parameter) in parameters.enumerated() {
            let prefix = "Parameters.member.\(index + 1)"
            arguments.append(("\(prefix).ParameterKey", parameter.key))
            switch parameter.value {
            case .value(let value): arguments.append(("\(prefix).ParameterValue", value))
            case .previous: arguments.append(("\(prefix).UsePreviousValue", "true"))
            }
        }
        return arguments
    }
}
