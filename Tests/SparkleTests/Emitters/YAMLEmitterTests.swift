import Sparkle
import SparkleParsers
import Testing

@Suite struct YAMLEmitterTests {
    /// Strings a YAML 1.1 (or 1.2) loader would retype or misread if written plain.
    static let mustBeQuoted: [String] = [
        "y", "Y", "n", "N", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
        "true", "True", "TRUE", "false", "False", "FALSE", "tRuE", "null", "Null", "NULL", "~", "",
        "0", "42", "-7", "+3", "0755", "0o755", "0x1F", "0b101", "1_000", "1:30", "190:20:30", "1e3", "1.5e+3", "1.5", ".5",
        "1.", ".inf", "-.inf", "+.INF", ".nan", ".NaN", "012345678901", "2010-09-09", "2012-10-17",
        "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "a: b", "a #b", "key:", "-x", "- x", "?x", ":x",
        "#x", "&anchor", "*alias", "!tag", "|x", ">x", "'x", "\"x", "%x", "@x", "`x", " lead", "trail ", "<<", "=",
        "[a]", "{a}", ",a", "---", "...",
    ]

    @Test(arguments: mustBeQuoted)
    func retypableStringsAreQuotedAndReadBackAsStrings(_ text: String) throws {
        let yaml = YAMLEmitter.string(["K": .string(text)])
        let written = String(yaml.dropFirst("K: ".count).dropLast())
        #expect(written.hasPrefix("'") || written.hasPrefix("\""), "\(text) written as \(written)")
        #expect(try TemplateParser.parse(Array(yaml.utf8), file: "t.yaml") == ["K": .string(text)])
    }

    @Test(arguments: ["AWS::EC2::Instance", "t3.micro", "/aws/service/ami", "Hello world", "arn:aws:s3:::x/*", "a-b_c", "é ✓ 𝄞", "${AWS::StackName}-x"])
    func ordinaryStringsStayPlain(_ text: String) throws {
        #expect(YAMLEmitter.string(["K": .string(text)]) == "K: \(text)\n")
    }

    @Test func scalarsOfOtherTypesAreWrittenSoTheyKeepTheirType() {
        #expect(YAMLEmitter.string(["I": 7, "D": 1e21, "E": 0.5, "B": true, "Nil": nil]) == "I: 7\nD: 1.0e+21\nE: 0.5\nB: true\nNil: null\n")
        // A key is a string too: `N` is a YAML 1.1 boolean.
        #expect(YAMLEmitter.string(["N": "x", "on": "y"]) == "'N': x\n'on': 'y'\n")
    }

    @Test func shortFormsForEveryFunctionThatHasOne() {
        let tree: Value = [
            "R": Ref("X"), "G": Fn.getAtt("A", "B"), "GD": Fn.getAtt("A", Ref("Attr")),
            "S": Fn.sub("${AWS::Region}"), "B": Fn.base64("x"), "AZ": Fn.getAZs(), "I": Fn.importValue("e"),
            "C": Fn.cidr("10.0.0.0/16", count: 2, cidrBits: 8), "L": Fn.length(Ref("List")),
            "J": Fn.toJsonString(["a": 1]), "Cond": Fn.condition(ConditionName("C")).value,
            "Not": Fn.not(Fn.equals("a", "b")).value,
        ]
        #expect(
            YAMLEmitter.string(tree) == """
                R: !Ref X
                G: !GetAtt A.B
                GD:
                  Fn::GetAtt:
                    - A
                    - !Ref Attr
                S: !Sub ${AWS::Region}
                B: !Base64 x
                AZ: !GetAZs ''
                I: !ImportValue e
                C: !Cidr
                  - '10.0.0.0/16'
                  - 2
                  - 8
                L:
                  Fn::Length: !Ref List
                J:
                  Fn::ToJsonString:
                    a: 1
                Cond: !Condition C
                Not: !Not
                  - !Equals
                    - a
                    - b

                """)
    }

    @Test func aShortTagNeverDirectlyWrapsAnother() {
        let yaml = YAMLEmitter.string(["U": Fn.base64(Fn.sub("#!/bin/bash\necho ${AWS::StackName}\n"))])
        #expect(
            yaml == """
                U: !Base64
                  Fn::Sub: |
                    #!/bin/bash
                    echo ${AWS::StackName}

                """)
        #expect(YAMLEmitter.string(["V": Fn.importValue(Fn.sub("${Net}-Vpc"))]) == "V: !ImportValue\n  Fn::Sub: ${Net}-Vpc\n")
    }

    @Test func longFormWritesNoTags() {
        #expect(YAMLEmitter.string(["R": Ref("X"), "G": Fn.getAtt("A", "B")], longForm: true) == "R:\n  Ref: X\nG:\n  Fn::GetAtt:\n    - A\n    - B\n")
    }

    @Test(arguments: [
        ("a\nb", "K: |-\n  a\n  b\n"),
        ("a\nb\n", "K: |\n  a\n  b\n"),
        ("a\nb\n\n", "K: |+\n  a\n  b\n\n"),
        ("a\n\n  indented\nb", "K: |-\n  a\n\n    indented\n  b\n"),
        ("one line\n", "K: \"one line\\n\"\n"),
        (" lead\nx", "K: \" lead\\nx\"\n"),
        ("trailing \nx", "K: \"trailing \\nx\"\n"),
        ("tab\tx", "K: \"tab\\tx\"\n"),
        ("cr\r\nx", "K: \"cr\\r\\nx\"\n"),
        ("sep\u{2028}x", "K: \"sep\\u2028x\"\n"),
        ("bell\u{07}", "K: \"bell\\x07\"\n"),
    ])
    func multiLineAndUnprintableStrings(_ text: String, _ expected: String) throws {
        let yaml = YAMLEmitter.string(["K": .string(text)])
        #expect(yaml == expected)
        #expect(try TemplateParser.parse(Array(yaml.utf8), file: "t.yaml") == ["K": .string(text)])
    }

    @Test func nestedCollectionsAndEmptyOnes() {
        let tree: Value = ["L": [[1, 2], ["K": "v", "W": [:]], []], "E": [:]]
        #expect(YAMLEmitter.string(tree) == "L:\n  - - 1\n    - 2\n  - K: v\n    W: {}\n  - []\nE: {}\n")
    }
}
