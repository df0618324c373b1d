import Foundation
import Sparkle
import SparkleParsers
import Testing

/// The inputs fuzzing found (copied from `../shared/fuzz/` into `FuzzReproducers/`), each with what
/// it must do now. `Scripts/fuzz.sh` runs them under the address sanitizer as well.
@Suite struct FuzzRegressionTests {
    static let directory = testsDirectory.appendingPathComponent("FuzzReproducers")

    static func reproducer(_ name: String) throws -> (bytes: [UInt8], file: String) {
        let url = directory.appendingPathComponent(name)
        return (Array(try Data(contentsOf: url)), url.path)
    }

    static func parse(_ name: String) throws -> Value {
        let (bytes, file) = try reproducer(name)
        return try TemplateParser.parse(bytes, file: file)
    }

    static func properties(_ tree: Value, _ resource: String) -> Object? {
        tree.objectValue?["Resources"]?.objectValue?[resource]?.objectValue?["Properties"]?.objectValue
    }

    @Test func anAnchorOnAMappingKeyIsReadWithAWarningNamingIt() throws {
        let (bytes, file) = try Self.reproducer("yaml-anchor-on-key-use-after-free.yaml")
        var notes: [Diagnostic] = []
        let tree = try TemplateParser.parse(bytes, file: file, notes: &notes)
        #expect(tree.objectValue?["Resources"] == .object(Object()))
        #expect(notes.map(\.rule.id) == ["W9003"] && notes.first?.location?.line == 2 && notes.first?.message.contains("&anchor") == true)
    }

    @Test func deepFlowSequencesAreAnErrorNotAStackOverflow() throws {
        let (bytes, file) = try Self.reproducer("yaml-deep-flow-sequences-stack-overflow.yaml")
        #expect(throws: ParseError.self) { try TemplateParser.parse(bytes, file: file) }
        let deep = "A: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"
        let error = try #require(Self.parseError(deep))
        #expect(error.message == "nesting deeper than 256 levels" && error.line == 1)
    }

    static func parseError(_ text: String) -> ParseError? {
        do {
            _ = try TemplateParser.parse(Array(text.utf8), file: "t.yaml")
            return nil
        } catch {
            return error
        }
    }

    @Test func aSexagesimalIntegerPastIntMaxIsKeptExactly() throws {
        let tree = try Self.parse("yaml-sexagesimal-int-overflow-crash.yaml")
        #expect(Self.properties(tree, "Topic")?["DisplayName"] == .int(9_223_372_036_854_775_800))
        let past = try TemplateParser.parse(Array("K: 153722867280912931:00\nL: -153722867280912930:08\n".utf8), file: "t.yaml")
        #expect(past == ["K": .number(NumberLiteral("9223372036854775860")), "L": .int(-9_223_372_036_854_775_808)])
        #expect(JSONEmitter.string(past, style: .minified) == #"{"K":9223372036854775860,"L":-9223372036854775808}"#)
    }

    @Test(arguments: [
        ("1:2:3:4:5:6:7:8:9:10:11:12:13:14:15", Value.number(NumberLiteral("8104308840723929905199655"))),
        // yaml-sexagesimal-sum-a-double-holds.yaml: past Int, but a Double holds the sum exactly, as it
        // holds the same number written in decimal.
        ("7:0:0:7:0:1:0:0:05:0:0:0", .double(253_959_114_977_857_080_000)),
        ("1:30.5", .double(90.5)), ("076861365646500.6379", .number(NumberLiteral("76861365646500.6379"))), ("007.5", .double(7.5)), ("0:30", .string("0:30")), ("1:60", .string("1:60")), ("1:5.5:3", .string("1:5.5:3")),
    ])
    func plainNumbersReadAsYAML11AndWriteBackTheSame(_ text: String, _ expected: Value) throws {
        let tree = try TemplateParser.parse(Array("K: \(text)\n".utf8), file: "t.yaml")
        #expect(tree == ["K": expected])
        #expect(try TemplateParser.parse(YAMLEmitter.bytes(tree), file: "t.yaml") == tree)
        #expect(try TemplateParser.parse(JSONEmitter.bytes(tree), file: "t.json") == tree)
    }

    @Test func outOfRangeJSONNumbersAreKeptAsWritten() throws {
        let tree = try Self.parse("json-number-out-of-range-becomes-null.json")
        let properties = try #require(Self.properties(tree, "Queue"))
        #expect(properties["DelaySeconds"] == .number(NumberLiteral("1e400")))
        #expect(properties["MessageRetentionPeriod"] == .number(NumberLiteral("99999999999999999999")))
        let json = JSONEmitter.string(tree)
        #expect(json.contains(#""DelaySeconds": 1e400"#) && json.contains(#""MaximumMessageSize": -1E999"#))
        #expect(json.contains(#""MessageRetentionPeriod": 99999999999999999999"#))
        let yaml = YAMLEmitter.string(tree)
        #expect(yaml.contains("DelaySeconds: 1.0e+400") && yaml.contains("MaximumMessageSize: -1.0e+999"))
        #expect(try TemplateParser.parse(Array(yaml.utf8), file: "t.yaml") == tree)
    }

    @Test(arguments: [
        ("3.14159265358979323846", Value.number(NumberLiteral("3.14159265358979323846"))),
        ("0.1", .double(0.1)), ("1.50", .double(1.5)), ("1e2", .double(100)), ("-0.0", .double(-0.0)),
        ("9223372036854775807", .int(.max)), ("9223372036854775808", .number(NumberLiteral("9223372036854775808"))),
        ("-0E9999999999999999999", .double(-0.0)), ("2e99999999999999999999", .number(NumberLiteral("2.0e+99999999999999999999"))),
    ])
    func aNumberIsADoubleOnlyWhenTheDoubleIsExactlyIt(_ text: String, _ expected: Value) throws {
        #expect(Value(jsonNumber: text) == expected)
        #expect(try TemplateParser.parse(Array("{\"K\": \(text)}".utf8), file: "t.json") == ["K": expected])
    }

    @Test func keysOverAThousandCharactersUseTheExplicitKeyForm() throws {
        let tree = try Self.parse("yaml-key-over-1024-chars-unreadable.json")
        let yaml = YAMLEmitter.string(tree)
        #expect(yaml.contains("\n      ? xxxx"))
        #expect(try TemplateParser.parse(Array(yaml.utf8), file: "t.yaml") == tree)
    }

    @Test func aKeyWhoseEscapesMakeItLongUsesTheExplicitForm() throws {
        let key = String(repeating: "\u{1}", count: 300)  // 300 scalars, each written \x01: 1,202 characters
        let tree: Value = ["A": .object(Object(pairs: [(key, Value.string("v"))]))]
        let yaml = YAMLEmitter.string(tree)
        #expect(yaml.hasPrefix("A:\n  ? \""))
        #expect(try TemplateParser.parse(Array(yaml.utf8), file: "t.yaml") == tree)
    }

    @Test func shortTagsWithNonStringScalarsKeepTheLongForm() throws {
        let tree = try Self.parse("yaml-short-tag-nonstring-argument.json")
        let yaml = YAMLEmitter.string(tree)
        #expect(yaml.contains("Fn::GetAZs: null") && yaml.contains("Fn::Base64: 5") && yaml.contains("Fn::ImportValue: true"))
        #expect(try TemplateParser.parse(Array(yaml.utf8), file: "t.yaml") == tree)
    }

    @Test func unknownTagsAreCarriedThroughAsCfnFlipReadsThem() throws {
        let yaml = "A: !Rain::Embed file.txt\nB: !Contains [[a, b], !Ref P]\nC: !Macro {k: v}\n"
        let tree = try TemplateParser.parse(Array(yaml.utf8), file: "t.yaml")
        #expect(tree == [
            "A": ["Fn::Rain::Embed": "file.txt"], "B": ["Fn::Contains": [["a", "b"], ["Ref": "P"]]],
            "C": ["Fn::Macro": ["k": "v"]],
        ])
        #expect(YAMLEmitter.string(tree) == "A: !Rain::Embed file.txt\nB: !Contains\n  - - a\n    - b\n  - !Ref P\nC: !Macro\n  k: v\n")
        #expect(try TemplateParser.parse(JSONEmitter.bytes(tree), file: "t.json") == tree)
    }

    /// Whatever a reproducer parses to writes back, in both formats, to the same tree (the
    /// harness's property; `yaml-key-that-is-no-tag-name.yaml` once broke it).
    @Test func everyReproducerThatParsesRoundTrips() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path).sorted()
        #expect(names.count >= 6)
        for name in names {
            guard let tree = try? Self.parse(name) else { continue }
            #expect(try TemplateParser.parse(YAMLEmitter.bytes(tree), file: "\(name).yaml") == tree, "\(name)")
            #expect(try TemplateParser.parse(JSONEmitter.bytes(tree), file: "\(name).json") == tree, "\(name)")
        }
    }

    @Test func aQuoteBeforeACombiningMarkIsDoubledInSingleQuotes() throws {
        let tree: Value = ["K": "2010-0'\u{6E4}a'9-09"]
        let yaml = YAMLEmitter.string(tree)
        #expect(yaml == "K: '2010-0''\u{6E4}a''9-09'\n")
        #expect(try TemplateParser.parse(Array(yaml.utf8), file: "t.yaml") == tree)
    }

    @Test func aOneKeyObjectWhoseKeyIsNoTagNameKeepsTheLongForm() {
        let tree: Value = ["A": ["Fn::I?sProd": "x"], "B": ["Fn::Ref": "z"]]
        #expect(YAMLEmitter.string(tree) == "A:\n  Fn::I?sProd: x\nB:\n  Fn::Ref: z\n")
    }
}
