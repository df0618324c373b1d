/// Reading numbers from text without changing them: the one rule both parsers follow.
extension Value {
    /// The value of a number written as JSON text (`-12`, `1.5`, `2.0e+10`): `.int` when it fits,
    /// `.double` when the nearest double is exactly the number written, and otherwise `.number`
    /// with the text as given, so that `1e400` never becomes infinity (or `null`) and
    /// `99999999999999999999` never becomes `1e+20`.
    public init(jsonNumber text: String) {
        if let int = Int(text) {
            self = .int(int)
        } else if let double = Double(text), double.isFinite,
            let written = DecimalDigits(text), written == DecimalDigits(double.description)
        {
            self = .double(double)
        } else {
            self = .number(NumberLiteral(text))
        }
    }
}

/// A number kept as its JSON text, for the values `Int` and `Double` cannot hold exactly.
///
/// Two literals are equal when they write the same number (`1e400` and `1.0e+400`), so a tree
/// read back from YAML, where the spelling must differ, still equals the tree it was written from.
public struct NumberLiteral: Sendable, Hashable, CustomStringConvertible {
    /// The number in JSON syntax. The text alone is stored, so a `Value` stays as small as its
    /// string case; the numeric value is worked out only to compare.
    public let text: String

    /// A literal of JSON number text, which should not fit `Int` or `Double` exactly (see
    /// ``Value/init(jsonNumber:)``, which decides).
    public init(_ text: String) {
        self.text = text
    }

    public var description: String { text }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        if lhs.text == rhs.text { return true }
        guard let left = DecimalDigits(lhs.text) else { return false }
        return left == DecimalDigits(rhs.text)
    }

    public func hash(into hasher: inout Hasher) {
        if let value = DecimalDigits(text) { hasher.combine(value) } else { hasher.combine(text) }
    }
}

/// A decimal number reduced to sign, significant digits and the position of the decimal point, so
/// that `1.50`, `15e-1` and `0.15E+1` compare equal.
private struct DecimalDigits: Hashable, Sendable {
    var negative: Bool
    /// Significant digits, without leading or trailing zeros (empty for zero).
    var digits: Substring
    /// The value is `0.digits × 10^exponent`.
    var exponent: Int
    /// A written exponent too large for `Int` (`1e99999999999999999999`), normalized, added to
    /// ``exponent``; nil for every other number.
    var hugeExponent: String?

    init?(_ text: String) {
        var body = Substring(text)
        negative = body.first == "-"
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        var exponentPart = 0
        var huge: String?
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            var written = body[body.index(after: e)...]
            if let value = Int(written) {
                exponentPart = value
            } else {
                let sign = written.first == "-" ? "-" : ""
                if written.first == "-" || written.first == "+" { written = written.dropFirst() }
                guard !written.isEmpty, written.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
                huge = sign + written.drop { $0 == "0" }
            }
            body = body[..<e]
        }
        let integer = body.prefix { $0 != "." }
        let fraction = body.dropFirst(integer.count + (integer.count < body.count ? 1 : 0))
        guard (integer + fraction).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let all = Substring(integer + fraction)
        let leadingZeros = all.prefix { $0 == "0" }.count
        let trimmed = all.dropFirst(leadingZeros)
        digits = trimmed.prefix(trimmed.count - trimmed.reversed().prefix { $0 == "0" }.count)
        exponent = digits.isEmpty ? 0 : integer.count - leadingZeros + exponentPart
        hugeExponent = digits.isEmpty ? nil : huge  // zero is zero, whatever its exponent
        if digits.isEmpty { negative = false }
    }
}
