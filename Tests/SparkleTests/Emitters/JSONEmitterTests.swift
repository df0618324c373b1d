import Foundation
import Sparkle
import Testing

@Suite struct JSONEmitterTests {
    @Test func prettyOutputIsTwoSpaceIndentedWithAFinalNewline() {
        let value: Value = ["A": [1, 2.5, true, nil], "B": [:], "C": [], "D": ["E": "f"]]
        #expect(
            JSONEmitter.string(value) == """
                {
                  "A": [
                    1,
                    2.5,
                    true,
                    null
                  ],
                  "B": {},
                  "C": [],
                  "D": {
                    "E": "f"
                  }
                }

                """)
    }

    @Test func stringsEscapeOnlyWhatJSONRequires() {
        let value: Value = .string("a/b \"q\" \\ \n\t\r\u{08}\u{0C}\u{01} é ✓ 𝄞")
        #expect(JSONEmitter.string(value, style: .minified) == #""a/b \"q\" \\ \n\t\r\b\f\u0001 é ✓ 𝄞""#)
    }

    @Test func numbersKeepTheirKind() {
        #expect(JSONEmitter.string([1, 1.0, 0.1, -3, 1e21], style: .minified) == "[1,1.0,0.1,-3,1e+21]")
    }

    /// Property test: random trees survive emit → Foundation's parser → back, pretty or minified.
    @Test(arguments: 0..<200)
    func randomTreesRoundTripThroughAnIndependentParser(_ seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let tree = Value.random(depth: 4, using: &generator)
        for style in [JSONEmitter.Style.pretty, .minified] {
            let bytes = JSONEmitter.bytes(.object(Object(["Root": tree])), style: style)
            let parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            #expect(Value(foundation: parsed).unordered == Value.object(Object(["Root": tree])).unordered)
        }
    }
}

/// SplitMix64: a small deterministic generator for property tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Value {
    static func random(depth: Int, using generator: inout SeededGenerator) -> Value {
        let pick = Int.random(in: 0..<(depth > 0 ? 7 : 5), using: &generator)
        switch pick {
        case 0: return .string(randomString(using: &generator))
        case 1: return .int(Int.random(in: -1_000_000...1_000_000, using: &generator))
        case 2: return .double(Double(Int.random(in: -10000...10000, using: &generator)) / 64)
        case 3: return .bool(Bool.random(using: &generator))
        case 4: return .null
        case 5: return .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in random(depth: depth - 1, using: &generator) })
        default:
            var object = Object()
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                object[randomString(using: &generator)] = random(depth: depth - 1, using: &generator)
            }
            return .object(object)
        }
    }

    static func randomString(using generator: inout SeededGenerator) -> String {
        let alphabet = Array("abcXYZ019 -_/:\"\\\n\t{}$!é✓𝄞\u{01}")
        return String((0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Foundation's parser yields unordered dictionaries; compare with keys sorted.
    init(foundation: Any) {
        switch foundation {
        case let string as String: self = .string(string)
        case let number as NSNumber:
            // Foundation answers NSNumber for booleans and numbers alike; its type code tells them apart.
            switch String(cString: number.objCType) {
            case "c": self = .bool(number.boolValue)
            case "d", "f": self = .double(number.doubleValue)
            default: self = .int(number.intValue)
            }
        case let array as [Any]: self = .array(array.map(Value.init(foundation:)))
        case let dictionary as [String: Any]:
            var object = Object()
            for key in dictionary.keys.sorted() { object[key] = Value(foundation: dictionary[key]!) }
            self = .object(object)
        default: self = .null
        }
    }

    /// This value with every object's keys sorted and integral doubles as ints, the information
    /// Foundation's parser keeps.
    var unordered: Value {
        switch self {
        case .array(let elements): return .array(elements.map(\.unordered))
        case .object(let object):
            var sorted = Object()
            for key in object.keys.sorted() { sorted[key] = object[key]!.unordered }
            return .object(sorted)
        case .double(let double) where double == double.rounded() && abs(double) < 1e15: return .int(Int(double))
        default: return self
        }
    }
}
