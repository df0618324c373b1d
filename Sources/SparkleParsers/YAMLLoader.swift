import CYaml  // libyaml, as vendored by Yams: its event API, with no node layer in between
import SparkleTree

/// Loads CloudFormation YAML with libyaml's event parser and builds the long-form tree directly.
///
/// Plain scalars resolve as YAML 1.1 loaders (PyYAML, and so cfn-lint) read them: booleans
/// (`yes`, `on`, `true`, …), null, integers in every notation, floats. Dates stay strings, as
/// CloudFormation keeps them. Anchors, aliases and merge keys (`<<`) are expanded, as cfn-lint and
/// `aws cloudformation package` read them, each with a warning in ``notes``, since CloudFormation
/// itself refuses them; aliases may add at most ``maximumAliasNodes`` nodes. Non-scalar keys,
/// duplicate keys and tags that cannot name a function (`!!binary`, verbatim tags) are errors; any
/// other `!Name` reads as `Fn::Name`, as cfn-lint and cfn-flip read it. Nesting stops at
/// `maximumDepth` levels.
final class YAMLLoader {
    private let file: String
    private var parser = yaml_parser_t()
    /// The text being read, for a closer look at where libyaml stopped; valid while `load` runs.
    private var input = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// The values anchored so far, by anchor name.
    private var anchors: [String: Value] = [:]
    /// How many nodes the aliases read so far stand for: bounded, so that a few lines of nested
    /// aliases (the "billion laughs") cannot make a tree no check or writer could walk.
    private var aliasNodes = 0
    static let maximumAliasNodes = 1_000_000
    /// Warnings about what was read: anchors, aliases and merge keys, which CloudFormation refuses.
    private(set) var notes: [Diagnostic] = []

    /// The document in `text`, and the warnings reading it gave.
    static func load(_ text: String, file: String) throws(ParseError) -> (value: Value, notes: [Diagnostic]) {
        var text = text
        let result: Result<(Value, [Diagnostic]), ParseError> = text.withUTF8 { bytes in
            let loader = YAMLLoader(file: file)
            loader.input = bytes
            yaml_parser_set_input_string(&loader.parser, bytes.baseAddress, bytes.count)
            return Result { () throws(ParseError) -> (Value, [Diagnostic]) in (try loader.loadSingleDocument(), loader.notes) }
        }
        return try result.get()
    }

    private init(file: String) {
        self.file = file
        yaml_parser_initialize(&parser)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    }

    deinit { yaml_parser_delete(&parser) }

    private func error(_ message: String, at mark: yaml_mark_t) -> ParseError {
        ParseError(file: file, line: mark.line + 1, column: mark.column + 1, message: message)
    }

    /// The next event; the caller deletes it.
    private func next() throws(ParseError) -> yaml_event_t {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            var message = parser.problem.map { String(cString: $0) } ?? "the YAML is malformed"
            // libyaml's words for a tab say nothing of tabs.
            let offset = Int(parser.problem_mark.index)
            if offset < input.count, input[offset] == UInt8(ascii: "\t") {
                message += ": a tab; YAML is indented with spaces only"
            }
            if let context = parser.context {
                message += " (\(String(cString: context)) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
            }
            throw error(message, at: parser.problem_mark)
        }
        return event
    }

    private func loadSingleDocument() throws(ParseError) -> Value {
        var event = try next()  // stream start
        yaml_event_delete(&event)
        event = try next()
        defer { yaml_event_delete(&event) }
        guard event.type == YAML_DOCUMENT_START_EVENT else {
            throw error("the document is empty", at: event.start_mark)
        }
        var root = try next()
        let value = try load(&root, depth: 0)
        var end = try next()  // document end
        yaml_event_delete(&end)
        var after = try next()
        defer { yaml_event_delete(&after) }
        guard after.type == YAML_STREAM_END_EVENT else {
            throw error("expected a single document in the stream, but found another document", at: after.start_mark)
        }
        return value
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// Records an anchored value, and says once per document that anchors are expanded.
    private func anchor(_ name: String, _ value: Value, at mark: yaml_mark_t) {
        if anchors.isEmpty {
            note(
                .yamlAlias,
                "anchors and aliases (&\(name)) are expanded here, as cfn-lint and `aws cloudformation package` read them, but CloudFormation refuses them; convert writes them out",
                at: mark)
        }
        anchors[name] = value
    }

    /// The value an alias names, counted against ``maximumAliasNodes``.
    private func alias(_ name: String, at mark: yaml_mark_t) throws(ParseError) -> Value {
        guard let value = anchors[name] else { throw error("alias *\(name) names no anchor defined before it", at: mark) }
        aliasNodes += Self.nodeCount(value, upTo: Self.maximumAliasNodes - aliasNodes + 1)
        guard aliasNodes <= Self.maximumAliasNodes else {
            throw error("aliases expand to more than \(Self.maximumAliasNodes) nodes; write the values out", at: mark)
        }
        return value
    }

    /// The nodes of `value`, counted up to `limit`.
    private static func nodeCount(_ value: Value, upTo limit: Int) -> Int {
        var count = 0
        var pending = [value]
        while let next = pending.popLast(), count < limit {
            count += 1
            switch next {
            case .array(let elements): pending += elements
            case .object(let object): pending += object.entries.values
            default: break
            }
        }
        return count
    }

    private func note(_ rule: Rule, _ message: String, at mark: yaml_mark_t) {
        notes.append(
            Diagnostic(rule: rule, message: message, location: SourceLocation(file: file, line: mark.line + 1, column: mark.column + 1)))
    }

    /// The node that starts with `event` (which this deletes), with everything inside it; an
    /// anchored node is recorded for the aliases that follow.
    private func load(_ event: inout yaml_event_t, depth: Int) throws(ParseError) -> Value {
        defer { yaml_event_delete(&event) }
        let mark = event.start_mark
        guard depth < maximumDepth else { throw error("nesting deeper than \(maximumDepth) levels", at: mark) }
        let anchorName: String?
        switch event.type {
        case YAML_SCALAR_EVENT: anchorName = Self.string(event.data.scalar.anchor)
        case YAML_SEQUENCE_START_EVENT: anchorName = Self.string(event.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT: anchorName = Self.string(event.data.mapping_start.anchor)
        default: anchorName = nil
        }
        let value = try loadNode(&event, at: mark, depth: depth)
        if let anchorName { anchor(anchorName, value, at: mark) }
        return value
    }

    private func loadNode(_ event: inout yaml_event_t, at mark: yaml_mark_t, depth: Int) throws(ParseError) -> Value {
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            guard let tag = Self.string(scalar.tag) else {
                return scalar.style == YAML_PLAIN_SCALAR_STYLE ? Self.resolvePlain(text) : .string(text)
            }
            return try tagged(tag, .string(text), at: mark)
        case YAML_SEQUENCE_START_EVENT:
            let tag = Self.string(event.data.sequence_start.tag)
            var elements: [Value] = []
            while true {
                var item = try next()
                if item.type == YAML_SEQUENCE_END_EVENT {
                    yaml_event_delete(&item)
                    break
                }
                elements.append(try load(&item, depth: depth + 1))
            }
            return try untaggedOrTagged(tag, .array(elements), at: mark)
        case YAML_MAPPING_START_EVENT:
            let tag = Self.string(event.data.mapping_start.tag)
            var object = Object()
            // Mappings merged in with `<<`, in order: explicit keys win over them, earlier over later.
            var merged: [Object] = []
            while true {
                var keyEvent = try next()
                if keyEvent.type == YAML_MAPPING_END_EVENT {
                    yaml_event_delete(&keyEvent)
                    break
                }
                let keyMark = keyEvent.start_mark
                let key: String
                switch keyEvent.type {
                case YAML_SCALAR_EVENT:
                    let keyScalar = keyEvent.data.scalar
                    let isMergeKey = keyScalar.style == YAML_PLAIN_SCALAR_STYLE && keyScalar.length == 2
                        && keyScalar.value[0] == UInt8(ascii: "<") && keyScalar.value[1] == UInt8(ascii: "<")
                    // Everything the event points to is read before it is deleted: the anchor too.
                    let anchorName = Self.string(keyScalar.anchor)
                    let keyTag = Self.string(keyScalar.tag)
                    key = String(decoding: UnsafeBufferPointer(start: keyScalar.value, count: keyScalar.length), as: UTF8.self)
                    yaml_event_delete(&keyEvent)
                    if isMergeKey {
                        note(.yamlMergeKey, "merge keys (<<) are expanded here, as cfn-lint reads them, but CloudFormation refuses them; convert writes the keys out", at: keyMark)
                        var valueEvent = try next()
                        let source = try load(&valueEvent, depth: depth + 1)
                        guard let mappings = source.objectValue.map({ [$0] }) ?? source.arrayValue?.compactMap(\.objectValue),
                            mappings.count == (source.arrayValue?.count ?? 1)
                        else { throw error("a merge key (<<) takes a mapping or a list of mappings", at: keyMark) }
                        merged += mappings
                        continue
                    }
                    if let anchorName { anchor(anchorName, .string(key), at: keyMark) }
                    if let keyTag, keyTag != "!", keyTag != "tag:yaml.org,2002:str" {
                        throw error("mapping keys cannot be tagged (\(keyTag)); write the key as a plain string", at: keyMark)
                    }
                case YAML_ALIAS_EVENT:
                    let name = Self.string(keyEvent.data.alias.anchor) ?? ""
                    yaml_event_delete(&keyEvent)
                    guard case .string(let text) = try alias(name, at: keyMark) else {
                        throw error("mapping keys must be plain strings; *\(name) is not one", at: keyMark)
                    }
                    key = text
                default:
                    yaml_event_delete(&keyEvent)
                    throw error("mapping keys must be plain strings", at: keyMark)
                }
                let origin = SourceLocation(file: file, line: keyMark.line + 1, column: keyMark.column + 1)
                var valueEvent = try next()
                if let first = object.appendRead(key, try load(&valueEvent, depth: depth + 1), origin: origin) {
                    throw error(
                        "duplicate key '\(key)' (first at line \(first.line), column \(first.column ?? 1)); CloudFormation keeps only one",
                        at: keyMark)
                }
            }
            for mapping in merged {
                for (key, value) in mapping where object[key] == nil {
                    object.set(key, value, origin: mapping.origin(of: key))
                }
            }
            return try untaggedOrTagged(tag, .object(object), at: mark)
        case YAML_ALIAS_EVENT:
            return try alias(Self.string(event.data.alias.anchor) ?? "", at: mark)
        default:
            throw error("unexpected YAML structure", at: mark)
        }
    }

    private func untaggedOrTagged(_ tag: String?, _ value: Value, at mark: yaml_mark_t) throws(ParseError) -> Value {
        guard let tag, tag != "!" else { return value }
        return try tagged(tag, value, at: mark)
    }

    /// A tagged node: a CloudFormation short form (`!Ref`, `!GetAtt`, …) or a YAML core tag.
    private func tagged(_ tag: String, _ value: Value, at mark: yaml_mark_t) throws(ParseError) -> Value {
        let core = "tag:yaml.org,2002:"
        if tag.hasPrefix(core) {
            let name = tag.dropFirst(core.count)
            let text = value.stringValue
            switch name {
            case "str": if let text { return .string(text) }
            case "int": if let text, case .int(let int) = Self.resolvePlain(text) { return .int(int) }
            case "float":
                if let text, let double = Double(text.replacingOccurrences(of: "_", with: "")) { return .double(double) }
            case "bool": if let text, case .bool(let bool) = Self.resolvePlain(text) { return .bool(bool) }
            case "null": if let text, Self.resolvePlain(text) == .null { return .null }
            case "map": if value.objectValue != nil { return value }
            case "seq": if value.arrayValue != nil { return value }
            default: throw error("unsupported tag !!\(name)", at: mark)
            }
            throw error("value does not fit its tag !!\(name)", at: mark)
        }
        if tag == "!" { return value }  // non-specific: a plain string
        guard tag.hasPrefix("!"), let function = IntrinsicFunctions.function(forTag: String(tag.dropFirst())) else {
            throw error("unsupported tag \(tag): CloudFormation's short forms are written !Name (!Ref, !Sub, !GetAtt, …)", at: mark)
        }
        // A malformed argument is kept as written: the validator reports it (E2001) with the rest.
        // `!GetAtt A.B` is [A, B], and `!GetAtt A` is [A], as cfn-lint and cfn-flip read them.
        if function == "Fn::GetAtt", let dotted = value.stringValue {
            guard let (resource, attribute) = IntrinsicFunctions.resourceAndAttribute(dotted) else { return [function: [.string(dotted)]] }
            return [function: [.string(resource), .string(attribute)]]
        }
        return [function: value]
    }

    // MARK: YAML 1.1 plain scalars

    /// What a YAML 1.1 loader makes of a plain scalar.
    static func resolvePlain(_ text: String) -> Value {
        guard let first = text.utf8.first else { return .null }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            if text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null }
        default: break
        }
        if let bool = booleans[text] { return .bool(bool) }
        let isNumeric =
            (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
        guard isNumeric else { return .string(text) }
        return number(text) ?? .string(text)
    }

    private static let booleans: [String: Bool] = [
        "yes": true, "Yes": true, "YES": true, "no": false, "No": false, "NO": false,
        "true": true, "True": true, "TRUE": true, "false": false, "False": false, "FALSE": false,
        "on": true, "On": true, "ON": true, "off": false, "Off": false, "OFF": false,
    ]

    /// YAML 1.1 integers (decimal, `0` octal, `0x`, `0b`, `1:30` sexagesimal, `_` separators) and
    /// floats (`1.5`, `.5`, `1.0e+3`, `.inf`, `.nan`).
    /// A base-60 number as YAML 1.1 reads it (`1:30`, `190:20:30.15`): the first part any size (an
    /// integer's starts with 1-9), the rest 0...59, a fraction only after the last. Integers are
    /// summed exactly; one too large for `Int` is a `Double` only when that holds it exactly, else its
    /// decimal text, never rounded or trapped on.
    private static func sexagesimal(_ body: Substring, negative: Bool) -> Value? {
        let parts = body.split(separator: ":", omittingEmptySubsequences: false).map { $0.filter { $0 != "_" } }
        let isFloat = parts.last!.contains(".")
        let fraction = isFloat ? parts.last!.drop { $0 != "." }.dropFirst() : ""
        guard let lead = parts[0].first, isFloat || lead != "0", parts[0].allSatisfy(\.isASCIIDigit),
            fraction.allSatisfy(\.isASCIIDigit)
        else { return nil }
        for (index, part) in parts.enumerated().dropFirst() {
            let whole = part.prefix { $0 != "." }
            guard (1...2).contains(whole.count), whole.allSatisfy(\.isASCIIDigit), Int(whole)! < 60,
                whole.count == part.count || index == parts.count - 1
            else { return nil }
        }
        if isFloat {
            let total = parts.reduce(0.0) { $0 * 60 + Double($1.hasSuffix(".") ? $1 + "0" : $1)! }
            return total.isFinite ? .double(negative ? -total : total) : nil
        }
        // Exact arithmetic on the magnitude, with the sign applied last so Int.min still fits.
        var magnitude: [UInt32] = [0]  // base 10⁹, least significant first
        func multiplyAdd(_ factor: UInt64, _ addend: UInt64) {
            var carry = addend
            for index in magnitude.indices {
                let product = UInt64(magnitude[index]) * factor + carry
                magnitude[index] = UInt32(product % 1_000_000_000)
                carry = product / 1_000_000_000
            }
            while carry > 0 {
                magnitude.append(UInt32(carry % 1_000_000_000))
                carry /= 1_000_000_000
            }
        }
        for (index, part) in parts.enumerated() {
            if index == 0 {
                for digit in part.utf8 { multiplyAdd(10, UInt64(digit - UInt8(ascii: "0"))) }
            } else {
                multiplyAdd(60, UInt64(part)!)
            }
        }
        var decimal = String(magnitude.last!)
        for chunk in magnitude.dropLast().reversed() {
            let text = String(chunk)
            decimal += String(repeating: "0", count: 9 - text.count) + text
        }
        // The one decision every integer text goes through, so that the sum reads back as the
        // same case when it is written out in decimal (fuzz finding: a sum that a Double holds
        // exactly came back as a Double, not as a literal).
        return Value(jsonNumber: (negative ? "-" : "") + decimal)
    }

    private static func number(_ text: String) -> Value? {
        var body = Substring(text)
        var negative = false
        if body.first == "-" || body.first == "+" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        switch body {
        case ".inf", ".Inf", ".INF": return .double(negative ? -.infinity : .infinity)
        case ".nan", ".NaN", ".NAN": return text.first == "." ? .double(.nan) : nil
        default: break
        }
        guard let lead = body.first, lead.isASCIIDigit || lead == "." else { return nil }
        let digits = body.filter { $0 != "_" }
        func signed(_ magnitude: Int?) -> Value? { magnitude.map { .int(negative ? -$0 : $0) } }
        if body.hasPrefix("0x") { return signed(Int(digits.dropFirst(2), radix: 16)) }
        if body.hasPrefix("0b") { return signed(Int(digits.dropFirst(2), radix: 2)) }
        if body.contains(":") {
            // Sexagesimal: base-60 parts, the first any size, the rest 0...59.
            return sexagesimal(body, negative: negative)
        }
        let allDigits = digits.allSatisfy { $0.isASCII && $0.isNumber }
        if allDigits {
            if digits.count > 1, digits.first == "0" {
                return digits.allSatisfy({ $0 < "8" }) ? signed(Int(digits, radix: 8)) : nil
            }
            return Value(jsonNumber: (negative ? "-" : "") + digits)  // the sign first: Int.min fits
        }
        // Floats need a dot; an exponent needs its sign (YAML 1.1).
        guard digits.contains(".") else { return nil }
        let parts = digits.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        let mantissa = parts[0].split(separator: "E", maxSplits: 1, omittingEmptySubsequences: false)
        let exponentText = parts.count > 1 ? parts[1] : (mantissa.count > 1 ? mantissa[1] : nil)
        let mantissaText = parts.count > 1 ? parts[0] : mantissa[0]
        guard mantissaText.filter({ $0 == "." }).count == 1,
            mantissaText.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "." }),
            mantissaText.contains(where: { $0.isNumber })
        else { return nil }
        if let exponentText {
            guard exponentText.first == "+" || exponentText.first == "-", exponentText.count > 1,
                exponentText.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
            else { return nil }
        }
        // The same number in JSON's spelling: one digit or more on each side of the point, no
        // leading zeros (YAML 1.1 allows `007.5`), no `+` before it.
        let integerPart = mantissaText.prefix { $0 != "." }.drop { $0 == "0" }
        var json = (negative ? "-" : "") + (integerPart.isEmpty ? "0" : integerPart) + mantissaText.drop { $0 != "." }
        if mantissaText.hasSuffix(".") { json += "0" }
        if let exponentText { json += "e" + exponentText }
        return Value(jsonNumber: json)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
