/// The outputs of one upstream stack, in order.
public struct StackOutputs: Sendable, Equatable {
    public var stackName: String
    public var outputs: [(key: String, value: String)]

    /// The outputs of the stack `stackName`, in its order.
    public init(stackName: String, outputs: [(key: String, value: String)]) {
        self.stackName = stackName
        self.outputs = outputs
    }

    public static func == (lhs: StackOutputs, rhs: StackOutputs) -> Bool {
        lhs.stackName == rhs.stackName && lhs.outputs.elementsEqual(rhs.outputs) { $0 == $1 }
    }

    /// The stacks in an outputs file: what `aws cloudformation describe-stacks` prints
    /// (`{"Stacks": [{"StackName": …, "Outputs": [{"OutputKey": …, "OutputValue": …}]}]}`), or a flat
    /// `{"Output": "value"}` map, which becomes one stack called `defaultName`.
    public static func stacks(fromOutputsFile value: Value, defaultName: String) -> [StackOutputs]? {
        guard case .object(let root) = value else { return nil }
        if case .array(let stacks)? = root["Stacks"] {
            return stacks.compactMap { stack -> StackOutputs? in
                guard let object = stack.objectValue, let name = object["StackName"]?.stringValue else { return nil }
                let outputs = (object["Outputs"]?.arrayValue ?? []).compactMap { output -> (key: String, value: String)? in
                    guard let key = output.objectValue?["OutputKey"]?.stringValue,
                        let value = output.objectValue?["OutputValue"]?.scalarText
                    else { return nil }
                    return (key, value)
                }
                return StackOutputs(stackName: name, outputs: outputs)
            }
        }
        var outputs: [(key: String, value: String)] = []
        for (key, value) in root {
            guard let text = value.scalarText else { return nil }
            outputs.append((key, text))
        }
        return [StackOutputs(stackName: defaultName, outputs: outputs)]
    }
}

/// `--apply-mapping [Stack__]Output:Param`: an output that fills a differently named parameter.
public struct OutputMapping: Sendable, Equatable {
    /// The stack the output must come from; nil for any.
    public var stack: String?
    public var output: String
    public var parameter: String

    /// Fills `parameter` from `output`, of `stack` only when one is named.
    public init(stack: String? = nil, output: String, parameter: String) {
        self.stack = stack
        self.output = output
        self.parameter = parameter
    }

    /// Parses `[Stack__]Output:Param`; nil when malformed: the output and parameter must be
    /// alphanumeric logical IDs, and the stack a stack name (letters, digits, hyphens), so a second
    /// `__` is an error rather than part of a strange output name.
    public init?(argument: String) {
        let sides = argument.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard sides.count == 2 else { return nil }
        let parts = sides[0].components(separatedBy: "__")
        guard parts.count <= 2, let output = parts.last else { return nil }
        let stack = parts.count == 2 ? parts[0] : nil
        let parameter = String(sides[1])
        func isLogicalID(_ text: String) -> Bool { !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard isLogicalID(output), isLogicalID(parameter) else { return nil }
        if let stack {
            guard let first = stack.first, first.isASCII, first.isLetter,
                stack.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            else { return nil }
        }
        self.init(stack: stack, output: output, parameter: parameter)
    }
}

/// What apply-stack did to a template's parameters.
public struct ApplyReport: Sendable, Equatable {
    public struct Applied: Sendable, Equatable {
        public var parameter: String
        public var stack: String
        public var output: String
        public var value: String
        /// The parameter is NoEcho: never print the value.
        public var hidden: Bool
    }

    public var applied: [Applied] = []
    /// Parameters an output matched but an explicit `--param` set instead.
    public var overridden: [String] = []
    /// Outputs that matched no parameter, as `stack.Output`.
    public var unmatched: [String] = []

    /// A report of nothing applied.
    public init() {}

    /// The report as lines for standard error; NoEcho values are masked.
    public var lines: [String] {
        var lines = applied.map {
            "applied \($0.parameter) = \($0.hidden ? "****" : $0.value) (from \($0.stack).\($0.output))"
        }
        if !overridden.isEmpty { lines.append("kept the given value for \(overridden.joined(separator: ", "))") }
        if !unmatched.isEmpty { lines.append("outputs that matched no parameter: \(unmatched.joined(separator: ", "))") }
        return lines
    }
}

/// Apply-stack: the outputs of upstream stacks become the `Default` of same-named parameters.
public enum StackApplication {
    /// Applies `stacks` (later ones win) to the parameters of `tree`.
    ///
    /// An output fills the parameter a mapping names, else the parameter of exactly its name, else the
    /// one whose name matches ignoring case and underscores. Apply never adds a parameter, skips those
    /// that opt out (`Parameter(…, applyStack: false)`), and leaves `explicit` names to `--param`.
    public static func apply(
        _ stacks: [StackOutputs], mappings: [OutputMapping] = [], to tree: inout Object, explicit: Set<String> = []
    ) -> ApplyReport {
        let report = match(stacks, mappings: mappings, in: tree, explicit: explicit)
        for applied in report.applied {
            tree["Parameters"]!.merge([applied.parameter: ["Default": .string(applied.value)]])
        }
        return report
    }

    /// Which outputs of `stacks` fill which parameters of `tree`, by the rules of
    /// ``apply(_:mappings:to:explicit:)``, without changing the tree: `applied` lists each parameter
    /// once, with the output that wins.
    public static func match(
        _ stacks: [StackOutputs], mappings: [OutputMapping] = [], in tree: Object, explicit: Set<String> = []
    ) -> ApplyReport {
        let parameters = tree["Parameters"]?.objectValue ?? Object()
        let optedOut = Set(
            (tree["Metadata"]?.objectValue?["Sparkle"]?.objectValue?["ApplyStack"]?.objectValue ?? Object())
                .filter { $0.value == .bool(false) }.map(\.key))
        var normalized: [String: String] = [:]
        for name in parameters.keys { normalized[Self.normalize(name), default: name] = name }
        let noEcho = tree.noEchoParameters

        var chosen: [String: ApplyReport.Applied] = [:]
        var order: [String] = []
        var report = ApplyReport()
        for stack in stacks {
            for (key, value) in stack.outputs {
                let mapped = mappings.last { $0.output == key && ($0.stack == nil || $0.stack == stack.stackName) }?.parameter
                let target = mapped ?? (parameters[key] != nil ? key : normalized[Self.normalize(key)])
                guard let parameter = target, parameters[parameter] != nil, !optedOut.contains(parameter) else {
                    report.unmatched.append("\(stack.stackName).\(key)")
                    continue
                }
                let hidden = noEcho.contains(parameter)
                if chosen[parameter] == nil { order.append(parameter) }
                chosen[parameter] = .init(parameter: parameter, stack: stack.stackName, output: key, value: value, hidden: hidden)
            }
        }
        for parameter in order {
            if explicit.contains(parameter) {
                report.overridden.append(parameter)
            } else {
                report.applied.append(chosen[parameter]!)
            }
        }
        return report
    }

    static func normalize(_ name: String) -> String {
        name.lowercased().filter { $0 != "_" && $0 != "-" }
    }
}
