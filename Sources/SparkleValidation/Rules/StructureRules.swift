import Foundation
import SparkleTree

// Template structure: the sections, their shapes, logical IDs and CloudFormation's size limits.

extension Rule {
    public static let structure = Rule("E1001", "Template structure: known sections, each of the right shape", cfnLint: ["E1001", "E2001", "E3001", "E6002"])
    public static let uniqueName = Rule("E3007", "No name is both a parameter and a resource", cfnLint: ["E3007"])
    public static let noResources = Rule("W9015", "A template declares at least one resource (CloudFormation rejects an empty Resources section)")
    public static let logicalID = Rule("E9010", "Logical IDs are alphanumeric and at most 255 characters", cfnLint: ["E3001"])
    public static let count = Rule("E9401", "At most 500 resources, 200 parameters, 200 outputs and 200 mappings", cfnLint: ["E2010", "E3010", "E6010", "E7010"])
    public static let descriptionLength = Rule("E1003", "The template description is at most 1,024 bytes", cfnLint: ["E1003"])
    public static let bodySize = Rule("E1002", "The template body is at most 1,000,000 bytes (the S3 limit)", cfnLint: ["E1002"])
    public static let inlineBodySize = Rule("W9404", "Bodies over 51,200 bytes must be deployed from S3, not inline")
}

extension Validator {
    /// Limits of the template body size, measured on the minified JSON.
    public static func checkBodySize(_ bytes: Int) -> Diagnostic? {
        if bytes > 1_000_000 {
            return Diagnostic(
                rule: .bodySize, message: "template body is \(bytes) bytes; CloudFormation accepts at most 1,000,000")
        }
        if bytes > 51_200 {
            return Diagnostic(
                rule: .inlineBodySize,
                message: "template body is \(bytes) bytes; over 51,200 it must be uploaded to S3, not passed inline")
        }
        return nil
    }

    /// The attributes a resource may have (`Version` only on custom resources).
    static let resourceAttributes: Set<String> = [
        "Type", "Properties", "DependsOn", "Condition", "Metadata", "DeletionPolicy", "UpdateReplacePolicy", "CreationPolicy",
        "UpdatePolicy", "Version",
    ]
    /// What SAM adds to a resource: embedded connectors, and functions that opt out of Globals.
    static let serverlessAttributes: Set<String> = ["Connectors", "IgnoreGlobals"]

    static let sections: Set<String> = [
        "AWSTemplateFormatVersion", "Description", "Metadata", "Transform", "Parameters", "Rules", "Mappings",
        "Conditions", "Resources", "Outputs", "Hooks",
    ]

    mutating func checkStructure() {
        for (key, value) in root {
            guard Self.sections.contains(key) || (key == "Globals" && serverless != nil) else {
                let hint = key == "Globals" ? ": Globals belongs to SAM templates, which declare `Transform: \(Serverless.transform)`" : ""
                report(.structure, "unknown top-level section '\(key)'\(hint)", at: [key])
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
        guard let resourceMap = root["Resources"]?.objectValue else {
            report(.structure, "a template needs a Resources section with at least one resource", at: [])
            return
        }
        if resourceMap.isEmpty {
            // cfn-lint accepts it (a template read only for its other sections); CloudFormation does not.
            report(.noResources, "Resources is empty; CloudFormation deploys only a template with at least one resource", at: ["Resources"])
        }
        checkUnexpandedLoops()
        for (name, resource) in resourceMap where !Self.isLoop(name) {
            guard let attributes = resource.objectValue else {
                report(.structure, "resource '\(name)' must be an object", at: ["Resources", name])
                continue
            }
            switch attributes["Type"] {
            case .string(let type) where !type.isEmpty: break
            case nil: report(.structure, "resource '\(name)' has no Type", at: ["Resources", name])
            default: report(.structure, "resource '\(name)': Type must be a string", at: ["Resources", name, "Type"])
            }
            let isCustom = (attributes["Type"]?.stringValue).map { $0.hasPrefix("Custom::") || $0 == "AWS::CloudFormation::CustomResource" } ?? false
            // The SAM transform rebuilds its own resources from their Type, Properties and the
            // attributes it supports, and drops any other key (a resource's Description, say).
            let isServerlessResource = serverless != nil && (attributes["Type"]?.stringValue?.hasPrefix(Serverless.typePrefix) ?? false)
            for key in attributes.keys where !Self.resourceAttributes.contains(key) && !(serverless != nil && Self.serverlessAttributes.contains(key)) {
                if isServerlessResource {
                    if key != "Description" {
                        report(.serverlessAttribute, "resource '\(name)': the SAM transform drops the unknown attribute '\(key)'\(didYouMean(key, in: Self.resourceAttributes))", at: ["Resources", name, key])
                    }
                    continue
                }
                let hint = didYouMean(key, in: Self.resourceAttributes)
                report(.structure, "resource '\(name)' has an unknown attribute '\(key)'\(hint)", at: ["Resources", name, key])
            }
            if attributes["Version"] != nil, !isCustom {
                report(.structure, "resource '\(name)': Version belongs to custom resources only", at: ["Resources", name, "Version"])
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
        // An explicit `Value: null` is no value, as cfn-lint (E6002) and CloudFormation read it.
        for (name, output) in root["Outputs"]?.objectValue ?? Object() where !Self.isLoop(name) {
            switch output.objectValue?["Value"] {
            case nil: report(.structure, "output '\(name)' has no Value", at: ["Outputs", name])
            case .null?: report(.structure, "output '\(name)' has no Value: it is null", at: ["Outputs", name])
            default: break
            }
        }
    }

    static func isLoop(_ key: String) -> Bool { key.hasPrefix("Fn::ForEach::") }

    /// A `Fn::ForEach::Name` key still in the tree: the transform is missing, or the loop is not
    /// `[Identifier, Collection, {Key: Value}]` and could not be expanded.
    mutating func checkUnexpandedLoops() {
        for section in ["Conditions", "Resources", "Outputs"] {
            for name in root[section]?.objectValue?.keys ?? [] where Self.isLoop(name) {
                if hasLanguageExtensions {
                    report(.intrinsicShape, "\(name) expects [Identifier, [Collection], {OutputKey: OutputValue}]", at: [section, name])
                } else {
                    report(.intrinsicPlacement, "\(name) needs `Transform: AWS::LanguageExtensions` in the template", at: [section, name])
                }
            }
        }
    }

    mutating func checkNames() {
        for name in parameters.intersection(resources).sorted() {
            report(.uniqueName, "'\(name)' names both a parameter and a resource; Ref cannot tell them apart", at: ["Resources", name])
        }
        for section in ["Parameters", "Mappings", "Conditions", "Resources", "Outputs", "Rules"] {
            // Condition names may also hold & and _ (cfn-lint's conditions schema; AWS's own Quick
            // Starts name conditions `NATGateway&3AZCondition`).
            let extra: Set<UInt8> = section == "Conditions" ? [UInt8(ascii: "&"), UInt8(ascii: "_")] : []
            for name in root[section]?.objectValue?.keys ?? [] where !Self.isLoop(name) {
                let valid =
                    !name.isEmpty && name.utf8.count <= 255
                    && name.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || extra.contains($0) }
                if !valid {
                    report(
                        .logicalID,
                        "\(section) name '\(name)' must be 1 to 255 letters and digits (A-Z, a-z, 0-9\(extra.isEmpty ? "" : ", & and _"))",
                        at: [section, name])
                }
            }
        }
    }

    mutating func checkLimits() {
        for (section, limit) in [("Resources", 500), ("Parameters", 200), ("Outputs", 200), ("Mappings", 200)] {
            guard let entries = root[section]?.objectValue, entries.count > limit else { continue }
            // Named at the first entry past the limit, which has a source line (a section has none).
            let first = entries.keys[limit]
            report(.count, "\(entries.count) \(section.lowercased()); CloudFormation allows at most \(limit), and '\(first)' is number \(limit + 1)", at: [section, first])
        }
    }
}
