import SparkleSchema
import SparkleValidation

extension SparkleTree.Rule {
    /// Every rule Sparkle reports, by number (`E0000`, `E0001`, `W0002`, `E1001`, …).
    public static let all: [SparkleTree.Rule] = (pipeline + Validator.rules + SchemaValidator.rules).sorted {
        ($0.id.dropFirst(), $0.id) < ($1.id.dropFirst(), $1.id)
    }
}
