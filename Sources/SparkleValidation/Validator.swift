import Foundation
import SparkleTree
import SparkleValues

/// Checks what the tree alone can tell about a CloudFormation template.
///
/// Every diagnostic carries the path of the offending node and the nearest source location the
/// DSL recorded along that path, so errors name the Swift line that produced them.
public struct Validator {
    /// Validates `template` and returns every problem found, errors and warnings.
    ///
    /// `nestedTemplates` reads the template a nested stack's local `TemplateURL` names (a path
    /// relative to the file that names it, as `aws cloudformation package` reads it), so that the
    /// parameters given can be checked against it; without it, nested stacks are not opened.
    public static func validate(_ template: Object, nestedTemplates: NestedTemplateReader? = nil) -> [Diagnostic] {
        var validator = Validator(template)
        validator.nestedTemplates = nestedTemplates
        validator.run()
        return validator.diagnostics
    }

    /// Reads the template at a path, relative to the file a location names; nil when there is none.
    public typealias NestedTemplateReader = (_ path: String, _ from: SourceLocation?) -> Object?
    var nestedTemplates: NestedTemplateReader?

    /// The template as CloudFormation will see it: ``written`` with its loops expanded.
    let root: Object
    /// The template as written.
    let written: Object
    let tree: Value
    let parameters: Set<String>
    let resources: Set<String>
    let conditions: Set<String>
    let mappings: Object
    /// What values may be once their functions are resolved: the view every rule reads them through.
    let view: ValueView
    /// Whether the template declares the AWS::LanguageExtensions transform.
    let hasLanguageExtensions: Bool
    /// The template's SAM resources (`AWS::Serverless::*`) when it declares the SAM transform,
    /// which turns each into resources of its own (see ``ServerlessRules``).
    let serverless: Serverless?
    static let languageExtensionFunctions: Set<String> = ["Fn::Length", "Fn::ToJsonString"]
    var diagnostics: [Diagnostic] = []
    var path: [String] = []

    private init(_ template: Object) {
        // The rules judge the template CloudFormation sees, with Fn::ForEach loops expanded; what
        // the loops themselves refer to (their collections) is read from the template as written.
        root = LanguageExtensions.expanded(template)
        written = template
        tree = .object(root)
        parameters = Set(root["Parameters"]?.objectValue?.keys ?? [])
        resources = Set(root["Resources"]?.objectValue?.keys ?? [])
        conditions = Set(root["Conditions"]?.objectValue?.keys ?? [])
        mappings = root["Mappings"]?.objectValue ?? Object()
        view = ValueView(template: root)
        hasLanguageExtensions = LanguageExtensions.isDeclared(in: root)
        serverless = root.declaresTransform(Serverless.transform) ? Serverless(root) : nil
    }

    mutating func report(_ rule: Rule, _ message: String, at nodePath: [String]? = nil) {
        let where_ = nodePath ?? path
        diagnostics.append(
            Diagnostic(
                rule: rule, message: message, path: where_, location: tree.nearestOrigin(along: where_)))
    }

    /// Whether `name` is a resource of the deployed template: one declared, or one the SAM
    /// transform will create.
    func declares(resource name: String) -> Bool {
        resources.contains(name) || serverless?.mayCreate(name) == true
    }

    /// One check: the rules it reports and how it runs.
    struct Check: Sendable {
        let rules: [Rule]
        let run: @Sendable (inout Validator) -> Void

        init(_ rules: [Rule], _ run: @escaping @Sendable (inout Validator) -> Void) {
            self.rules = rules
            self.run = run
        }
    }

    /// Every check, in the order they run, each with the rules it reports: the one list both the
    /// run and ``rules`` are read from, so that a rule is registered where its check is.
    static let checks: [Check] = [
        Check([.structure, .noResources]) { $0.checkStructure() },
        Check([.serverlessTransform, .serverlessAttribute]) { $0.checkServerless() },
        Check([.rulesSection]) { $0.checkRulesSection() },
        Check([.identityPolicy, .resourcePolicy, .repositoryPolicy, .trustPolicy, .duplicateSid, .iamAction]) { $0.checkPolicies() },
        Check([.scheduleExpression]) { $0.checkScheduleExpressions() },
        Check([.mappingShape]) { $0.checkMappings() },
        Check([.dynamoDBAttributes]) { $0.checkDynamoDBAttributes() },
        Check([.module]) { $0.checkModules() },
        Check([.nestedStackParameters]) { $0.checkNestedStackParameters() },
        Check([.logicalID, .uniqueName]) { $0.checkNames() },
        Check([.count, .descriptionLength]) { $0.checkLimits() },
        Check([
            .intrinsicShape, .importValueArgument, .selectArgument, .splitArgument, .base64Argument, .joinArgument, .equalsArgument,
            .intrinsicPlacement, .number, .unknownFunction, .refTarget, .getAttTarget, .subVariable, .dependsOn, .conditionTarget, .findInMap,
        ]) { $0.walkSections() },
        Check([.cycle]) { $0.checkCycles() },
        Check([.conditionalReference]) { $0.checkConditionalReferences() },
        Check([.parameterDefault]) { $0.checkParameterDefaults() },
        Check([.outputValue]) { $0.checkOutputs() },
        Check([.exportName]) { $0.checkExports() },
        Check([.unusedParameter, .unusedMapping, .unusedCondition]) { $0.checkUnused() },
        // Measured on the emitted body by ``checkBodySize(_:)``, not on the tree.
        Check([.bodySize, .inlineBodySize]) { _ in },
    ]

    /// Every rule the validator reports.
    public static let rules: [Rule] = checks.flatMap(\.rules)

    mutating func run() {
        for check in Self.checks { check.run(&self) }
    }

    /// Where a value sits, which decides what it may refer to.
    enum Scope {
        /// Resource properties, metadata and outputs: anything may be referenced.
        case resource
        /// The Conditions and Rules sections: only parameters and pseudo parameters.
        case condition
    }

    /// The `${Name}` references of a `Fn::Sub` string, skipping `${!Literal}` escapes.
    public static func subVariables(_ text: String) -> [String] {
        var names: [String] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "$"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let start = index + 2
            guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "}")) else { break }
            if start < end, bytes[start] != UInt8(ascii: "!") {
                let name = String(decoding: bytes[start..<end], as: UTF8.self)
                names.append(name.filter { $0 != " " })
            }
            index = end + 1
        }
        return names
    }

    func dependsOnResource(_ value: Value) -> Bool {
        !references(in: value).isDisjoint(with: resources)
    }

    /// The pseudo parameters `Ref` may name.
    public static let pseudoParameters: Set<String> = [
        "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId",
        "AWS::StackName", "AWS::URLSuffix",
    ]

    /// Logical names a value refers to through Ref, GetAtt and Sub.
    /// The logical names `value` refers to through Ref, GetAtt and Sub; with `outsideIf`, only
    /// those not guarded by an `Fn::If`.
    func references(in value: Value, outsideIf: Bool = false) -> Set<String> {
        var found = Set<String>()
        func visit(_ value: Value) {
            switch value {
            case .array(let elements): elements.forEach(visit)
            case .object(let object):
                if let (name, argument) = value.intrinsic {
                    switch name {
                    case "Fn::If" where outsideIf: return
                    case "Ref": if let target = argument.stringValue { found.insert(target) }
                    case "Fn::GetAtt":
                        if let dotted = argument.stringValue {
                            found.insert(IntrinsicFunctions.resourceAndAttribute(dotted)?.resource ?? dotted)
                        } else if let target = argument.arrayValue?.first?.stringValue {
                            found.insert(target)
                        }
                    case "Fn::Sub":
                        let text = argument.stringValue ?? argument.arrayValue?.first?.stringValue ?? ""
                        for variable in Self.subVariables(text) {
                            found.insert(IntrinsicFunctions.resourceAndAttribute(variable)?.resource ?? variable)
                        }
                    default: break
                    }
                }
                object.entries.values.forEach(visit)
            default: break
            }
        }
        visit(value)
        return found
    }

}
