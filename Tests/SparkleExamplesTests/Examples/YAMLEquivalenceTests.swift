import Foundation
import Sparkle
import SparkleExamples
import SparkleParsers
import Testing

/// Our YAML and our JSON of the same tree are the same data to an independent loader (cfn-flip,
/// built on PyYAML), and both parse back to the tree with our own parsers.
@Suite struct YAMLEquivalenceTests {
    /// Every quoting, nesting, block-scalar, unicode and number case in one document.
    static let edgeCases: Value = {
        let quoted: [String] = [
            "y", "Y", "n", "yes", "No", "ON", "off", "true", "False", "null", "Null", "~", "", "0755", "0x1F", "1_000",
            "1:30", "1e3", "1.5", ".inf", "-.inf", ".NaN", "012345678901", "2010-09-09", "2012-10-17",
            "2001-12-14t21:59:43.10-05:00", "a: b", "a #b", "-x", "?x", ":x", "#x", "&a", "*a", "!x", "|x", ">x", "'x",
            "\"x", "%x", "@x", "`x", " lead", "trail ", "key:", "<<", "=",
        ]
        var keyed = Object()
        for (index, text) in quoted.enumerated() where !text.isEmpty { keyed[text] = .int(index) }
        return [
            "AWSTemplateFormatVersion": "2010-09-09",
            "Quoted": .array(quoted.map(Value.string)),
            "QuotedKeys": .object(keyed),
            "Plain": ["AWS::EC2::Instance", "t3.micro", "arn:aws:s3:::b/*", "${AWS::StackName}-x", "a, b", "[not a list"],
            "Nested": [
                "UserData": Fn.base64(Fn.sub("#!/bin/bash\necho ${AWS::StackName}\n")),
                "If": Fn.if(ConditionName("C"), Fn.select(1, Fn.getAZs(AWS.region)), AWS.noValue),
                "Join": Fn.join("", [Ref("A"), Fn.getAtt("B", "Arn"), Fn.getAtt("C", Ref("Attr"))]),
                "Import": Fn.importValue(Fn.sub("${Net}-VpcId")),
                "Map": Fn.findInMap("M", AWS.region, "Ami"),
                "Cidr": Fn.cidr(Fn.getAtt("Vpc", "CidrBlock"), count: 3, cidrBits: 8),
                "Split": Fn.select(0, Fn.split(",", Fn.importValue("list"))),
                "Dotted": Fn.getAtt("Db", "Endpoint.Address"),
                "Transform": Fn.transform("AWS::Include", parameters: ["Location": "s3://b/k"]),
                "Stack": Fn.getStackOutput(stackName: "net", outputName: "VpcId"),
                "Length": Fn.length(Ref("List")),
                "Json": Fn.toJsonString(["a": [1, Ref("B")]]),
                "Conditions": Fn.and(Fn.equals(Ref("A"), "x"), Fn.not(Fn.condition(ConditionName("B")))).value,
            ],
            "Blocks": ["a\nb", "a\nb\n", "a\nb\n\n", "a\n\n  indented\nb\n", "one line\n", " lead\nx", "tab\tx\n", "cr\r\n"],
            "Unicode": ["é ✓ 𝄞 中文", "sep\u{2028}x", "nel\u{85}x", "bom\u{FEFF}", "del\u{7F}", "bell\u{07}"],
            "Numbers": [
                .int(Int.max), .int(Int.min), 0, -0.5, 0.1, 1e300, 1e21, 123456.789, .number(NumberLiteral("1e400")),
                .number(NumberLiteral("-99999999999999999999")), .number(NumberLiteral("3.14159265358979323846")),
            ],
            "ScalarArguments": [["Fn::GetAZs": nil], ["Fn::Base64": 5], ["Fn::ImportValue": true], ["Fn::Select": [0, ["Fn::GetAZs": ""]]]],
            "ToolTags": ["Fn::Rain::Embed": "file.txt", "Rule": ["Fn::Contains": [["a"], ["Ref": "P"]]]],
            String(repeating: "k", count: 1500): ["Nested": .string(String(repeating: "v", count: 1500))],
            "Empty": ["Object": [:], "Array": [], "Null": nil, "Bool": [true, false]],
        ]
    }()

    @Test func bundledTemplatesAndEdgeCasesReadTheSameFromYAMLAndJSON() throws {
        let python = try #require(which("python3"), "python3 is not installed")
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var trees: [(String, Value)] = [("edge_cases", Self.edgeCases)]
        for template in catalog.templates {
            trees.append((template.name, .object(try Compiler.compile(template, options: CompileOptions(environment: [:])).tree)))
        }
        for (name, tree) in trees {
            let yaml = YAMLEmitter.bytes(tree)
            let json = JSONEmitter.bytes(tree)
            #expect(YAMLEmitter.bytes(tree) == yaml, "\(name): YAML output differs between runs")
            try Data(yaml).write(to: directory.appendingPathComponent("\(name).yaml"))
            try Data(json).write(to: directory.appendingPathComponent("\(name).json"))
            let parsed = try TemplateParser.parse(yaml, file: "\(name).yaml")
            #expect(firstDifference(parsed, tree) == nil, "\(name): our YAML does not parse back: \(firstDifference(parsed, tree) ?? "")")
            let parsedJSON = try TemplateParser.parse(json, file: "\(name).json")
            #expect(firstDifference(parsedJSON, tree) == nil, "\(name): our JSON does not parse back: \(firstDifference(parsedJSON, tree) ?? "")")
        }
        let script = testsDirectory.appendingPathComponent("yaml_equivalence.py")
        let result = try run(python, [script.path, directory.path])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
            "the equivalence script failed (pip install cfn-flip): \(result.stderr)")
        #expect(report["checked"] as? Int == trees.count)
        #expect((report["mismatches"] as? [String]) == [], "YAML and JSON differ for: \(report["mismatches"] ?? "?")")
    }

    @Test func yamlOutputOfEveryExamplePassesCfnLint() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try writeCompiledExamples(to: directory, fileExtension: "yaml") { YAMLEmitter.bytes(.object($0)) }
        let errors = try cfnLintErrors(files)
        #expect(errors.isEmpty, "cfn-lint errors: \(errors)")
    }
}
/// The path and values where two trees first differ, for readable failures.
func firstDifference(_ a: Value, _ b: Value, path: String = "") -> String? {
    switch (a, b) {
    case (.object(let x), .object(let y)):
        if Array(x.keys) != Array(y.keys) { return "\(path): keys \(Array(x.keys)) vs \(Array(y.keys))" }
        for key in x.keys { if let found = firstDifference(x[key]!, y[key]!, path: path + "." + key) { return found } }
        return nil
    case (.array(let x), .array(let y)):
        if x.count != y.count { return "\(path): \(x.count) vs \(y.count) elements" }
        for index in x.indices { if let found = firstDifference(x[index], y[index], path: path + "[\(index)]") { return found } }
        return nil
    default:
        return a == b ? nil : "\(path): \(a) vs \(b)"
    }
}
