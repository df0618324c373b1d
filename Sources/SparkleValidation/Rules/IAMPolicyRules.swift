import Foundation
import SparkleTree
import SparkleValues

// IAM policy documents embedded in resources: identity policies, resource policies and role trust
// policies, checked for the structure IAM accepts, as cfn-lint's policy schemas describe it.

extension Rule {
    public static let identityPolicy = Rule("E3510", "Identity policies (IAM roles, users, groups, policies) are well-formed IAM policy documents", cfnLint: ["E3510"])
    public static let resourcePolicy = Rule("E3512", "Resource policies (bucket, queue, topic, key and domain policies) are well-formed and name principals", cfnLint: ["E3512"])
    public static let repositoryPolicy = Rule("E3513", "ECR repository policies are well-formed and name principals", cfnLint: ["E3513"])
    public static let iamAction = Rule("W3037", "IAM actions are written service:action or *", cfnLint: ["W3037"])
    public static let trustPolicy = Rule("E3530", "Role trust policies are well-formed and name principals, not resources", cfnLint: ["E3530"])
    public static let duplicateSid = Rule(
        "W9510", "The statements of one policy document have different Sids (a warning; cfn-lint errs)", cfnLint: ["E3510", "E3512", "E3513", "E3530"])
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
    /// Whether the places also hold other things than documents (SAM's `Policies` list holds
    /// managed policy names and policy templates beside documents), so that only an object with a
    /// `Statement` is read as one.
    var mixed = false

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
        // SAM functions and state machines: the transform makes their role from these.
        PolicyKind(
            rule: .identityPolicy,
            places: ["AWS::Serverless::Function": [["Policies"], ["Policies", "*"]], "AWS::Serverless::StateMachine": [["Policies"], ["Policies", "*"]]],
            resource: .required, principal: .forbidden, mixed: true),
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
                    for (path, document) in view.values(along: place, in: properties, at: ["Resources", name, "Properties"]) {
                        checkPolicy(document, kind, at: path)
                    }
                }
            }
        }
    }

    /// A policy document in each form it may take, including JSON text. A document only known at
    /// deploy time (a parameter, or text whose references stand where JSON needs a value) is left alone.
    private mutating func checkPolicy(_ document: Value, _ kind: PolicyKind, at path: [String]) {
        for alternative in view.alternatives(of: document) {
            let at = path + alternative.branch
            if kind.mixed, alternative.known?.objectValue?["Statement"] == nil { continue }
            switch alternative.known {
            case .object(let policy)?: checkDocument(policy, kind, at: at)
            case .string?, nil:
                // A document written as JSON text, perhaps with references in its strings.
                if case .object(let policy)? = view.document(in: alternative.source) { checkDocument(policy, kind, at: at) }
            default: report(kind.rule, "a policy document must be an object", at: at)
            }
        }
    }

    private mutating func checkDocument(_ policy: Object, _ kind: PolicyKind, at path: [String]) {
        for key in policy.keys where !["Version", "Id", "Statement"].contains(key) {
            report(kind.rule, "policy documents have Version, Id and Statement, not '\(key)'\(didYouMean(key, in: ["Version", "Id", "Statement"]))", at: path + [key])
        }
        for (at, version) in strings(policy["Version"], at: path + ["Version"]) where version != "2012-10-17" && version != "2008-10-17" {
            report(kind.rule, "policy Version must be \"2012-10-17\" (or the older \"2008-10-17\")", at: at)
        }
        guard view.presence(of: policy["Statement"]) != .absent, let statements = policy["Statement"] else {
            return report(kind.rule, "a policy document needs a Statement", at: path)
        }
        var sids: [String: String] = [:]
        for alternative in view.alternatives(of: statements) {
            let at = path + ["Statement"] + alternative.branch
            var list: [(place: [String], statement: ValueView.Alternative)] = []
            switch alternative.known {
            case .array(let elements)?:
                list = view.elements(of: elements).alternatives.map { (at + [String($0.index)] + $0.alternative.branch, $0.alternative) }
            case let statement?: list = [(at, ValueView.Alternative(form: .known(statement), source: statement, branch: []))]
            case nil: continue
            }
            for (place, statement) in list {
                switch statement.known {
                case .object(let object)?:
                    checkStatement(object, kind, at: place)
                    // A statement under a condition may share its Sid with the one its other branch holds.
                    if let sid = object["Sid"]?.stringValue, statement.branch.isEmpty, alternative.branch.isEmpty {
                        if let first = sids[sid] { report(.duplicateSid, "Sid '\(sid)' is used by statement \(first) already; IAM asks each statement for its own", at: place + ["Sid"]) }
                        sids[sid] = sids[sid] ?? place.last ?? "0"
                    }
                case nil: break
                default: report(kind.rule, "a statement must be an object", at: place)
                }
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
        if view.presence(of: statement["Effect"]) == .absent {
            report(kind.rule, "a statement needs an Effect (Allow or Deny)", at: path)
        }
        for (at, effect) in strings(statement["Effect"], at: path + ["Effect"]) where effect != "Allow" && effect != "Deny" {
            report(kind.rule, "Effect must be Allow or Deny, not '\(effect)'", at: at)
        }
        var pairs = [("Action", "NotAction", PolicyKind.Presence.required)]
        if kind.resource != .forbidden { pairs.append(("Resource", "NotResource", kind.resource)) }
        if kind.principal != .forbidden { pairs.append(("Principal", "NotPrincipal", kind.principal)) }
        for (key, negated, presence) in pairs {
            switch (view.presence(of: statement[key]), view.presence(of: statement[negated])) {
            case (.absent, .absent) where presence == .required: report(kind.rule, "a statement needs \(key) or \(negated)", at: path)
            case (.present, .present): report(kind.rule, "a statement has either \(key) or \(negated), not both", at: path)
            default: break
            }
        }
        for key in ["Action", "NotAction"] {
            guard let actions = statement[key] else { continue }
            if actions.arrayValue?.isEmpty == true { report(kind.rule, "\(key) must name at least one action", at: path + [key]) }
            for (at, action) in strings(actions, at: path + [key]) where !Self.isAction(action) {
                report(.iamAction, "'\(action)' is no IAM action; actions are written service:Action (s3:GetObject, ec2:Describe*) or *", at: at)
            }
        }
        for key in ["Resource", "NotResource"] {
            for (at, arn) in strings(statement[key], at: path + [key]) where !Self.matches(arn, Self.arnPattern) {
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
        for alternative in view.alternatives(of: principal) {
            let at = path + alternative.branch
            switch alternative.known {
            case .string(let text)? where text != "*":
                report(kind.rule, "a Principal given as text must be \"*\"; name others as {AWS: …}, {Service: …}, {Federated: …}", at: at)
            case .object(let object)?:
                let kinds: Set<String> = ["AWS", "CanonicalUser", "Federated", "Service"]
                for key in object.keys where !kinds.contains(key) {
                    report(kind.rule, "principals are AWS, Service, Federated or CanonicalUser, not '\(key)'\(didYouMean(key, in: kinds))", at: at + [key])
                }
                for (place, arn) in strings(object["AWS"], at: at + ["AWS"]) where !Self.principalPatterns.contains(where: { Self.matches(arn, $0) }) {
                    report(kind.rule, "'\(arn)' is not an AWS principal (an account ID, an IAM or STS ARN, or *)", at: place)
                }
            default: break
            }
        }
    }

    private mutating func checkCondition(_ condition: Value, _ kind: PolicyKind, at path: [String]) {
        for alternative in view.alternatives(of: condition) {
            guard case .object(let operators)? = alternative.known else { continue }
            let at = path + alternative.branch
            for (name, value) in operators {
                let isMap = view.alternatives(of: value).allSatisfy { $0.known.map { $0.objectValue != nil } ?? true }
                if !isMap || !Self.conditionOperators.contains(where: { Self.matches(name, $0) }) {
                    report(kind.rule, "'\(name)' is no IAM condition operator with a {key: value} map (StringEquals, ArnLike, Bool, …)", at: at + [name])
                }
            }
        }
    }

    /// The literal strings a string-or-list may be, with their paths, through every `Fn::If`
    /// branch; values known only at deploy time are left alone.
    func strings(_ value: Value?, at path: [String]) -> [([String], String)] {
        guard let value else { return [] }
        return view.alternatives(of: value).flatMap { alternative -> [([String], String)] in
            let at = path + alternative.branch
            switch alternative.known {
            case .string(let text)?: return [(at, text)]
            case .array(let elements)?:
                return view.elements(of: elements).alternatives.compactMap { index, element in
                    element.known?.stringValue.map { (at + [String(index)] + element.branch, $0) }
                }
            default: return []
            }
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
