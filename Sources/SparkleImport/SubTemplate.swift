import Sparkle

/// The text of an `Fn::Sub`: literal runs and `${…}` references, as CloudFormation reads them.
struct SubTemplate {
    /// A piece of a Swift string literal: text, or an interpolation's source.
    enum Part: Equatable {
        case text(String)
        case interpolation(String)
    }

    /// A `${…}` reference, or literal text between them.
    enum Token: Equatable {
        case text(String)
        /// `${Name}` or `${Name.Attribute}`.
        case reference(String)
        /// `${!Literal}`: written as `${Literal}`, substituted by nothing.
        case escaped(String)
    }

    let tokens: [Token]

    init(_ text: String) {
        var tokens: [Token] = []
        var rest = Substring(text)
        while let start = rest.range(of: "${") {
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else { break }
            if start.lowerBound > rest.startIndex { tokens.append(.text(String(rest[..<start.lowerBound]))) }
            let inner = String(rest[start.upperBound..<end])
            tokens.append(inner.hasPrefix("!") ? .escaped(String(inner.dropFirst())) : .reference(inner))
            rest = rest[rest.index(after: end)...]
        }
        if !rest.isEmpty { tokens.append(.text(String(rest))) }
        self.tokens = tokens
    }

    /// The names the text refers to: `Bucket` of `${Bucket}` and `${Bucket.Arn}`.
    var names: Set<String> {
        Set(tokens.compactMap { if case .reference(let inner) = $0 { String(inner.prefix { $0 != "." }) } else { nil } })
    }

    /// The text with pseudo parameters and the resources that have handles interpolated
    /// (`"\(AWS.stackName)-\(bucket.ref)"`), with what it builds; nil when nothing in it has a
    /// handle, since then the `${…}` form reads as well.
    func interpolated(resources: [String: String]) -> (parts: [Part], built: SubString)? {
        var parts: [Part] = []
        var interpolation = SubString.Interpolation(literalCapacity: 0, interpolationCount: tokens.count)
        var handled = false
        func text(_ run: String) {
            if case .text(let previous)? = parts.last { parts[parts.count - 1] = .text(previous + run) } else { parts.append(.text(run)) }
            interpolation.appendLiteral(run)
        }
        for token in tokens {
            switch token {
            case .text(let run):
                text(run)
            case .escaped(let inner):
                text("${!\(inner)}")
            case .reference(let inner):
                let pieces = inner.split(separator: ".", maxSplits: 1).map(String.init)
                if let pseudo = IntrinsicCall.pseudoParameters[inner] {
                    parts.append(.interpolation("AWS.\(pseudo)"))
                    interpolation.appendInterpolation(Ref(inner))
                    handled = true
                } else if let handle = resources[pieces[0]], pieces.count == 1 {
                    parts.append(.interpolation("\(handle).ref"))
                    interpolation.appendInterpolation(ResourceName(pieces[0]).ref)
                    handled = true
                } else if let handle = resources[pieces[0]], pieces.count == 2 {
                    parts.append(.interpolation("\(handle).getAtt(\(SwiftLiteral.string(pieces[1])))"))
                    interpolation.appendInterpolation(ResourceName(pieces[0]).getAtt(pieces[1]))
                    handled = true
                } else {
                    text("${\(inner)}")
                }
            }
        }
        return handled ? (parts, SubString(stringInterpolation: interpolation)) : nil
    }
}
