import SparkleEmitters
import SparkleTree

/// The compile-time inputs a template was compiled with, kept in the template itself as the
/// `CompileState` output (as SparkleFormation keeps them), so that a later update of the stack
/// compiles the same template: `sparkle stack deploy` reads them back as the inputs' values
/// after `--param` and the environment, before the defaults.
///
/// The output's value is a JSON object of input names to the text `--param` would give.
public struct CompileState: Sendable, Equatable {
    /// The output's logical ID.
    public static let outputName = "CompileState"

    /// The inputs, in the template's declaration order.
    public var values: [(name: String, text: String)]

    /// The state of inputs with these values, in declaration order.
    public init(values: [(name: String, text: String)]) { self.values = values }

    /// The state a deployed stack's `CompileState` output holds, parsed by the caller from JSON;
    /// nil when it is not an object of strings.
    public init?(outputValue parsed: Value) {
        guard let object = parsed.objectValue else { return nil }
        var values: [(name: String, text: String)] = []
        for (name, value) in object {
            guard let text = value.stringValue else { return nil }
            values.append((name, text))
        }
        self.values = values
    }

    /// The values by name.
    public var dictionary: [String: String] { Dictionary(values, uniquingKeysWith: { _, later in later }) }

    /// The `Outputs` entry that records this state.
    var output: Value {
        var object = Object()
        for (name, text) in values { object[name] = .string(text) }
        let json = JSONEmitter.string(.object(object), style: .minified)
        return ["Value": .string(json), "Description": "The compile-time inputs this template was compiled with (sparkle)"]
    }

    public static func == (lhs: CompileState, rhs: CompileState) -> Bool {
        lhs.values.map(\.name) == rhs.values.map(\.name) && lhs.values.map(\.text) == rhs.values.map(\.text)
    }
}
