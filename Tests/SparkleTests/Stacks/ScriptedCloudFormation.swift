import Foundation
import SparkleAWS

/// An in-process CloudFormation that answers each action with the next of its scripted replies
/// (repeating the last), shaped like the real Query API's XML, and records every request. A script
/// keyed `"Action StackName"` answers that stack's calls before one keyed by the action alone.
final class ScriptedCloudFormation: HTTPTransport, @unchecked Sendable {
    struct Reply {
        var status = 200
        var body: String
    }

    private let lock = NSLock()
    private var script: [String: [Reply]]
    private(set) var requests: [HTTPRequest] = []

    init(_ script: [String: [Reply]]) {
        self.script = script
    }

    func send(_ request: HTTPRequest, timeout: TimeInterval) async throws(HTTPTransportFailure) -> HTTPResponse {
        answer(request)
    }

    private func answer(_ request: HTTPRequest) -> HTTPResponse {
        lock.lock()
        defer { lock.unlock() }
        requests.append(request)
        let action = request.formValue("Action") ?? ""
        let specific = "\(action) \(request.formValue("StackName") ?? "")"
        let key = script[specific] != nil ? specific : action
        guard var replies = script[key], !replies.isEmpty else {
            return HTTPResponse(status: 400, body: Data(Self.error("InvalidAction", "unscripted action \(action)").utf8))
        }
        let reply = replies.count > 1 ? replies.removeFirst() : replies[0]
        script[key] = replies
        return HTTPResponse(status: reply.status, body: Data(reply.body.utf8))
    }

    /// The requests made for `action`.
    func calls(_ action: String) -> [HTTPRequest] {
        lock.lock()
        defer { lock.unlock() }
        return requests.filter { $0.formValue("Action") == action }
    }

    /// A client over this transport, with quick retries.
    func client(attempts: Int = 3) -> CloudFormationClient {
        CloudFormationClient(
            configuration: AWSConfiguration(
                credentials: AWSCredentials(accessKeyID: "AKIDTEST", secretAccessKey: "secret"), region: "eu-west-1",
                endpoint: URL(string: "https://cloudformation.eu-west-1.amazonaws.com/")),
            retryPolicy: RetryPolicy(maxAttempts: attempts, baseDelay: 0.01, maxDelay: 0.02, requestTimeout: 5, totalTimeout: 10),
            transport: self)
    }

    // MARK: XML as CloudFormation writes it

    static let namespace = "http://cloudformation.amazonaws.com/doc/2010-05-15/"
    static let stackID = "arn:aws:cloudformation:eu-west-1:123456789012:stack/app/0b7e2a10-1111-2222-3333-444455556666"

    static func response(_ action: String, _ result: String) -> Reply {
        Reply(body: """
            <\(action)Response xmlns="\(namespace)"><\(action)Result>\(result)</\(action)Result>\
            <ResponseMetadata><RequestId>r-\(action)</RequestId></ResponseMetadata></\(action)Response>
            """)
    }

    static func error(_ code: String, _ message: String) -> String {
        "<ErrorResponse xmlns=\"\(namespace)\"><Error><Type>Sender</Type><Code>\(code)</Code><Message>\(message)</Message></Error><RequestId>r</RequestId></ErrorResponse>"
    }

    static func failure(_ status: Int, _ code: String, _ message: String) -> Reply {
        Reply(status: status, body: error(code, message))
    }

    static func stack(_ status: String, reason: String? = nil, outputs: [(String, String)] = [], protected: Bool = false) -> Reply {
        let outputXML = outputs.map { "<member><OutputKey>\($0.0)</OutputKey><OutputValue>\($0.1)</OutputValue></member>" }.joined()
        return response("DescribeStacks", """
            <Stacks><member><StackId>\(stackID)</StackId><StackName>app</StackName><StackStatus>\(status)</StackStatus>\
            \(reason.map { "<StackStatusReason>\($0)</StackStatusReason>" } ?? "")\
            <CreationTime>2026-12-03T10:00:00.123Z</CreationTime><EnableTerminationProtection>\(protected)</EnableTerminationProtection>\
            <Outputs>\(outputXML)</Outputs><Parameters/></member></Stacks>
            """)
    }

    /// One event: `logical` of `type` (the stack itself when `logical` is "app"), in the stack
    /// `stack` (the root by default), with `physical` as its physical ID if given.
    static func event(
        _ id: String, _ logical: String, _ status: String, reason: String? = nil, type: String = "AWS::S3::Bucket", second: Int = 0,
        token: String? = nil, stack: String = stackID, physical given: String? = nil
    ) -> String {
        let physical = given ?? (logical == "app" ? stackID : "\(logical.lowercased())-physical")
        return """
            <member><EventId>\(id)</EventId><StackId>\(stack)</StackId><StackName>app</StackName>\
            <LogicalResourceId>\(logical)</LogicalResourceId><PhysicalResourceId>\(physical)</PhysicalResourceId>\
            <ResourceType>\(logical == "app" || given == stack ? "AWS::CloudFormation::Stack" : type)</ResourceType>\
            <Timestamp>2026-12-03T10:00:\(String(format: "%02d", second)).000Z</Timestamp><ResourceStatus>\(status)</ResourceStatus>\
            \(reason.map { "<ResourceStatusReason>\($0)</ResourceStatusReason>" } ?? "")\
            \(token.map { "<ClientRequestToken>\($0)</ClientRequestToken>" } ?? "")</member>
            """
    }

    /// A DescribeStackEvents page, newest first.
    static func events(_ members: [String], next: String? = nil) -> Reply {
        response("DescribeStackEvents", "<StackEvents>\(members.joined())</StackEvents>\(next.map { "<NextToken>\($0)</NextToken>" } ?? "")")
    }

    static func changeSet(
        _ status: String, execution: String = "AVAILABLE", reason: String? = nil, changes: [(String, String, String?)] = [],
        next: String? = nil
    ) -> Reply {
        let members = changes.map { action, logical, replacement in
            """
            <member><Type>Resource</Type><ResourceChange><Action>\(action)</Action><LogicalResourceId>\(logical)</LogicalResourceId>\
            <ResourceType>AWS::S3::Bucket</ResourceType>\(replacement.map { "<Replacement>\($0)</Replacement>" } ?? "")\
            <Scope><member>Properties</member></Scope><Details><member><Target><Attribute>Properties</Attribute>\
            <Name>BucketName</Name><RequiresRecreation>Always</RequiresRecreation></Target></member></Details></ResourceChange></member>
            """
        }.joined()
        return response("DescribeChangeSet", """
            <ChangeSetId>arn:aws:cloudformation:eu-west-1:123456789012:changeSet/cs/1</ChangeSetId><ChangeSetName>cs</ChangeSetName>\
            <StackId>\(stackID)</StackId><StackName>app</StackName><Status>\(status)</Status><ExecutionStatus>\(execution)</ExecutionStatus>\
            \(reason.map { "<StatusReason>\($0)</StatusReason>" } ?? "")<CreationTime>2026-12-03T10:00:00Z</CreationTime>\
            <Changes>\(members)</Changes>\(next.map { "<NextToken>\($0)</NextToken>" } ?? "")
            """)
    }

    static let createdChangeSet = response(
        "CreateChangeSet", "<Id>arn:aws:cloudformation:eu-west-1:123456789012:changeSet/cs/1</Id><StackId>\(stackID)</StackId>")
}
