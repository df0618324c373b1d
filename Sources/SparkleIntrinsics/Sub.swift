import SparkleTree

/// The string argument of `Fn::Sub`, written with Swift interpolation.
///
/// Interpolating a `Ref` or a `Fn::GetAtt` writes `${Name}` or `${Resource.Attribute}`; any other
/// value becomes a named variable of the variable map; Swift strings are spliced in as written. `\(literal: "aws:PrincipalTag/x")` writes
/// `${!aws:PrincipalTag/x}`, which CloudFormation passes through as the text `${aws:PrincipalTag/x}`.
public struct SubString: ExpressibleByStringInterpolation, Sendable {
    public private(set) var text = ""
    public private(set) var variables: [(String, Value)] = []

    /// A template with no interpolation.
    public init(stringLiteral value: String) { text = value }
    /// The template `stringInterpolation` built.
    public init(stringInterpolation: Interpolation) {
        text = stringInterpolation.text
        variables = stringInterpolation.variables
    }

    public struct Interpolation: StringInterpolationProtocol, Sendable {
        var text = ""
        var variables: [(String, Value)] = []

        /// An empty interpolation (Swift's string interpolation protocol).
        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        /// Appends literal text, written as it is.
        public mutating func appendLiteral(_ literal: String) { text += literal }

        /// `${Name}` for a Ref, `${Resource.Attribute}` for a GetAtt, else a `${VarN}` variable.
        public mutating func appendInterpolation(_ value: Value) {
            if let (name, argument) = value.intrinsic {
                if name == "Ref", let target = argument.stringValue {
                    text += "${\(target)}"
                    return
                }
                if name == "Fn::GetAtt", let parts = argument.arrayValue, parts.count == 2,
                    let resource = parts[0].stringValue, let attribute = parts[1].stringValue
                {
                    text += "${\(resource).\(attribute)}"
                    return
                }
            }
            if case .string(let plain) = value {
                text += plain
                return
            }
            let name = "Var\(variables.count + 1)"
            variables.append((name, value))
            text += "${\(name)}"
        }

        /// Swift text, spliced in as written (so it may itself hold `${…}` references).
        public mutating func appendInterpolation(_ text: String) { self.text += text }

        /// A number, spliced in as its decimal digits.
        public mutating func appendInterpolation(_ number: some BinaryInteger) { text += String(number) }

        /// `${!text}`: the literal text `${text}` in the result, not a substitution.
        public mutating func appendInterpolation(literal: String) { text += "${!\(literal)}" }
    }
}
