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
    /// The number in JSON syntax.
    public let text: String
    private let value: DecimalDigits?

    /// A literal of JSON number text, which should not fit `Int` or `Double` exactly (see
    /// ``Value/init(jsonNumber:)``, which decides).
    public init(_ text: String) {
        self.text = text
        value = DecimalDigits(text)
    }

    public var description: String { text }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.value != nil ? lhs.value == rhs.value : lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        if let value { hasher.combine(value) } else { hasher.combine(text) }
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

    init?(_ text: String) {
        var body = Substring(text)
        negative = body.first == "-"
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        var exponentPart = 0
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(body[body.index(after: e)...]) else { return nil }
            exponentPart = value
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
        if digits.isEmpty { negative = false }
    }
}
