import Foundation
import SparkleTree

/// An output of a stack.
public struct StackOutput: Sendable, Equatable {
    public var key: String
    public var value: String
    public var description: String?
    public var exportName: String?

    /// An output `key` with `value`, its description and export name.
    public init(key: String, value: String, description: String? = nil, exportName: String? = nil) {
        self.key = key
        self.value = value
        self.description = description
        self.exportName = exportName
    }
}

/// A stack tag.
public struct StackTag: Sendable, Equatable {
    public var key: String
    public var value: String

    /// A tag `key` with `value`.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// What `DescribeStacks` tells about a stack.
public struct StackDescription: Sendable, Equatable {
    public var id: String
    public var name: String
    public var status: String
    public var statusReason: String? = nil
    public var description: String? = nil
    public var outputs: [StackOutput]
    /// Parameter values by key, as CloudFormation answers them (`****` for NoEcho on AWS).
    public var parameters: [String: String]
    public var tags: [StackTag] = []
    public var capabilities: [String] = []
    public var creationTime: Date? = nil
    public var lastUpdatedTime: Date? = nil
    public var terminationProtection: Bool = false
    public var roleARN: String? = nil
    public var notificationARNs: [String] = []
    public var timeoutInMinutes: Int? = nil
    public var parentID: String? = nil
    public var rootID: String? = nil

    /// A stack as DescribeStacks describes it.
    public init(id: String, name: String, status: String, outputs: [StackOutput] = [], parameters: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.status = status
        self.outputs = outputs
        self.parameters = parameters
    }
}

/// One line of `ListStacks`.
public struct StackSummary: Sendable, Equatable {
    public var id: String
    public var name: String
    public var status: String
    public var statusReason: String?
    public var templateDescription: String?
    public var creationTime: Date?
    public var lastUpdatedTime: Date?
    public var deletionTime: Date?

    /// When the stack last changed: deleted, else updated, else created.
    public var lastChange: Date? { deletionTime ?? lastUpdatedTime ?? creationTime }
}

/// An export, as `ListExports` lists it.
public struct StackExport: Sendable, Equatable {
    public var name: String
    public var value: String
    public var exportingStackID: String
}

/// One event of `DescribeStackEvents`.
public struct StackEvent: Sendable, Equatable, Identifiable {
    public var id: String
    public var stackID: String
    public var stackName: String
    public var logicalResourceID: String
    public var physicalResourceID: String?
    public var resourceType: String
    public var timestamp: Date
    public var status: String
    public var statusReason: String?
    public var clientRequestToken: String?
    public var operationID: String?
    /// For an event of a nested stack, the logical IDs of the nested stacks that lead to it
    /// from the stack followed (`Network`, `App/Queue`); nil for the stack's own events.
    public var nestedPath: StackPath? = nil

    /// An event as DescribeStackEvents describes it.
    public init(
        id: String, stackID: String, stackName: String, logicalResourceID: String, physicalResourceID: String? = nil,
        resourceType: String, timestamp: Date, status: String, statusReason: String? = nil,
        clientRequestToken: String? = nil, operationID: String? = nil
    ) {
        self.id = id
        self.stackID = stackID
        self.stackName = stackName
        self.logicalResourceID = logicalResourceID
        self.physicalResourceID = physicalResourceID
        self.resourceType = resourceType
        self.timestamp = timestamp
        self.status = status
        self.statusReason = statusReason
        self.clientRequestToken = clientRequestToken
        self.operationID = operationID
    }

    /// The resource's name as people read it: with its nested stacks' path (`Network/Vpc`).
    public var displayName: String { nestedPath.map { "\($0)/\(logicalResourceID)" } ?? logicalResourceID }

    /// Whether the event is about a nested stack resource that has its stack's ID.
    public var nestedStackID: String? {
        guard !isStackEvent, resourceType == "AWS::CloudFormation::Stack", let id = physicalResourceID, id.hasPrefix("arn:") else { return nil }
        return id
    }

    /// Whether the event is about the stack itself rather than one of its resources.
    public var isStackEvent: Bool {
        resourceType == "AWS::CloudFormation::Stack" && (physicalResourceID == stackID || logicalResourceID == stackName)
    }
}

/// A resource of a stack, as `DescribeStackResources` lists it.
public struct StackResource: Sendable, Equatable {
    public var logicalID: String
    public var physicalID: String?
    public var type: String
    public var status: String
    public var statusReason: String?
    public var timestamp: Date?
}

/// A value given for a parameter on create or update.
public enum ParameterValue: Sendable, Equatable {
    /// This value.
    case value(String)
    /// The value the stack has now (`UsePreviousValue`).
    case previous
}

/// Where a template comes from in a create or update call.
public enum TemplateSource: Sendable, Equatable {
    /// The template text itself (at most 51,200 bytes).
    case body(String)
    /// An S3 `https://` URL of the template.
    case url(String)
    /// The template the stack has now.
    case previous
}

/// What a change set asks CloudFormation to do.
public struct ChangeSetRequest: Sendable {
    public enum ChangeSetType: String, Sendable {
        case create = "CREATE", update = "UPDATE"
    }

    public var stackName: String
    public var changeSetName: String
    public var type: ChangeSetType
    public var template: TemplateSource
    /// Parameters in the order to send them.
    public var parameters: [(key: String, value: ParameterValue)] = []
    public var capabilities: [String] = []
    public var tags: [StackTag]? = nil
    public var roleARN: String? = nil
    public var notificationARNs: [String]? = nil
    /// `DO_NOTHING`, `ROLLBACK` or `DELETE`.
    public var onStackFailure: String? = nil
    public var description: String? = nil
    /// Describe the nested stacks' changes too.
    public var includeNestedStacks = false
    /// Makes a retried call idempotent.
    public var clientToken: String

    /// A change as DescribeChangeSet describes it.
    public init(
        stackName: String, changeSetName: String, type: ChangeSetType, template: TemplateSource,
        clientToken: String = "sparkle-" + UUID().uuidString.lowercased()
    ) {
        self.stackName = stackName
        self.changeSetName = changeSetName
        self.type = type
        self.template = template
        self.clientToken = clientToken
    }
}

/// One change of a change set.
public struct ResourceChange: Sendable, Equatable {
    /// `Add`, `Modify`, `Remove`, `Import` or `Dynamic`.
    public var action: String
    public var logicalID: String
    public var physicalID: String?
    public var resourceType: String
    /// `True`, `False` or `Conditional`, for a `Modify`.
    public var replacement: String?
    /// What the change touches: `Properties`, `Tags`, …
    public var scope: [String]
    /// The property names the change touches, with whether each forces a replacement.
    public var details: [(name: String, requiresRecreation: String?)]
    /// For a nested stack, the ID of its own change set (with `IncludeNestedStacks`).
    public var changeSetID: String? = nil
    /// For a nested stack, the changes of its change set, once described.
    public var nestedChanges: [ResourceChange] = []

    /// A change set as DescribeChangeSet describes it.
    public init(
        action: String, logicalID: String, physicalID: String? = nil, resourceType: String, replacement: String? = nil,
        scope: [String] = [], details: [(name: String, requiresRecreation: String?)] = []
    ) {
        self.action = action
        self.logicalID = logicalID
        self.physicalID = physicalID
        self.resourceType = resourceType
        self.replacement = replacement
        self.scope = scope
        self.details = details
    }

    public static func == (lhs: ResourceChange, rhs: ResourceChange) -> Bool {
        lhs.action == rhs.action && lhs.logicalID == rhs.logicalID && lhs.physicalID == rhs.physicalID
            && lhs.resourceType == rhs.resourceType && lhs.replacement == rhs.replacement && lhs.scope == rhs.scope
            && lhs.details.elementsEqual(rhs.details) { $0 == $1 } && lhs.changeSetID == rhs.changeSetID
            && lhs.nestedChanges == rhs.nestedChanges
    }
}

/// What `DescribeChangeSet` tells, with the changes of every page.
public struct ChangeSetDescription: Sendable, Equatable {
    public var id: String
    public var name: String
    public var stackID: String
    public var stackName: String
    /// `CREATE_PENDING`, `CREATE_IN_PROGRESS`, `CREATE_COMPLETE`, `FAILED`, …
    public var status: String
    public var statusReason: String?
    /// `AVAILABLE`, `UNAVAILABLE`, `EXECUTE_COMPLETE`, `OBSOLETE`, …
    public var executionStatus: String
    public var creationTime: Date?
    public var changes: [ResourceChange]
}

/// Timestamps as CloudFormation writes them: ISO 8601, with or without fractions, `Z` or an offset.
enum Timestamp {
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
            let minute = number(14..<16), let second = number(17..<19)
        else { return nil }
        var index = 19
        var fraction = 0.0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                fraction += Double(bytes[index] - UInt8(ascii: "0")) * scale
                scale /= 10
                index += 1
            }
        }
        var offset = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
            guard let hours = number(index + 1..<index + 3), let minutes = number(index + 4..<index + 6) else { return nil }
            offset = (hours * 3600 + minutes * 60) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
        }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        let seconds = timegm(&parts)
        return Date(timeIntervalSince1970: Double(seconds - offset) + fraction)
    }
}
