import Foundation
import Sparkle
import SparkleExamples
import Testing

/// The `sparkle` executable, run as a user would run it.
@Suite struct CommandLineTests {
    func sparkle(_ arguments: String..., environment: [String: String] = cleanEnvironment) throws -> ProcessResult {
        try run(sparkleBinary, arguments, environment: environment)
    }

    func golden(_ name: String) throws -> String {
        try String(contentsOf: goldenDirectory.appendingPathComponent("\(name).json"), encoding: .utf8)
    }

    @Test func versionAndHelp() throws {
        // The commit is the checkout's, as the catalog plugin read it from .git at build time.
        let commit = try? run("/usr/bin/env", ["git", "-C", testsDirectory.path, "rev-parse", "--short=12", "HEAD"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let built = commit.map { $0.isEmpty ? "" : "commit \($0), " } ?? ""
        #expect(try sparkle("--version").stdout == "0.1.0 (\(built)resource schemas: cfn-lint 1.51.0 (us-east-1))\n")
        let help = try sparkle("compile", "--help")
        #expect(help.status == 0)
        #expect(help.stdout.contains("--param <Name=Value>") && help.stdout.contains("--check"))
    }

    /// The shell scripts that `Scripts/install.sh` installs, and the completions they ask the binary for.
    @Test func shellCompletionOffersTemplatesRulesAndFiles() throws {
        for shell in ["bash", "zsh", "fish"] {
            let script = try sparkle("--generate-completion-script", shell)
            #expect(script.status == 0 && script.stdout.contains("---completion compile -- positional@0"), "\(shell)")
            #expect(script.stdout.contains("E3002"), "\(shell): --ignore completes rule IDs")
        }
        // What bash sends for `sparkle compile fo<TAB>`: the words, the word's index, the cursor.
        let templates = try sparkle("---completion", "compile", "--", "positional@0", "2", "2", "sparkle", "compile", "fo")
        #expect(templates.stdout == "food\n")
        let all = try sparkle("---completion", "stack", "deploy", "--", "--template", "4", "0", "sparkle", "stack", "deploy", "--template", "")
        #expect(all.stdout.split(separator: "\n").count == 36 && all.stdout.contains("layer_cake\n"))
    }

    /// Colour on a terminal only, and never with NO_COLOR; summaries on standard error.
    @Test func errorsAreColouredOnATerminalUnlessNoColorIsSet() throws {
        let script = try #require(["/usr/bin/script", "/bin/script"].first { FileManager.default.isExecutableFile(atPath: $0) })
        func onTerminal(_ environment: [String: String]) throws -> String {
            // `script` gives the command a pseudo-terminal and copies what it shows.
            try run(script, ["-qec", "\(sparkleBinary) compile food --param Nope=1", "/dev/null"], environment: environment).stdout
        }
        var environment = cleanEnvironment
        environment["TERM"] = "xterm"
        environment["NO_COLOR"] = nil
        #expect(try onTerminal(environment).contains("\u{1B}[31merror:\u{1B}[0m"))
        environment["NO_COLOR"] = "1"
        let plain = try onTerminal(environment)
        #expect(plain.contains("error:") && !plain.contains("\u{1B}["), "\(plain)")
        #expect(!(try sparkle("compile", "food", "--param", "Nope=1").stderr.contains("\u{1B}[")))

        let out = try scratchDirectory()
        let written = try sparkle("compile", "--all", "-o", out.path)
        #expect(written.status == 0 && written.stderr.hasPrefix("wrote 40 files to \(out.path) in "), "\(written.stderr)")
    }

    @Test func listShowsEveryKindWithDescriptions() throws {
        let all = try sparkle("list")
        #expect(all.status == 0)
        for heading in ["Templates:", "Components:", "Dynamics:", "Registries:"] { #expect(all.stdout.contains(heading)) }
        let templates = try sparkle("list", "templates").stdout
        #expect(templates.contains("food") && templates.contains("Pick a food"))
        #expect(templates.contains("--param VpcCidr=String (default 10.1.0.0/16) [env VPC_SUBNET]"))
        #expect(try sparkle("list", "nonsense").status != 0)
        #expect(!all.stdout.contains("ec2_instance"), "the built-ins are listed only when asked for")
    }

    @Test func listBuiltinsFindsTypesByNameOrTypeName() throws {
        let every = try sparkle("list", "builtins").stdout.split(separator: "\n")
        #expect(every.count == ResourceSchemas.bundled.typeNames.count)
        let instances = try sparkle("list", "builtins", "INSTANCE").stdout
        #expect(instances.contains("ec2_instance") && instances.contains("AWS::EC2::Instance\n") && instances.contains("ops_works_instance"), "\(instances)")
        #expect(try sparkle("list", "builtins", "AWS::S3::").stdout.hasPrefix("s3_access_grant"))
        #expect(try sparkle("list", "templates", "food").status == 2)
    }

    @Test func compileWritesToStandardOutputByDefault() throws {
        let result = try sparkle("compile", "food")
        #expect(result.status == 0)
        #expect(result.stdout == (try golden("food")))
        #expect(result.stderr.isEmpty)
    }

    @Test func compileWritesAFileOrADirectoryAndCheckComparesThem() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("one.json").path
        #expect(try sparkle("compile", "vpc", "-o", file).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == (try golden("vpc")))

        let all = directory.appendingPathComponent("all").path
        #expect(try sparkle("compile", "--all", "-o", all).status == 0)
        let written = try FileManager.default.contentsOfDirectory(atPath: all).sorted()
        // A template that nests others gets a folder of its name for them.
        let nesting = catalog.templates.filter { (try? Compiler.compile($0, options: CompileOptions(environment: [:])))?.children.isEmpty == false }.map(\.name)
        #expect(written == (catalog.templates.map { "\($0.name).json" } + nesting).sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(all)/layer_cake").sorted() == ["Instances.json", "LoadBalancer.json", "Network.json", "Subnets.json"])
        #expect(try sparkle("compile", "--all", "-o", all, "--check").status == 0)

        let tampered = "\(all)/food.json"
        try "{}".write(toFile: tampered, atomically: true, encoding: .utf8)
        let check = try sparkle("compile", "--all", "-o", all, "--check")
        #expect(check.status != 0)
        #expect(check.stderr.contains("stale: \(all)/food.json\n  AWSTemplateFormatVersion\n    + AWSTemplateFormatVersion"), "\(check.stderr)")
        #expect(try String(contentsOfFile: tampered, encoding: .utf8) == "{}", "--check must not write")
    }

    @Test func compileWritesTheStackPolicyBesideTheTemplateWhenAsked() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("sessions.json").path
        let result = try sparkle("compile", "dynamodb_sessions", "food", "-o", directory.path, "--stack-policy")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("food: no resource declares a stack policy"), "\(result.stderr)")
        let policy = try String(contentsOfFile: directory.appendingPathComponent("dynamodb_sessions.stack-policy.json").path, encoding: .utf8)
        #expect(policy.contains(#""Resource": "LogicalResourceId/SessionsTable""#) && policy.contains(#""Update:Replace""#), "\(policy)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("food.stack-policy.json").path))
        // One template to a file: the policy takes the file's name.
        #expect(try sparkle("compile", "dynamodb_sessions", "-o", file, "--stack-policy").status == 0)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("sessions.stack-policy.json").path))
        // With no -o there is nowhere beside the template to write it: a usage error.
        #expect(try sparkle("compile", "dynamodb_sessions", "--stack-policy").status == 2)
    }

    @Test func minifyWritesOneLine() throws {
        let result = try sparkle("compile", "food", "--minify")
        #expect(result.stdout.hasPrefix(#"{"AWSTemplateFormatVersion":"2010-09-09","#))
        #expect(!result.stdout.contains("\n"))
    }

    @Test func parametersSetInputsAndDefaultsAndTheEnvironmentFeedsInputs() throws {
        let food = try sparkle("compile", "food", "--param", "Food=nachos").stdout
        #expect(food.contains(#""Default": "nachos""#))
        let subnets = try sparkle("compile", "vpc_subnets", "--param", "VpcCidr=10.7.0.0/16").stdout
        #expect(subnets.contains(#""CidrBlock": "10.7.3.0/24""#))
        var environment = cleanEnvironment
        environment["VPC_SUBNET"] = "10.9.0.0/16"
        let fromEnvironment = try sparkle("compile", "vpc_subnets", environment: environment).stdout
        #expect(fromEnvironment.contains(#""CidrBlock": "10.9.1.0/24""#))
    }

    @Test func errorsGoToStandardErrorWithTheSwiftLineAndNothingIsWritten() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("subnets.json").path
        let bad = try sparkle("compile", "vpc_subnets", "--param", "VpcCidr=10.1.0.0/24", "-o", file)
        #expect(bad.status == 1)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.contains("Templates/vpc_subnets.swift:"))
        #expect(bad.stderr.contains("expected a /16 CIDR block"))
        #expect(!FileManager.default.fileExists(atPath: file))

        // An earlier good file survives a failed compile untouched.
        #expect(try sparkle("compile", "vpc_subnets", "-o", file).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(try sparkle("compile", "vpc_subnets", "--param", "VpcCidr=nope", "-o", file).status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["subnets.json"])
    }

    @Test(arguments: [
        (["compile"], "Name a template or pass --all"),
        (["compile", "fod"], "no template named 'fod'; did you mean 'food'?\nUsage: sparkle compile"),
        (["compile", "saas_model"], "no template named 'saas_model'; close ones: saas_isolation_model1,"),
        (["compile", "food", "--param", "Nope=1"], "has no input or parameter 'Nope'"),
        (["compile", "food", "--param", "novalue"], "The value 'novalue' is invalid for '--param <Name=Value>'"),
        (["compile", "food", "--ignore", "E9999"], "--ignore E9999: no such rule"),
        (["compile", "--all"], "Several templates need -o DIRECTORY"),
        (["compile", "food", "--check"], "--check compares against files on disk"),
    ])
    func usageErrorsAreClearAndNonZero(_ arguments: [String], _ message: String) throws {
        let result = try run(sparkleBinary, arguments, environment: cleanEnvironment)
        #expect(result.status != 0)
        // Usage errors (not compile errors) exit 2, with the usage of the command that was run.
        if !message.contains("has no input") { #expect(result.status == 2 && result.stderr.contains("Usage: sparkle compile"), "\(result.stderr)") }
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(result.stderr.hasPrefix("error: "), "every message starts as the commands' own do: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func twoProcessesWriteIdenticalBytes() throws {
        let first = try sparkle("compile", "k8s_coreos").stdout
        let second = try sparkle("compile", "k8s_coreos").stdout
        #expect(first == second && !first.isEmpty)
    }
}

/// YAML output and `sparkle convert`.
@Suite struct YAMLCommandLineTests {
    func sparkle(_ arguments: String..., input: String? = nil) throws -> ProcessResult {
        try run(sparkleBinary, arguments, environment: cleanEnvironment)
    }

    @Test func compileWritesYAMLByFlagOrByExtension() throws {
        let stdout = try sparkle("compile", "ec2_example", "--format", "yaml").stdout
        #expect(stdout.hasPrefix("AWSTemplateFormatVersion: '2010-09-09'\n"))
        #expect(stdout.contains("ImageId: !Ref AmiId"))
        let long = try sparkle("compile", "ec2_example", "--format", "yaml", "--long-form").stdout
        #expect(long.contains("ImageId:\n        Ref: AmiId") && !long.contains("!Ref"))

        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("ec2.yml").path
        #expect(try sparkle("compile", "ec2_example", "-o", file).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == stdout)
        let all = directory.appendingPathComponent("all").path
        #expect(try sparkle("compile", "--all", "--format", "yaml", "-o", all).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: all).allSatisfy { $0.hasSuffix(".yaml") || $0 == "layer_cake" })
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(all)/layer_cake").allSatisfy { $0.hasSuffix(".yaml") })
        #expect(try sparkle("compile", "--all", "--format", "yaml", "-o", all, "--check").status == 0)
        #expect(try sparkle("compile", "food", "--format", "yaml", "--minify").stderr.contains("--minify applies to JSON"))
    }

    @Test func compileCheckNamesMissingStaleAndExtraFilesWithWhatChanged() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out")
        #expect(try sparkle("compile", "--all", "-o", out.path).status == 0)
        #expect(try sparkle("compile", "--all", "-o", out.path, "--check").status == 0)
        let food = out.appendingPathComponent("food.json")
        let edited = try String(contentsOf: food, encoding: .utf8).replacingOccurrences(
            of: #""Type": "AWS::CloudFormation::WaitConditionHandle""#, with: #""Type": "AWS::CloudFormation::WaitConditionHandle", "Condition": "Old""#)
        try edited.write(to: food, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: out.appendingPathComponent("ec2_example.json"))
        try "{}".write(to: out.appendingPathComponent("retired.json"), atomically: true, encoding: .utf8)
        let check = try sparkle("compile", "--all", "-o", out.path, "--check")
        #expect(check.status == 1)
        #expect(check.stderr.contains("missing: \(out.path)/ec2_example.json"), "\(check.stderr)")
        #expect(check.stderr.contains("stale: \(out.path)/food.json\n  Resources\n    ~ FoodHandle (AWS::CloudFormation::WaitConditionHandle)\n        Condition: \"Old\" → (none)"), "\(check.stderr)")
        #expect(check.stderr.contains("extra: \(out.path)/retired.json (no template compiles to it)"))
    }

    @Test func convertGoesBothWaysCanonically() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = directory.appendingPathComponent("t.json").path
        let yaml = directory.appendingPathComponent("t.yaml").path
        let back = directory.appendingPathComponent("back.json").path
        #expect(try sparkle("compile", "k8s_coreos", "-o", json).status == 0)
        #expect(try sparkle("convert", json, "-o", yaml).status == 0)
        #expect(try String(contentsOfFile: yaml, encoding: .utf8) == (try sparkle("compile", "k8s_coreos", "--format", "yaml").stdout))
        #expect(try sparkle("convert", yaml, "-o", back).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: back)) == (try Data(contentsOf: URL(fileURLWithPath: json))))

        #expect(try sparkle("convert", yaml, "--check").status == 0)
        #expect(try sparkle("convert", json, "-o", yaml, "--check").status == 0)
        try "Resources: {A: {Type: X}}\n".write(toFile: yaml, atomically: true, encoding: .utf8)
        let check = try sparkle("convert", yaml, "--check")
        #expect(check.status != 0 && check.stderr.contains("is not canonical yaml"))
        #expect(try String(contentsOfFile: yaml, encoding: .utf8) == "Resources: {A: {Type: X}}\n")
    }

    @Test func convertNeverDropsCommentsOrChangesNumbersSilently() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let yaml = directory.appendingPathComponent("t.yaml").path
        let text = """
            # Owner: platform
            Resources:
              Topic:
                Type: AWS::SNS::Topic  # alerts
                Properties:
                  DisplayName: "a # b"
                  Metadata: |
                    #!/bin/bash
            """
        try text.write(toFile: yaml, atomically: true, encoding: .utf8)
        let refused = try sparkle("convert", yaml, "-o", yaml)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("t.yaml:1: error: \(yaml) has 2 comments (the first on line 1), which the YAML written would lose; pass --strip-comments"), "\(refused.stderr)")
        #expect(try String(contentsOfFile: yaml, encoding: .utf8) == text)
        #expect(try sparkle("convert", yaml, "-o", yaml, "--strip-comments").status == 0)
        #expect(try !String(contentsOfFile: yaml, encoding: .utf8).contains("Owner"))
        try text.write(toFile: yaml, atomically: true, encoding: .utf8)
        let toJSON = try sparkle("convert", yaml)
        #expect(toJSON.status == 0 && toJSON.stderr.contains("note: \(yaml) has 2 comments (the first on line 1); JSON has no comments"))

        try "Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Metadata: {Big: 1e400, Inf: .inf}\n".write(toFile: yaml, atomically: true, encoding: .utf8)
        let infinite = try sparkle("convert", yaml)
        #expect(infinite.status == 1 && infinite.stderr.contains("t.yaml:4:28: error: Resources.A.Metadata.Inf is inf, which JSON cannot hold"), "\(infinite.stderr)")
        let json = directory.appendingPathComponent("n.json").path
        try #"{"Resources": {"A": {"Type": "AWS::SNS::Topic", "Metadata": {"Big": 1e400, "Long": 99999999999999999999}}}}"#.write(toFile: json, atomically: true, encoding: .utf8)
        let converted = try sparkle("convert", json, "--to", "json", "--minify").stdout
        #expect(converted.contains(#""Big":1e400,"Long":99999999999999999999"#), "\(converted)")
    }

    @Test func convertReadsStandardInput() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sparkleBinary)
        process.arguments = ["convert", "-", "--to", "json", "--minify"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("A: !GetAtt Res.Attr.Deep\nB: !Sub '${AWS::Region}'\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text == #"{"A":{"Fn::GetAtt":["Res","Attr.Deep"]},"B":{"Fn::Sub":"${AWS::Region}"}}"#)
    }

    @Test func aParamOutsideAParametersConstraintsDoesNotCompile() throws {
        // --param gives cross_account_role's ExternalId (MinLength 2) its Default: one character fails.
        let short = try sparkle("compile", "cross_account_role", "--param", "ExternalId=x")
        #expect(short.status == 1 && short.stderr.contains("Default 'x' is 1 characters long, shorter than its MinLength 2") && short.stderr.contains("[E2015]"), "\(short.stderr)")
        #expect(try sparkle("compile", "cross_account_role", "--param", "ExternalId=xy").status == 0)
    }

    @Test func convertReportsBadInputWithFileLineAndColumn() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.yaml").path
        let out = directory.appendingPathComponent("out.json").path
        try "Resources:\n  A:\n    Type: X\n    Type: Y\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let result = try sparkle("convert", bad, "-o", out)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.yaml:4:5: error: duplicate key 'Type' (first at line 3, column 5)"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let binary = directory.appendingPathComponent("blob.json").path
        try Data([0x7B, 0xFF, 0xFE, 0x00]).write(to: URL(fileURLWithPath: binary))
        let blob = try sparkle("convert", binary)
        #expect(blob.status == 1 && blob.stderr.contains("not valid UTF-8"))
        // A missing file, or a directory where a file is expected, is an input error: exit 2, as lint's.
        let missing = try sparkle("convert", directory.appendingPathComponent("missing.yaml").path)
        #expect(missing.status == 2 && missing.stderr.contains("cannot read") && missing.stderr.contains("no such file"), "\(missing.stderr)")
        let folder = try sparkle("convert", directory.path)
        #expect(folder.status == 2 && folder.stderr.contains("it is a directory"), "\(folder.stderr)")
        #expect(try sparkle("lint", directory.appendingPathComponent("missing.yaml").path).status == 2)
    }
}
