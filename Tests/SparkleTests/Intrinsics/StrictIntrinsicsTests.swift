import Foundation
import Testing

/// Arguments CloudFormation reads as strings refuse Bool and number literals at Swift compile
/// time. Checked by type-checking sources against the modules this test was built with.
@Suite struct StrictIntrinsicsTests {
    static let repository = repositoryRoot

    /// The errors `swiftc -typecheck` reports, by line.
    static func typecheckErrors(_ lines: [String]) throws -> [Int: String] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sparkle-strict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("uses.swift")
        try (["import Sparkle"] + lines).joined(separator: "\n").write(to: source, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swiftc", "-typecheck", "-I", repository.appendingPathComponent(".build/debug/Modules").path,
            "-I", repository.appendingPathComponent("Sources/SparkleSchemaData/include").path, source.path,
        ]
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var errors: [Int: String] = [:]
        for line in output.split(separator: "\n") where line.hasPrefix(source.path + ":") && line.contains(": error: ") {
            let fields = line.dropFirst(source.path.count + 1).split(separator: ":", maxSplits: 1)
            if let number = Int(fields[0]) { errors[number - 1, default: ""] += String(line) }  // line 1 is the import
        }
        return errors
    }

    static let misuses = [
        "let a = Fn.importValue(true)",
        "let b = Fn.split(\".\", true)",
        "let c = Fn.split(\".\", 3)",
        "let d = Fn.base64(false)",
        "let e = Fn.join(\",\", [\"a\", true])",
        "let f = Fn.join(\",\", [1, 2])",
        "let g = Fn.findInMap(\"Map\", 1, \"Key\")",
        "let h = Fn.findInMap(\"Map\", \"Top\", false, default: \"x\")",
        "let i = Fn.cidr(10, count: 2, cidrBits: 8)",
        "let j = Fn.getAZs(1)",
        "let k = Fn.getStackOutput(stackName: 1, outputName: \"VpcId\")",
        "let l = Fn.getStackOutput(stackName: \"net\", outputName: true)",
    ]

    static let accepted = [
        "let a = Fn.importValue(\"network-VpcId\")",
        "let b = Fn.importValue(Fn.sub(\"${Network}-VpcId\"))",
        "let c = Fn.split(\",\", Ref(\"Subnets\"))",
        "let d = Fn.split(\",\", Fn.importValue(\"network-Subnets\"))",
        "let e = Fn.base64(Fn.join(\"\", [\"#!/bin/bash\\n\", AWS.stackName]))",
        "let f = Fn.join(\",\", list: Ref(\"Subnets\"))",
        "let g = Fn.findInMap(\"Map\", AWS.region, \"Ami\")",
        "let h = Fn.cidr(Fn.getAtt(\"Vpc\", \"CidrBlock\"), count: 4, cidrBits: 8)",
        "let i = Fn.getAZs()",
        "let j = Fn.getStackOutput(stackName: \"net\", outputName: \"VpcId\", region: AWS.region)",
        "let k = Fn.importValue(String(\"x\"))",
    ]

    @Test func everyMisuseFailsToCompile() throws {
        let errors = try Self.typecheckErrors(Self.misuses)
        for (index, misuse) in Self.misuses.enumerated() {
            #expect(errors[index + 1] != nil, "compiles, but should not: \(misuse)")
        }
    }

    @Test func everyStringValuedFormCompiles() throws {
        let errors = try Self.typecheckErrors(Self.accepted)
        #expect(errors.isEmpty, "\(errors.sorted { $0.key < $1.key }.map(\.value))")
    }
}
