import Foundation
import Sparkle
import SparkleParsers
import Testing

private func parse(_ text: String, _ file: String = "t.yaml") throws -> Value {
    try TemplateParser.parse(Array(text.utf8), file: file)
}

private func parseError(_ text: String, _ file: String = "t.yaml") -> ParseError? {
    do {
        _ = try TemplateParser.parse(Array(text.utf8), file: file)
        return nil
    } catch {
        return error
    }
}

@Suite struct JSONParserTests {
    @Test func keepsOrderAndRecordsKeyPositions() throws {
        let value = try parse("{\n  \"Zeta\": 1,\n  \"Alpha\": [true, null, -2.5e3, \"\\u00e9\\ud834\\udd1e\\n\"]\n}", "t.json")
        #expect(value == ["Zeta": 1, "Alpha": [true, nil, -2500.0, "é𝄞\n"]])
        #expect(value.nearestOrigin(along: ["Alpha"]) == SourceLocation(file: "t.json", line: 3, column: 3))
    }

    @Test(arguments: [
        ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key 'a' (first at line 1, column 2)"),
        ("{\"a\": 1", 1, 8, "expected ',' or '}' to close the object, found the end of the file"),
        ("{\"a\": [1, 2}", 1, 12, "expected ',' or ']' in an array, found '}'"),
        ("{\"a\": 01}", 1, 7, "numbers may not have leading zeros"),
        ("{\"a\": \"x\\q\"}", 1, 9, "invalid escape '\\q' in a string"),
        ("{\"a\": \"x\ny\"}", 1, 9, "a control character (0xa) must be escaped inside a string"),
        ("{\"a\": 1,}", 1, 9, "expected a key in double quotes, found '}'"),
        ("{} {}", 1, 4, "unexpected text after the end of the document"),
        ("", 1, 1, "the document is empty"),
        ("{\"a\": tru}", 1, 7, "expected 'true', found 't'"),
    ])
    func errorsSayWhereAndWhat(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        let error = parseError(text, "t.json")
        #expect(error == ParseError(file: "t.json", line: line, column: column, message: message))
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(parseError(deep, "t.json")?.message == "nesting deeper than 256 levels")
    }
}

@Suite struct YAMLParserTests {
    @Test func shortFormsBecomeLongForm() throws {
        let yaml = """
            A: !Ref Name
            B: !GetAtt Res.Attr.Deep
            C: !GetAtt [Res, Attr]
            D: !Sub "${AWS::Region}-x"
            E: !Join ['', [a, !Ref B]]
            F: !If [Cond, !Base64 x, !Ref AWS::NoValue]
            G: !Select [0, !GetAZs '']
            H: !Condition IsProd
            I: !Equals [a, b]
            J: !FindInMap [M, !Ref AWS::Region, Ami]
            K: !Split [',', !ImportValue exported]
            L: !Cidr [10.0.0.0/16, 6, 8]
            M: !Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}
            N: !GetStackOutput {StackName: net, OutputName: VpcId}
            O: !And [!Condition A, !Or [!Not [!Condition B], !Condition C]]
            """
        #expect(
            try parse(yaml) == [
                "A": Ref("Name"), "B": Fn.getAtt("Res", "Attr.Deep"), "C": Fn.getAtt("Res", "Attr"),
                "D": Fn.sub("${AWS::Region}-x"), "E": Fn.join("", ["a", Ref("B")]),
                "F": Fn.if(ConditionName("Cond"), Fn.base64("x"), AWS.noValue), "G": Fn.select(0, Fn.getAZs()),
                "H": ["Condition": "IsProd"], "I": Fn.equals("a", "b").value,
                "J": Fn.findInMap("M", AWS.region, "Ami"), "K": Fn.split(",", Fn.importValue("exported")),
                "L": Fn.cidr("10.0.0.0/16", count: 6, cidrBits: 8),
                "M": Fn.transform("AWS::Include", parameters: ["Location": "s3://b/k"]),
                "N": ["Fn::GetStackOutput": ["StackName": "net", "OutputName": "VpcId"]],
                "O": Fn.and(Fn.condition(ConditionName("A")), Fn.or(Fn.not(Fn.condition(ConditionName("B"))), Fn.condition(ConditionName("C")))).value,
            ])
    }

    @Test(arguments: [
        ("yes", Value.bool(true)), ("On", .bool(true)), ("FALSE", .bool(false)), ("off", .bool(false)),
        ("y", .string("y")), ("~", .null), ("null", .null), ("", .null), ("42", .int(42)), ("-7", .int(-7)),
        ("0755", .int(493)), ("0x1F", .int(31)), ("0b101", .int(5)), ("1_000", .int(1000)), ("1:30", .int(90)),
        ("1.5", .double(1.5)), (".5", .double(0.5)), ("1.0e+3", .double(1000)), ("1e3", .string("1e3")),
        ("2010-09-09", .string("2010-09-09")), ("012345678901", .string("012345678901")), ("'012345678901'", .string("012345678901")),
        ("\"true\"", .string("true")), ("!!str 42", .string("42")), ("!!int '42'", .int(42)), ("t3.micro", .string("t3.micro")),
    ])
    func plainScalarsResolveAsYAML11Loaders(_ text: String, _ expected: Value) throws {
        #expect(try parse("K: \(text)\n") == ["K": expected])
    }

    @Test func theSeedsDuplicateTagsKeyIsRejectedWithItsLine() {
        let yaml = """
            Resources:
              Machine:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  tags:
                    - Key: a
                      Value: b
                  tags:
                    - Key: c
                      Value: d
            """
        let error = parseError(yaml)
        #expect(error?.message == "duplicate key 'tags' (first at line 5, column 7); CloudFormation keeps only one")
        #expect(error?.line == 8)
    }

    @Test(arguments: [
        ("A: *x\n", 1, "alias *x names no anchor defined before it"),
        ("A: {k: v}\nB:\n  <<: [1]\n", 3, "a merge key (<<) takes a mapping or a list of mappings"),
        ("A: !!binary eA==\n", 1, "unsupported tag !!binary"),
        ("A: !<tag:example.com,2000:x> y\n", 1, "unsupported tag tag:example.com,2000:x"),
        ("A:\n\tB: 1\n", 2, "found character that cannot start any token: a tab; YAML is indented with spaces only"),
        ("A: [1, 2\nB: 3\n", 2, "did not find expected ',' or ']'"),
        ("A: 1\n---\nB: 2\n", 2, "expected a single document in the stream, but found another document"),
        ("A: 'unterminated\n", 2, "found unexpected end of stream"),
        ("[1, 2]: x\n", 1, "mapping keys must be plain strings"),
    ])
    func badYAMLIsAClearErrorWithALine(_ text: String, _ line: Int, _ message: String) {
        let error = parseError(text)
        #expect(error?.line == line, "\(String(describing: error))")
        #expect(error?.message.hasPrefix(message) == true, "\(String(describing: error))")
    }

    @Test func anchorsAliasesAndMergeKeysAreExpandedWithWarnings() throws {
        let yaml = """
            Base: &base {Type: String, Default: a}
            Other: &other {Description: d, Default: z}
            Copy: *base
            Merged:
              <<: [*base, *other]
              Default: b
            """
        var notes: [Diagnostic] = []
        let tree = try TemplateParser.parse(Array(yaml.utf8), file: "t.yaml", notes: &notes)
        #expect(tree.objectValue?["Copy"] == ["Type": "String", "Default": "a"])
        // Explicit keys win over merged ones, and earlier merged mappings over later ones.
        #expect(tree.objectValue?["Merged"] == ["Default": "b", "Type": "String", "Description": "d"])
        #expect(notes.map(\.rule.id) == ["W9003", "W1100"])
        #expect(notes.map { $0.location?.line } == [1, 5])
    }

    @Test func aliasesThatExpandBeyondTheBoundAreAnErrorNotAHang() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 { yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let error = parseError(yaml)
        #expect(error?.message == "aliases expand to more than 1000000 nodes; write the values out", "\(String(describing: error))")
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = "A: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(parseError(deep)?.message.lowercased().contains("nesting") == true)  // libyaml's limit or ours, whichever comes first
    }
}

@Suite struct InputSafetyTests {
    @Test func invalidUTF8NamesItsLineAndColumn() {
        let bytes: [UInt8] = Array("A: 1\nB: x".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        #expect(throws: ParseError(file: "t.yaml", line: 2, column: 5, message: "the file is not valid UTF-8 (byte 0xc3 at offset 9)")) {
            try TemplateParser.parse(bytes, file: "t.yaml")
        }
    }

    @Test func binaryAndTruncatedInputsAreErrors() throws {
        var generator = SeededGenerator(seed: 7)
        let noise = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(throws: ParseError.self) { try TemplateParser.parse(noise, file: "noise.bin") }
        let text = Array(YAMLEmitter.string(["Resources": ["A": ["Type": "X", "Properties": ["K": [1, 2, 3]]]]]).utf8)
        for cut in stride(from: 1, to: text.count, by: 3) {
            _ = try? TemplateParser.parse(Array(text[..<cut]), file: "cut.yaml")  // an error or a result, never a crash
        }
    }

    @Test func aTenMegabyteTemplateParsesInBothFormats() throws {
        var resources = Object()
        for index in 0..<20_000 {
            resources["Bucket\(index)"] = ["Type": "AWS::S3::Bucket", "Properties": ["BucketName": .string(String(repeating: "x", count: 400)), "Tags": [["Key": "N", "Value": .int(index)]]]]
        }
        let tree: Value = ["Resources": .object(resources)]
        let json = JSONEmitter.bytes(tree)
        #expect(json.count > 10_000_000)
        #expect(try TemplateParser.parse(json, file: "big.json") == tree)
        #expect(try TemplateParser.parse(YAMLEmitter.bytes(tree), file: "big.yaml") == tree)
    }
}

/// parse(emit(x)) == x for random trees, in both formats, keys in order.
@Suite struct RoundTripTests {
    @Test(arguments: 0..<300)
    func randomTreesRoundTrip(_ seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &* 7919)
        let tree: Value = ["Root": Value.random(depth: 4, using: &generator), "Tricky": .string(YAMLEmitterTests.mustBeQuoted[seed % YAMLEmitterTests.mustBeQuoted.count])]
        #expect(try TemplateParser.parse(JSONEmitter.bytes(tree), file: "r.json") == tree)
        #expect(try TemplateParser.parse(YAMLEmitter.bytes(tree), file: "r.yaml") == tree)
        #expect(try TemplateParser.parse(YAMLEmitter.bytes(tree, longForm: true), file: "r.yaml") == tree)
    }
}
