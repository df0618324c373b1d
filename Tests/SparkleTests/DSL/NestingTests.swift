import Foundation
import Sparkle
import SparkleStacks
import Testing

private let producer = Template("producer", description: "Outputs X and Q") {
    Resource("Topic", type: "AWS::SNS::Topic")
    Output("X", Ref("Topic"))
    Output("Q", Fn.getAtt("Topic", "TopicName"))
}

private let consumer = Template("consumer", description: "Takes X, a secret, and one with a default") {
    Parameter("X", type: .string)
    Parameter("Secret", type: .string, allowedValues: ["a", "b"], description: "A secret", noEcho: true)
    Parameter("Level", type: .string, default: "1")
    Resource("Queue", type: "AWS::SQS::Queue") {
        Property("Tags", [["Key": "x", "Value": Ref("X")], ["Key": "s", "Value": Ref("Secret")], ["Key": "l", "Value": Ref("Level")]])
    }
    Output("R", Ref("Queue"))
}

private let colour = Input<String>("Colour", default: "blue", description: "A compile-time input the nested template reads")
private let painted = Template("painted", description: "Reads a compile-time input", inputs: [colour]) { inputs in
    Resource("Topic", type: "AWS::SNS::Topic") { Property("DisplayName", .string(inputs[colour])) }
}

private func compile(
    parameters: [String: String] = [:], @TemplateBuilder _ body: @escaping @Sendable () -> Fragment
) throws -> CompiledTemplate {
    try Compiler.compile(Template("parent", description: "nests", body: body), options: CompileOptions(parameters: parameters, environment: [:]))
}

private func failure(@TemplateBuilder _ body: @escaping @Sendable () -> Fragment) -> String {
    do {
        _ = try compile(body)
        return ""
    } catch {
        return "\(error)"
    }
}

/// Nested templates: every wiring rule, its errors, and compile-time inputs passing down.
@Suite struct NestingTests {
    @Test func parametersAreWiredFromEarlierSiblingsOrBubbleUp() throws {
        let compiled = try compile {
            Nest(producer, as: "First")
            Nest(consumer, as: "Second")
            Output("Queue", Nest(consumer, as: "Second").output("R"))
        }
        let second = try #require(compiled.tree["Resources"]?.objectValue?["Second"]?.objectValue)
        #expect(second["Type"] == "AWS::CloudFormation::Stack")
        let parameters = try #require(second["Properties"]?.objectValue?["Parameters"]?.objectValue)
        #expect(parameters["X"] == Fn.getAtt("First", "Outputs.X"))
        #expect(parameters["Secret"] == Ref("Secret"))
        #expect(parameters["Level"] == nil, "a parameter with a default keeps it")
        // The bubbled-up parameter keeps the child's declaration, NoEcho included, and no default.
        let bubbled = try #require(compiled.tree["Parameters"]?.objectValue?["Secret"])
        #expect(bubbled == ["Type": "String", "Description": "A secret", "AllowedValues": ["a", "b"], "NoEcho": true])
        #expect(second["Properties"]?.objectValue?["TemplateURL"] == "parent/Second.json")
        #expect(compiled.children.map(\.logicalID) == ["First", "Second"])
        #expect(compiled.children[1].template.name == "consumer")
    }

    @Test func applyStackFillsParametersThatBubbledUp() throws {
        let compiled = try compile { Nest(consumer, as: "Only") }
        let sources = ParameterSources(applied: [StackOutputs(stackName: "upstream", outputs: [("X", "from-upstream"), ("Secret", "a")])])
        let (resolved, _) = try StackParameters.resolve(template: compiled.tree, sources: sources, previous: nil)
        #expect(resolved.map(\.key) == ["X", "Secret"])
        #expect(resolved.map(\.value) == [.value("from-upstream"), .value("a")])
        #expect(resolved[1].hidden, "the bubbled-up parameter is still NoEcho")
    }

    @Test func theParentsOwnParametersAndExplicitValuesWin() throws {
        let compiled = try compile {
            Parameter("Secret", type: .string, noEcho: true)
            Nest(producer, as: "First")
            Nest(consumer, as: "Second").parameter("X", "given").parameter("Level", "3")
        }
        let parameters = try #require(compiled.tree["Resources"]?.objectValue?["Second"]?.objectValue?["Properties"]?.objectValue?["Parameters"]?.objectValue)
        #expect(parameters["X"] == "given" && parameters["Level"] == "3" && parameters["Secret"] == Ref("Secret"))
    }

    @Test func twoSiblingsWithTheSameOutputAreAmbiguous() {
        let message = failure {
            Nest(producer, as: "A1")
            Nest(producer, as: "A2")
            Nest(consumer, as: "Both")
        }
        #expect(message.contains("nested stack 'Both' parameter 'X' matches the outputs of both 'A1' and 'A2'"), "\(message)")
    }

    @Test func aCycleBetweenSiblingsIsAnError() {
        let message = failure {
            Nest(producer, as: "Early").parameter("Unknown", "x")
            Nest(consumer, as: "Late").parameter("X", Nest(producer, as: "Early").output("X"))
        }
        #expect(message.contains("nested stack 'Early' sets parameter 'Unknown', which template 'producer' does not declare"), "\(message)")
        let cycle = failure {
            Nest(consumer, as: "Up").parameter("X", Fn.getAtt("Down", "Outputs.R")).parameter("Secret", "a")
            Nest(consumer, as: "Down").parameter("X", Fn.getAtt("Up", "Outputs.R")).parameter("Secret", "a")
        }
        #expect(cycle.contains("dependency cycle"), "\(cycle)")
    }

    @Test func readingAnOutputTheNestedTemplateLacksIsAnError() {
        let message = failure {
            Nest(producer, as: "First")
            Output("Missing", Nest(producer, as: "First").output("Y"))
        }
        #expect(message.contains("Fn::GetAtt reads output 'Y' of nested stack 'First', which has no such output"), "\(message)")
    }

    @Test func compileTimeInputsReachNestedTemplates() throws {
        let compiled = try compile(parameters: ["Colour": "red"]) { Nest(painted, as: "Paint") }
        let topic = compiled.children[0].template.tree["Resources"]?.objectValue?["Topic"]?.objectValue
        #expect(topic?["Properties"]?.objectValue?["DisplayName"] == "red")
        let files = compiled.files(fileExtension: "json") { tree in JSONEmitter.bytes(.object(tree)) }
        #expect(files.map { $0.path } == ["parent/Paint.json", "parent.json"])
        let located = compiled.files(fileExtension: "json", render: { tree in JSONEmitter.bytes(.object(tree)) }) { stem, _ in
            "https://b.s3.amazonaws.com/\(stem).json"
        }
        #expect(String(decoding: located[1].bytes, as: UTF8.self).contains(#""TemplateURL": "https://b.s3.amazonaws.com/parent/Paint.json""#))
    }
}
