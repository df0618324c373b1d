import Foundation
import SparkleTree

/// Checks what the tree alone can tell about a CloudFormation template.
///
/// Every diagnostic carries the path of the offending node and the nearest source location the
/// DSL recorded along that path, so errors name the Swift line that produced them.
public struct Validator {
    /// Validates `template` and returns every problem found, errors and warnings.
    public static func validate(_ template: Object) -> [Diagnostic] {
        var validator = Validator(template)
        validator.run()
        return validator.diagnostics
    }

    /// Limits of the template body size, measured on the minified JSON.
    public static func checkBodySize(_ bytes: Int) -> Diagnostic? {
        if bytes > 1_000_000 {
            return Diagnostic(
                rule: Rule.bodySize.id, message: "template body is \(bytes) bytes; CloudFormation accepts at most 1,000,000")
        }
        if bytes > 51_200 {
            return Diagnostic(
                rule: Rule.inlineBodySize.id, severity: .warning,
                message: "template body is \(bytes) bytes; over 51,200 it must be uploaded to S3, not passed inline")
        }
        return nil
    }

    private let root: Object
    private let tree: Value
    private let parameters: Set<String>
    private let resources: Set<String>
    private let conditions: Set<String>
    private let mappings: Object
    /// Whether the template declares the AWS::LanguageExtensions transform.
    private let hasLanguageExtensions: Bool
    private static let languageExtensionFunctions: Set<String> = ["Fn::Length", "Fn::ToJsonString"]
    private var diagnostics: [Diagnostic] = []
    private var path: [String] = []

    private static let sections: Set<String> = [
        "AWSTemplateFormatVersion", "Description", "Metadata", "Transform", "Parameters", "Rules", "Mappings",
        "Conditions", "Resources", "Outputs", "Hooks",
    ]

    private init(_ template: Object) {
        root = template
        tree = .object(template)
        parameters = Set(template["Parameters"]?.objectValue?.keys ?? [])
        resources = Set(template["Resources"]?.objectValue?.keys ?? [])
        conditions = Set(template["Conditions"]?.objectValue?.keys ?? [])
        mappings = template["Mappings"]?.objectValue ?? Object()
        let transforms = template["Transform"].map { $0.arrayValue ?? [$0] } ?? []
        hasLanguageExtensions = transforms.contains { $0.stringValue == "AWS::LanguageExtensions" }
    }

    private mutating func report(_ rule: Rule, _ message: String, at nodePath: [String]? = nil) {
        let where_ = nodePath ?? path
        let severity: Diagnostic.Severity = rule.id.hasPrefix("W") ? .warning : .error
        diagnostics.append(
            Diagnostic(
                rule: rule.id, severity: severity, message: message, path: where_, location: tree.nearestOrigin(along: where_)))
    }

    private mutating func run() {
        checkStructure()
        checkNames()
        checkLimits()
        walkSections()
        checkCycles()
        checkConditionalReferences()
        checkParameterDefaults()
        checkExports()
        checkUnused()
    }

    // MARK: Parameters, exports, unused declarations

    private mutating func checkParameterDefaults() {
        for (name, value) in root["Parameters"]?.objectValue ?? Object() {
            guard let parameter = value.objectValue, let defaultText = parameter["Default"]?.scalarText else { continue }
            let type = parameter["Type"]?.stringValue ?? ""
            if type.hasPrefix("List<") || type == "CommaDelimitedList" { continue }
            if let allowed = parameter["AllowedValues"]?.arrayValue?.compactMap(\.scalarText), !allowed.contains(defaultText) {
                report(.parameterDefault, "parameter '\(name)': Default '\(defaultText)' is not one of its AllowedValues (\(allowed.joined(separator: ", ")))", at: ["Parameters", name, "Default"])
            }
            if let pattern = parameter["AllowedPattern"]?.stringValue,
                let regex = try? NSRegularExpression(pattern: "^(?:\(pattern))$"),
                regex.firstMatch(in: defaultText, range: NSRange(defaultText.startIndex..., in: defaultText)) == nil
            {
                report(.parameterDefault, "parameter '\(name)': Default '\(defaultText)' does not match its AllowedPattern \(pattern)", at: ["Parameters", name, "Default"])
            }
        }
    }

    private mutating func checkExports() {
        for (name, output) in root["Outputs"]?.objectValue ?? Object() {
            guard let exportName = output.objectValue?["Export"]?.objectValue?["Name"] else { continue }
            if dependsOnResource(exportName) {
                report(.exportName, "output '\(name)': the Export name cannot depend on a resource of the template", at: ["Outputs", name, "Export", "Name"])
            }
        }
    }

    /// Parameters, mappings and conditions nothing refers to (warnings, as cfn-lint reports them).
    private mutating func checkUnused() {
        var referenced = Set<String>()
        var mappingsUsed = Set<String>()
        var conditionsUsed = Set<String>()
        func visit(_ value: Value, inConditionAttribute: Bool = false) {
            switch value {
            case .array(let elements): elements.forEach { visit($0) }
            case .object(let object):
                if let (name, argument) = value.intrinsic {
                    switch name {
                    case "Fn::FindInMap": if let map = argument.arrayValue?.first?.stringValue { mappingsUsed.insert(map) }
                    case "Fn::If": if let condition = argument.arrayValue?.first?.stringValue { conditionsUsed.insert(condition) }
                    case "Condition": if let condition = argument.stringValue { conditionsUsed.insert(condition) }
                    default: break
                    }
                }
                object.entries.values.forEach { visit($0) }
            default: break
            }
        }
        for section in ["Resources", "Outputs", "Conditions", "Rules", "Metadata"] {
            guard let value = root[section] else { continue }
            referenced.formUnion(references(in: value))
            visit(value)
        }
        for section in ["Resources", "Outputs"] {
            for (_, entry) in root[section]?.objectValue ?? Object() {
                if let condition = entry.objectValue?["Condition"]?.stringValue { conditionsUsed.insert(condition) }
            }
        }
        for name in root["Parameters"]?.objectValue?.keys ?? [] where !referenced.contains(name) {
            report(.unusedParameter, "parameter '\(name)' is not used", at: ["Parameters", name])
        }
        for name in mappings.keys where !mappingsUsed.contains(name) {
            report(.unusedMapping, "mapping '\(name)' is not used", at: ["Mappings", name])
        }
        for name in root["Conditions"]?.objectValue?.keys ?? [] where !conditionsUsed.contains(name) {
            report(.unusedCondition, "condition '\(name)' is not used", at: ["Conditions", name])
        }
    }

    // MARK: Structure, names, limits

    private mutating func checkStructure() {
        for (key, value) in root {
            guard Self.sections.contains(key) else {
                report(.structure, "unknown top-level section '\(key)'", at: [key])
                continue
            }
            let mustBeObject: Set<String> = [
                "Metadata", "Parameters", "Rules", "Mappings", "Conditions", "Resources", "Outputs",
            ]
            if mustBeObject.contains(key), value.objectValue == nil {
                report(.structure, "section '\(key)' must be an object", at: [key])
            }
        }
        if let version = root["AWSTemplateFormatVersion"], version != .string("2010-09-09") {
            report(.structure, "AWSTemplateFormatVersion must be \"2010-09-09\"", at: ["AWSTemplateFormatVersion"])
        }
        if let description = root["Description"] {
            if case .string(let text) = description {
                if text.utf8.count > 1024 {
                    report(
                        .descriptionLength, "description is \(text.utf8.count) bytes; the limit is 1,024",
                        at: ["Description"])
                }
            } else {
                report(.structure, "Description must be a string", at: ["Description"])
            }
        }
        guard let resourceMap = root["Resources"]?.objectValue, !resourceMap.isEmpty else {
            report(.structure, "a template needs a Resources section with at least one resource", at: [])
            return
        }
        for (name, resource) in resourceMap {
            guard let attributes = resource.objectValue else {
                report(.structure, "resource '\(name)' must be an object", at: ["Resources", name])
                continue
            }
            switch attributes["Type"] {
            case .string(let type) where !type.isEmpty: break
            case nil: report(.structure, "resource '\(name)' has no Type", at: ["Resources", name])
            default: report(.structure, "resource '\(name)': Type must be a string", at: ["Resources", name, "Type"])
            }
            if let properties = attributes["Properties"], properties.objectValue == nil, properties.intrinsic == nil {
                report(.structure, "resource '\(name)': Properties must be an object", at: ["Resources", name, "Properties"])
            }
        }
        for (name, parameter) in root["Parameters"]?.objectValue ?? Object() {
            if parameter.objectValue?["Type"]?.stringValue == nil {
                report(.structure, "parameter '\(name)' has no Type", at: ["Parameters", name])
            }
        }
        for (name, output) in root["Outputs"]?.objectValue ?? Object() where output.objectValue?["Value"] == nil {
            report(.structure, "output '\(name)' has no Value", at: ["Outputs", name])
        }
    }

    private mutating func checkNames() {
        for section in ["Parameters", "Mappings", "Conditions", "Resources", "Outputs", "Rules"] {
            for name in root[section]?.objectValue?.keys ?? [] {
                let valid =
                    !name.isEmpty && name.utf8.count <= 255
                    && name.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }
                if !valid {
                    report(
                        .logicalID,
                        "\(section) name '\(name)' must be 1 to 255 letters and digits (A-Z, a-z, 0-9)",
                        at: [section, name])
                }
            }
        }
    }

    private mutating func checkLimits() {
        for (section, limit) in [("Resources", 500), ("Parameters", 200), ("Outputs", 200), ("Mappings", 200)] {
            let count = root[section]?.objectValue?.count ?? 0
            if count > limit {
                report(.count, "\(count) \(section.lowercased()); CloudFormation allows at most \(limit)", at: [section])
            }
        }
    }

    // MARK: References and intrinsics

    private enum Scope {
        /// Resource properties, metadata and outputs: anything may be referenced.
        case resource
        /// The Conditions and Rules sections: only parameters and pseudo parameters.
        case condition
    }

    private mutating func walkSections() {
        for (name, resource) in root["Resources"]?.objectValue ?? Object() {
            guard let attributes = resource.objectValue else { continue }
            path = ["Resources", name]
            for (key, value) in attributes {
                path.append(key)
                switch key {
                case "DependsOn": checkDependsOn(value, of: name)
                case "Condition": checkConditionName(value)
                case "Type", "DeletionPolicy", "UpdateReplacePolicy": break
                default: walk(value, scope: .resource)
                }
                path.removeLast()
            }
        }
        for (name, output) in root["Outputs"]?.objectValue ?? Object() {
            guard let attributes = output.objectValue else { continue }
            path = ["Outputs", name]
            for (key, value) in attributes {
                path.append(key)
                if key == "Condition" { checkConditionName(value) } else { walk(value, scope: .resource) }
                path.removeLast()
            }
        }
        for (name, condition) in root["Conditions"]?.objectValue ?? Object() {
            path = ["Conditions", name]
            walk(condition, scope: .condition)
        }
        for (name, rule) in root["Rules"]?.objectValue ?? Object() {
            path = ["Rules", name]
            walk(rule, scope: .condition)
        }
        for (name, value) in root["Parameters"]?.objectValue ?? Object() {
            if let parameter = value.objectValue {
                path = ["Parameters", name]
                for (key, attribute) in parameter where attribute.intrinsic != nil {
                    report(.intrinsicPlacement, "parameter attributes cannot use intrinsic functions", at: path + [key])
                }
            }
        }
        path = []
    }

    private mutating func walk(_ value: Value, scope: Scope) {
        switch value {
        case .double(let double) where !double.isFinite:
            report(.number, "number \(double) is not finite")
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                path.append(String(index))
                walk(element, scope: scope)
                path.removeLast()
            }
        case .object(let object):
            if let (name, argument) = value.intrinsic {
                path.append(name)
                checkIntrinsic(name, argument, scope: scope)
                path.removeLast()
                return
            }
            for (key, child) in object {
                path.append(key)
                walk(child, scope: scope)
                path.removeLast()
            }
        default:
            break
        }
    }

    private mutating func checkIntrinsic(_ name: String, _ argument: Value, scope: Scope) {
        if IntrinsicFunctions.conditionFunctions.contains(name) || IntrinsicFunctions.ruleFunctions.contains(name) {
            guard scope == .condition else {
                return report(.intrinsicPlacement, "\(name) is a condition function: it belongs in Conditions or Rules, not here")
            }
        } else if !IntrinsicFunctions.valueFunctions.contains(name) && !name.hasPrefix("Fn::ForEach::") {
            return report(.intrinsicShape, "unknown intrinsic function '\(name)'")
        }
        if Self.languageExtensionFunctions.contains(name) || name.hasPrefix("Fn::ForEach::"), !hasLanguageExtensions {
            report(.intrinsicPlacement, "\(name) needs `Transform: AWS::LanguageExtensions` in the template")
        }
        let elements = argument.arrayValue
        func shape(_ ok: Bool, _ expected: String) -> Bool {
            if !ok { report(.intrinsicShape, "\(name) expects \(expected)") }
            return ok
        }
        switch name {
        case "Ref":
            guard shape(argument.stringValue != nil, "a logical name string") else { return }
            checkRef(argument.stringValue!, scope: scope)
            return
        case "Condition":
            guard shape(argument.stringValue != nil, "a condition name string") else { return }
            checkConditionName(argument)
            return
        case "Fn::GetAtt":
            if let dotted = argument.stringValue, let (resource, _) = IntrinsicFunctions.resourceAndAttribute(dotted) {
                checkGetAtt(resource)
                return
            }
            guard shape(elements?.count == 2 && elements![0].stringValue != nil, "[LogicalName, AttributeName]")
            else { return }
            checkGetAtt(elements![0].stringValue!)
            walkArgument(elements![1], at: "1", scope: scope)
            return
        case "Fn::Sub":
            if let text = argument.stringValue {
                checkSub(text, variables: [])
                return
            }
            guard shape(elements?.count == 2 && elements![0].stringValue != nil && elements![1].objectValue != nil,
                "a string or [String, {Variable: Value}]") else { return }
            let variables = elements![1].objectValue!
            checkSub(elements![0].stringValue!, variables: Set(variables.keys))
            walkArgument(elements![1], at: "1", scope: scope)
            return
        case "Fn::If":
            guard shape(elements?.count == 3 && elements![0].stringValue != nil, "[ConditionName, ValueIfTrue, ValueIfFalse]")
            else { return }
            path.append("0")
            checkConditionName(elements![0])
            path.removeLast()
            walkArgument(elements![1], at: "1", scope: scope)
            walkArgument(elements![2], at: "2", scope: scope)
            return
        case "Fn::Join":
            _ = shape(elements?.count == 2 && elements![0].stringValue != nil, "[Delimiter, [Values]]")
        case "Fn::Select":
            // The index is a number, a numeric string or a function (Ref, FindInMap) giving one.
            _ = shape(elements.map { $0.count == 2 && Self.isIndex($0[0]) && ($0[1].arrayValue != nil || $0[1].objectValue != nil) } ?? false,
                      "[Index, List] with a numeric Index")
        case "Fn::Split":
            _ = shape(elements?.count == 2 && elements![0].stringValue != nil, "[Delimiter, String]")
        case "Fn::FindInMap":
            guard shape(elements.map { $0.count == 3 || $0.count == 4 } ?? false, "[MapName, TopLevelKey, SecondLevelKey]")
            else { return }
            checkFindInMap(elements!)
        case "Fn::Cidr":
            _ = shape(elements?.count == 3, "[IpBlock, Count, CidrBits]")
        case "Fn::Equals":
            _ = shape(elements?.count == 2, "[Value1, Value2]")
        case "Fn::And", "Fn::Or":
            _ = shape(elements.map { (2...10).contains($0.count) } ?? false, "a list of 2 to 10 conditions")
        case "Fn::Not":
            _ = shape(elements?.count == 1, "a list of one condition")
        case "Fn::ImportValue":
            if dependsOnResource(argument) {
                report(.intrinsicPlacement, "Fn::ImportValue cannot depend on a resource of the template")
            }
        case "Fn::GetAZs":
            _ = shape(argument.stringValue != nil || argument.intrinsic?.name == "Ref", "a region string or Ref")
        default:
            break
        }
        walk(argument, scope: scope)
    }

    private mutating func walkArgument(_ value: Value, at index: String, scope: Scope) {
        path.append(index)
        walk(value, scope: scope)
        path.removeLast()
    }

    private mutating func checkRef(_ target: String, scope: Scope) {
        if target.hasPrefix("AWS::") {
            if !Self.pseudoParameters.contains(target) {
                report(.refTarget, "Ref to unknown pseudo parameter '\(target)'")
            }
            return
        }
        if parameters.contains(target) { return }
        if scope == .condition {
            let why = resources.contains(target) ? "is a resource; conditions can only Ref parameters" : "does not exist"
            report(.refTarget, "Ref target '\(target)' \(why)")
            return
        }
        if !resources.contains(target) {
            report(.refTarget, "Ref to '\(target)', which is not a parameter or resource of this template\(didYouMean(target, in: parameters.union(resources)))")
        }
    }

    private mutating func checkGetAtt(_ target: String) {
        if !resources.contains(target) {
            report(.getAttTarget, "Fn::GetAtt of '\(target)', which is not a resource of this template\(didYouMean(target, in: resources))")
        }
    }

    private mutating func checkConditionName(_ value: Value) {
        guard let name = value.stringValue else {
            return report(.conditionTarget, "a condition name must be a string")
        }
        if !conditions.contains(name) {
            report(.conditionTarget, "condition '\(name)' is not declared in Conditions\(didYouMean(name, in: conditions))")
        }
    }

    private mutating func checkDependsOn(_ value: Value, of resource: String) {
        let names: [Value] = value.arrayValue ?? [value]
        for name in names {
            guard let target = name.stringValue else {
                report(.dependsOn, "DependsOn takes resource names (strings)")
                continue
            }
            if target == resource {
                report(.dependsOn, "resource '\(resource)' depends on itself")
            } else if !resources.contains(target) {
                report(.dependsOn, "DependsOn '\(target)', which is not a resource of this template\(didYouMean(target, in: resources))")
            }
        }
    }

    private mutating func checkFindInMap(_ arguments: [Value]) {
        guard let mapName = arguments[0].stringValue else { return }
        guard let mapping = mappings[mapName]?.objectValue else {
            return report(.findInMap, "Fn::FindInMap of mapping '\(mapName)', which is not declared in Mappings")
        }
        guard arguments.count == 3, let top = arguments[1].stringValue else { return }
        guard let second = mapping[top]?.objectValue else {
            return report(.findInMap, "mapping '\(mapName)' has no key '\(top)'")
        }
        if let key = arguments[2].stringValue, second[key] == nil {
            report(.findInMap, "mapping '\(mapName)' has no key '\(top)'.'\(key)'")
        }
    }

    private mutating func checkSub(_ text: String, variables: Set<String>) {
        for variable in Self.subVariables(text) {
            if variables.contains(variable) { continue }
            if let (resource, _) = IntrinsicFunctions.resourceAndAttribute(variable) {
                if !resources.contains(resource) {
                    report(.subVariable, "Fn::Sub variable '${\(variable)}' names no resource of this template")
                }
            } else if variable.hasPrefix("AWS::") {
                if !Self.pseudoParameters.contains(variable) {
                    report(.subVariable, "Fn::Sub variable '${\(variable)}' is not a pseudo parameter")
                }
            } else if !parameters.contains(variable) && !resources.contains(variable) {
                report(
                    .subVariable,
                    "Fn::Sub variable '${\(variable)}' is not a parameter, resource or variable; write '${!\(variable)}' for the literal text")
            }
        }
    }

    /// Whether `value` can be `Fn::Select`'s index: a whole number, its text, or a function giving one.
    static func isIndex(_ value: Value) -> Bool {
        switch value {
        case .int(let number): number >= 0
        case .string(let text): UInt(text) != nil
        case .object: true
        default: false
        }
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

    private func dependsOnResource(_ value: Value) -> Bool {
        !references(in: value).isDisjoint(with: resources)
    }

    /// The pseudo parameters `Ref` may name.
    public static let pseudoParameters: Set<String> = [
        "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId",
        "AWS::StackName", "AWS::URLSuffix",
    ]

    // MARK: Cycles

    /// Logical names a value refers to through Ref, GetAtt and Sub.
    /// The logical names `value` refers to through Ref, GetAtt and Sub; with `outsideIf`, only
    /// those not guarded by an `Fn::If`.
    private func references(in value: Value, outsideIf: Bool = false) -> Set<String> {
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

    private mutating func checkCycles() {
        guard let resourceMap = root["Resources"]?.objectValue else { return }
        // Edges in template order, so the cycle reported is the same on every run.
        let position = Dictionary(uniqueKeysWithValues: resourceMap.keys.enumerated().map { ($1, $0) })
        var edges: [String: [String]] = [:]
        for (name, resource) in resourceMap {
            guard let attributes = resource.objectValue else { continue }
            var targets = Set<String>()
            for (key, value) in attributes {
                if key == "DependsOn" {
                    for target in value.arrayValue ?? [value] { if let target = target.stringValue { targets.insert(target) } }
                } else {
                    targets.formUnion(references(in: value))
                }
            }
            targets.remove(name)  // self-references are reported by their own rules
            edges[name] = targets.filter { position[$0] != nil }.sorted { position[$0]! < position[$1]! }
        }
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var stack: [String] = []
        var reported = Set<String>()
        func visit(_ node: String) -> [String]? {
            switch marks[node] {
            case .done: return nil
            case .visiting:
                guard let start = stack.firstIndex(of: node) else { return nil }
                return Array(stack[start...]) + [node]
            case nil: break
            }
            marks[node] = .visiting
            stack.append(node)
            defer {
                stack.removeLast()
                marks[node] = .done
            }
            for next in edges[node] ?? [] {
                if let cycle = visit(next) { return cycle }
            }
            return nil
        }
        for name in resourceMap.keys {
            guard let cycle = visit(name) else { continue }
            let key = Set(cycle).sorted().joined(separator: ",")
            if reported.insert(key).inserted {
                report(.cycle, "dependency cycle: \(cycle.joined(separator: " → "))", at: ["Resources", cycle[0]])
            }
        }
    }
}

extension Validator {
    /// CloudFormation rejects a template whose unconditional resource or output needs a resource
    /// that a false condition leaves out. Guarded by `Fn::If`, the reference is fine; between two
    /// conditional resources it depends on how the conditions relate, which this rule leaves alone.
    private mutating func checkConditionalReferences() {
        let conditionOf: [String: String] = (root["Resources"]?.objectValue ?? Object()).entries.reduce(into: [:]) {
            if let condition = $1.value.objectValue?["Condition"]?.stringValue { $0[$1.key] = condition }
        }
        guard !conditionOf.isEmpty else { return }
        func check(_ section: String, _ name: String, _ declaration: Object, kind: String) {
            guard declaration["Condition"] == nil else { return }
            var needed = Set<String>()
            for (key, value) in declaration where key != "Metadata" {
                if key == "DependsOn" {
                    needed.formUnion((value.arrayValue ?? [value]).compactMap(\.stringValue))
                } else {
                    needed.formUnion(references(in: value, outsideIf: true))
                }
            }
            for target in needed.sorted() {
                guard let condition = conditionOf[target] else { continue }
                report(
                    .conditionalReference,
                    "\(kind) '\(name)' has no Condition but needs '\(target)', which exists only when '\(condition)' is true; give it the same Condition or guard the reference with Fn::If",
                    at: [section, name])
            }
        }
        for (name, value) in root["Resources"]?.objectValue ?? Object() {
            if let resource = value.objectValue { check("Resources", name, resource, kind: "resource") }
        }
        for (name, value) in root["Outputs"]?.objectValue ?? Object() {
            if let output = value.objectValue { check("Outputs", name, output, kind: "output") }
        }
    }
}

extension Value {
    /// A scalar as the text CloudFormation uses for parameter values (nil for objects, arrays, null).
    public var scalarText: String? {
        switch self {
        case .string(let text): text
        case .int(let int): String(int)
        case .double(let double): String(double)
        case .bool(let bool): bool ? "true" : "false"
        default: nil
        }
    }
}
