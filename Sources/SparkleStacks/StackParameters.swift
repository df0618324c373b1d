import Sparkle
import SparkleParsers
import SparkleAWS

/// Where the values of a stack's parameters come from, strongest first: explicit values
/// (`--parameter`), a parameters file, upstream stack outputs (apply-stack), the stack's previous
/// value, the template's default.
public struct ParameterSources: Sendable {
    public var explicit: [String: String]
    public var file: [String: String]
    public var applied: [StackOutputs]
    public var mappings: [OutputMapping]

    /// The sources, each empty unless given.
    public init(
        explicit: [String: String] = [:], file: [String: String] = [:], applied: [StackOutputs] = [],
        mappings: [OutputMapping] = []
    ) {
        self.explicit = explicit
        self.file = file
        self.applied = applied
        self.mappings = mappings
    }
}

/// The value a parameter gets, and why.
public struct ResolvedParameter: Sendable, Equatable {
    public enum Origin: Sendable, Equatable {
        case explicit, file
        case applied(stack: String, output: String)
        case previous
        case templateDefault
    }

    public var key: String
    /// What is sent; nil for a parameter left to its template default (not sent at all).
    public var value: ParameterValue?
    public var origin: Origin
    /// The template marks it NoEcho: its value is never printed.
    public var hidden: Bool
    /// An applied value the stack already has, sent as `UsePreviousValue`.
    public var unchangedValue: String? = nil
}

extension ResolvedParameter {
    /// The value as it may be shown: `****` for a NoEcho parameter, and for an applied value sent
    /// as `UsePreviousValue` the value it keeps; nil when the stack keeps a previous value not
    /// known here, or the template's default applies.
    public var shownValue: String? {
        let known: String?
        switch value {
        case .value(let text)?: known = text
        case .previous?: known = unchangedValue
        case nil: known = nil
        }
        return known.map { hidden ? "****" : $0 }
    }
}

/// Turns the sources and the stack's current state into the parameters of a create or update.
public enum StackParameters {
    /// Resolves every parameter `template` declares.
    ///
    /// On update, a parameter nobody gives keeps its previous value through `UsePreviousValue`,
    /// never re-sent as a literal (NoEcho values come back masked). An applied value equal to the
    /// previous one is sent the same way, to keep change sets quiet. Apply-stack fills parameters
    /// that only the new template declares too.
    ///
    /// - Throws: ``StackError`` (`.usage`) naming explicit keys the template does not declare, and
    ///   parameters that end up with no value.
    public static func resolve(
        template: Object, sources: ParameterSources, previous: StackDescription?
    ) throws(StackError) -> (parameters: [ResolvedParameter], report: ApplyReport) {
        let declared = template["Parameters"]?.objectValue ?? Object()
        let unknown = sources.explicit.keys.filter { declared[$0] == nil }.sorted()
        if !unknown.isEmpty {
            let known = declared.keys.joined(separator: ", ")
            throw StackError(
                .usage, "the template has no parameter \(unknown.map { "'\($0)'" }.joined(separator: ", ")) (it has: \(known.isEmpty ? "none" : known))")
        }
        let report = StackApplication.match(
            sources.applied, mappings: sources.mappings, in: template, explicit: Set(sources.explicit.keys).union(sources.file.keys))
        let applied = Dictionary(report.applied.map { ($0.parameter, $0) }) { $1 }

        var resolved: [ResolvedParameter] = []
        var missing: [String] = []
        for (key, declaration) in declared {
            let hidden = template.noEchoParameters.contains(key)
            let previousValue = previous?.parameters[key]
            func parameter(_ value: ParameterValue?, _ origin: ResolvedParameter.Origin) -> ResolvedParameter {
                ResolvedParameter(key: key, value: value, origin: origin, hidden: hidden)
            }
            if let value = sources.explicit[key] {
                resolved.append(parameter(.value(value), .explicit))
            } else if let value = sources.file[key] {
                resolved.append(parameter(.value(value), .file))
            } else if let match = applied[key] {
                var applied = parameter(.value(match.value), .applied(stack: match.stack, output: match.output))
                if previousValue == match.value {
                    applied.value = .previous
                    applied.unchangedValue = match.value
                }
                resolved.append(applied)
            } else if previousValue != nil {
                resolved.append(parameter(.previous, .previous))
            } else if declaration.objectValue?["Default"] != nil {
                resolved.append(parameter(nil, .templateDefault))
            } else {
                missing.append(key)
            }
        }
        if !missing.isEmpty {
            throw StackError(
                .usage, "no value for parameter\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", "))",
                nextStep: .giveParameters(missing))
        }
        return (resolved, report)
    }

    /// The values a parameters file holds: the AWS CLI's `[{"ParameterKey": …, "ParameterValue": …}]`
    /// or a flat `{"Key": "value"}` map; nil for anything else.
    public static func values(fromParametersFile value: Value) -> [String: String]? {
        if case .array(let items) = value {
            var values: [String: String] = [:]
            for item in items {
                guard let object = item.objectValue, let key = object["ParameterKey"]?.stringValue else { return nil }
                guard let text = object["ParameterValue"]?.scalarText else { return nil }
                values[key] = text
            }
            return values
        }
        guard case .object(let object) = value else { return nil }
        var values: [String: String] = [:]
        for (key, item) in object {
            guard let text = item.scalarText else { return nil }
            values[key] = text
        }
        return values
    }

    /// The values the parameters file `path` holds (its text, `bytes`).
    ///
    /// - Throws: ``StackError`` (`.usage`) for text that does not parse, or is neither shape.
    public static func values(parametersFile path: String, bytes: [UInt8]) throws(StackError) -> [String: String] {
        let parsed: Value
        do {
            parsed = try TemplateParser.parse(bytes, file: path)
        } catch {
            throw StackError(.usage, error.description)
        }
        guard let values = values(fromParametersFile: parsed) else {
            throw StackError(.usage, "\(path) is neither [{\"ParameterKey\": …, \"ParameterValue\": …}] nor a flat map of values")
        }
        return values
    }
}
