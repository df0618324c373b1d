import Foundation
import SparkleTree

// IAM policy documents embedded in resources: identity policies, resource policies and role trust
// policies, checked for the structure IAM accepts, as cfn-lint's policy schemas describe it.

extension Rule {
    public static let identityPolicy = Rule("E3510", "Identity policies (IAM roles, users, groups, policies) are well-formed IAM policy documents", cfnLint: ["E3510"])
    public static let resourcePolicy = Rule("E3512", "Resource policies (bucket, queue, topic, key and domain policies) are well-formed and name principals", cfnLint: ["E3512"])
    public static let repositoryPolicy = Rule("E3513", "ECR repository policies are well-formed and name principals", cfnLint: ["E3513"])
    public static let iamAction = Rule("W3037", "IAM actions are written service:action or *", cfnLint: ["W3037"])
    public static let trustPolicy = Rule("E3530", "Role trust policies are well-formed and name principals, not resources", cfnLint: ["E3530"])
}

/// One kind of policy document: where it is found, and which statement keys it takes.
struct PolicyKind {
    let rule: Rule
    /// Resource type → the property path (`*` for each element of a list) of each document.
    let places: [String: [[String]]]
    /// Whether statements must, may or must not have Resource (or NotResource) and Principal
    /// (or NotPrincipal).
    enum Presence { case required, allowed, forbidden }
    let resource: Presence
    let principal: Presence

    static let all: [PolicyKind] = [
        PolicyKind(
            rule: .identityPolicy,
            places: [
                "AWS::IAM::Group": [["Policies", "*", "PolicyDocument"]], "AWS::IAM::Role": [["Policies", "*", "PolicyDocument"]],
                "AWS::IAM::User": [["Policies", "*", "PolicyDocument"]], "AWS::IAM::ManagedPolicy": [["PolicyDocument"]],
                "AWS::IAM::Policy": [["PolicyDocument"]], "AWS::IAM::UserPolicy": [["PolicyDocument"]],
                "AWS::IAM::RolePolicy": [["PolicyDocument"]], "AWS::IAM::GroupPolicy": [["PolicyDocument"]],
                "AWS::SSO::PermissionSet": [["InlinePolicy"]],
            ],
            resource: .required, principal: .forbidden),
        PolicyKind(
            rule: .resourcePolicy,
            places: [
                "AWS::KMS::Key": [["KeyPolicy"]], "AWS::OpenSearchService::Domain": [["AccessPolicies"]],
                "AWS::S3::BucketPolicy": [["PolicyDocument"]], "AWS::SNS::TopicPolicy": [["PolicyDocument"]],
                "AWS::SQS::QueuePolicy": [["PolicyDocument"]],
            ],
            resource: .required, principal: .required),
        PolicyKind(
            rule: .repositoryPolicy, places: ["AWS::ECR::Repository": [["RepositoryPolicyText"]]], resource: .allowed, principal: .required),
        PolicyKind(
            rule: .trustPolicy, places: ["AWS::IAM::Role": [["AssumeRolePolicyDocument"]]], resource: .forbidden, principal: .required),
    ]

    var statementKeys: Set<String> {
        var keys: Set<String> = ["Sid", "Effect", "Action", "NotAction", "Condition"]
        if resource != .forbidden { keys.formUnion(["Resource", "NotResource"]) }
        if principal != .forbidden { keys.formUnion(["Principal", "NotPrincipal"]) }
        return keys
    }
}

extension Validator {
    mutating func checkPolicies() {
        for (name, resource) in root["Resources"]?.objectValue ?? Object() {
            guard let type = resource.objectValue?["Type"]?.stringValue, let properties = resource.objectValue?["Properties"] else { continue }
            for kind in PolicyKind.all {
                for place in kind.places[type] ?? [] {
                    for (path, document) in Self.values(in: properties, along: place, at: ["Resources", name, "Properties"]) {
                        checkPolicy(document, kind, at: path)
                    }
                }
            }
        }
    }

    /// The values along a path of keys, where `*` stands for every element of a list.
    static func values(in value: Value, along place: some Collection<String>, at path: [String]) -> [([String], Value)] {
        guard let step = place.first else { return [(path, value)] }
        if step == "*" {
            return (value.arrayValue ?? []).enumerated().flatMap { values(in: $1, along: place.dropFirst(), at: path + [String($0)]) }
        }
        guard let child = value.objectValue?[step] else { return [] }
        return values(in: child, along: place.dropFirst(), at: path + [step])
    }

    private mutating func checkPolicy(_ document: Value, _ kind: PolicyKind, at path: [String]) {
        guard case .object(let policy) = document else {
            // A JSON string, or a function that makes one, is left alone.
            if document.stringValue == nil && document.intrinsic == nil { report(kind.rule, "a policy document must be an object", at: path) }
            return
        }
        for key in policy.keys where !["Version", "Id", "Statement"].contains(key) {
            report(kind.rule, "policy documents have Version, Id and Statement, not '\(key)'\(didYouMean(key, in: ["Version", "Id", "Statement"]))", at: path + [key])
        }
        if let version = policy["Version"], version.intrinsic == nil, version != "2012-10-17", version != "2008-10-17" {
            report(kind.rule, "policy Version must be \"2012-10-17\" (or the older \"2008-10-17\")", at: path + ["Version"])
        }
        guard let statements = policy["Statement"] else {
            return report(kind.rule, "a policy document needs a Statement", at: path)
        }
        let list: [(String?, Value)] = statements.arrayValue.map { $0.enumerated().map { (String($0), $1) } } ?? [(nil, statements)]
        var sids: [String: String] = [:]
        for (index, statement) in list {
            let at = index.map { path + ["Statement", $0] } ?? path + ["Statement"]
            guard case .object(let object) = statement else {
                if statement.intrinsic == nil { report(kind.rule, "a statement must be an object", at: at) }
                continue
            }
            checkStatement(object, kind, at: at)
            if let sid = object["Sid"]?.stringValue {
                if let first = sids[sid] { report(kind.rule, "Sid '\(sid)' is used by statement \(first) already; each statement needs its own", at: at + ["Sid"]) }
                sids[sid] = sids[sid] ?? index ?? "0"
            }
        }
    }

    private mutating func checkStatement(_ statement: Object, _ kind: PolicyKind, at path: [String]) {
        let allowed = kind.statementKeys
        for key in statement.keys where !allowed.contains(key) {
            let why = ["Principal", "NotPrincipal"].contains(key) ? " (an identity policy applies to whoever holds it)"
                : ["Resource", "NotResource"].contains(key) ? " (a trust policy is about who may assume the role)" : didYouMean(key, in: allowed)
            report(kind.rule, "statements here take \(allowed.sorted().joined(separator: ", ")), not '\(key)'\(why)", at: path + [key])
        }
        switch statement["Effect"] {
        case nil: report(kind.rule, "a statement needs an Effect (Allow or Deny)", at: path)
        case .string(let effect) where effect != "Allow" && effect != "Deny":
            report(kind.rule, "Effect must be Allow or Deny, not '\(effect)'", at: path + ["Effect"])
        default: break
        }
        var pairs = [("Action", "NotAction", PolicyKind.Presence.required)]
        if kind.resource != .forbidden { pairs.append(("Resource", "NotResource", kind.resource)) }
        if kind.principal != .forbidden { pairs.append(("Principal", "NotPrincipal", kind.principal)) }
        for (key, negated, presence) in pairs {
            switch (statement[key] != nil, statement[negated] != nil) {
            case (false, false) where presence == .required: report(kind.rule, "a statement needs \(key) or \(negated)", at: path)
            case (true, true): report(kind.rule, "a statement has either \(key) or \(negated), not both", at: path)
            default: break
            }
        }
        for key in ["Action", "NotAction"] {
            guard let actions = statement[key], actions.intrinsic == nil else { continue }
            if actions.arrayValue?.isEmpty == true { report(kind.rule, "\(key) must name at least one action", at: path + [key]) }
            for (at, action) in Self.strings(actions, at: path + [key]) where !Self.isAction(action) {
                report(.iamAction, "'\(action)' is no IAM action; actions are written service:Action (s3:GetObject, ec2:Describe*) or *", at: at)
            }
        }
        for key in ["Resource", "NotResource"] {
            guard let resources = statement[key] else { continue }
            for (at, arn) in Self.strings(resources, at: path + [key]) where !Self.matches(arn, Self.arnPattern) {
                report(kind.rule, "'\(arn)' is not an ARN (arn:partition:service:region:account:resource) or *", at: at)
            }
        }
        for key in ["Principal", "NotPrincipal"] {
            guard let principal = statement[key] else { continue }
            checkPrincipal(principal, kind, at: path + [key])
        }
        if let condition = statement["Condition"] {
            checkCondition(condition, kind, at: path + ["Condition"])
        }
    }

    private mutating func checkPrincipal(_ principal: Value, _ kind: PolicyKind, at path: [String]) {
        switch principal {
        case .string(let text) where text != "*":
            report(kind.rule, "a Principal given as text must be \"*\"; name others as {AWS: …}, {Service: …}, {Federated: …}", at: path)
        case .object(let object) where principal.intrinsic == nil:
            let kinds: Set<String> = ["AWS", "CanonicalUser", "Federated", "Service"]
            for key in object.keys where !kinds.contains(key) {
                report(kind.rule, "principals are AWS, Service, Federated or CanonicalUser, not '\(key)'\(didYouMean(key, in: kinds))", at: path + [key])
            }
            if let aws = object["AWS"] {
                for (at, arn) in Self.strings(aws, at: path + ["AWS"]) where !Self.principalPatterns.contains(where: { Self.matches(arn, $0) }) {
                    report(kind.rule, "'\(arn)' is not an AWS principal (an account ID, an IAM or STS ARN, or *)", at: at)
                }
            }
        default: break
        }
    }

    private mutating func checkCondition(_ condition: Value, _ kind: PolicyKind, at path: [String]) {
        guard case .object(let operators) = condition, condition.intrinsic == nil else { return }
        for (name, value) in operators where !Self.conditionOperators.contains(where: { Self.matches(name, $0) }) || value.objectValue == nil && value.intrinsic == nil {
            report(kind.rule, "'\(name)' is no IAM condition operator with a {key: value} map (StringEquals, ArnLike, Bool, …)", at: path + [name])
        }
    }

    /// The literal strings of a string-or-list, with their paths; functions are left alone.
    static func strings(_ value: Value, at path: [String]) -> [([String], String)] {
        switch value {
        case .string(let text): return [(path, text)]
        case .array(let elements):
            return elements.enumerated().compactMap { index, element in element.stringValue.map { (path + [String(index)], $0) } }
        default: return []
        }
    }

    static func isAction(_ text: String) -> Bool {
        if text == "*" { return true }
        guard let colon = text.firstIndex(of: ":") else { return false }
        let service = text[..<colon]
        let action = text[text.index(after: colon)...]
        return !service.isEmpty && !action.isEmpty && service.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } && !action.contains(":")
    }

    static func matches(_ text: String, _ expression: NSRegularExpression) -> Bool {
        expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    // The patterns of cfn-lint's policy schema (cfnlint/data/schemas/other/iam/policy.json).
    static let arnPattern = try! NSRegularExpression(pattern: #"^(arn:(aws[A-Za-z\-]*?|\*):[^:]+:[^:]*(:(?:\d{12}|\*|aws)?:.+|)|\*)$"#)
    static let principalPatterns = [
        #"^\*$"#, #"^\d{12}$"#, #"^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:(?:root|user|group|role)"#,
        #"^arn:(aws|aws-cn|aws-us-gov):sts::\d{12}:assumed-role"#, #"^arn:(aws|aws-cn|aws-us-gov):iam::cloudfront:user/.+$"#,
    ].map { try! NSRegularExpression(pattern: $0) }
    static let conditionOperators = [
        "(Not)?IpAddress(Exists)?(IfExists)?", "Arn(Not)?Equals(Exists)?(IfExists)?", "Arn(Not)?Like(Exists)?(IfExists)?", "Bool(IfExists)?",
        "Date(Less|Greater)Than(Equals)?(IfExists)?", "Date(Not)?Equals(IfExists)?", "Null(IfExists)?",
        "Numeric(Less|Greater)Than(Equals)?(Exists)?(IfExists)?", "Numeric(Not)?Equals(Exists)?(IfExists)?",
        "String(Not)?Equals(IgnoreCase)?(Exists)?(IfExists)?", "String(Not)?Like(Exists)?(IfExists)?",
    ].map { try! NSRegularExpression(pattern: "^(ForAnyValue:|ForAllValues:)?\($0)$") }
}
