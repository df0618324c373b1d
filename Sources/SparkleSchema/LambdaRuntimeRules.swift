import Foundation
import SparkleTree
import SparkleValidation

// Lambda runtimes past their deprecation, create-block or update-block date (the dates AWS
// publishes, carried in the schema data as cfn-lint carries them).

extension Rule {
    public static let runtimeUpdateBlocked = Rule(
        "E2533", "Lambda functions do not use a runtime that can no longer be updated", cfnLint: ["E2533"])
    public static let runtimeCreateBlocked = Rule(
        "E2531", "Lambda functions do not use a runtime that new functions can no longer use", cfnLint: ["E2531"])
    public static let runtimeDeprecated = Rule("W2531", "Lambda functions do not use a deprecated runtime", cfnLint: ["W2531"])
}

/// The lifecycle dates of each Lambda runtime.
struct LambdaRuntimes: Sendable {
    struct Lifecycle: Sendable {
        var deprecated: String?
        var createBlock: String?
        var updateBlock: String?
        var successor: String?
    }

    /// Dates as `YYYY-MM-DD`, which compare as text.
    let runtimes: [String: Lifecycle]

    init(schemas: ResourceSchemas) {
        let data = schemas.dataSet("lambda-runtimes") as? [String: [String: Any]] ?? [:]
        runtimes = data.mapValues {
            Lifecycle(
                deprecated: $0["deprecated"] as? String, createBlock: $0["create-block"] as? String,
                updateBlock: $0["update-block"] as? String, successor: $0["successor"] as? String)
        }
    }

    /// The day the rules judge by: `SPARKLE_TODAY` (`YYYY-MM-DD`) when set, so that a CI run can
    /// pin its verdicts, else the current date.
    static var today: Date {
        guard let text = ProcessInfo.processInfo.environment["SPARKLE_TODAY"] else { return Date() }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.date(from: text) ?? Date()
    }

    /// A date in UTC as `YYYY-MM-DD`.
    static func day(of date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}

extension SchemaValidator {
    /// The functions' runtimes (and SAM's `Globals.Function.Runtime`) against their dates.
    mutating func checkLambdaRuntimes() {
        var places: [[String]] = []
        for (name, resource) in template["Resources"]?.objectValue ?? Object() {
            let type = resource.objectValue?["Type"]?.stringValue
            if type == "AWS::Lambda::Function" || type == "AWS::Serverless::Function" {
                places.append(["Resources", name, "Properties", "Runtime"])
            }
        }
        places.append(["Globals", "Function", "Runtime"])
        let named = places.compactMap { path -> (path: [String], runtime: String)? in
            guard case .string(let runtime) = tree.value(at: path) else { return nil }
            return (path, runtime)
        }
        // The data set and the date are read only for a template that names a runtime: most do
        // not, and reading them was a twentieth of a small compile's start-up.
        guard !named.isEmpty else { return }
        let runtimes = LambdaRuntimes(schemas: schemas)
        let day = LambdaRuntimes.day(of: today ?? LambdaRuntimes.today)
        for (path, runtime) in named {
            guard let lifecycle = runtimes.runtimes[runtime] else { continue }
            let next = lifecycle.successor.map { "; use '\($0)'" } ?? ""
            let subject = path[0] == "Globals" ? "Globals.Function" : "function '\(path[1])'"
            if let blocked = lifecycle.updateBlock, blocked <= day {
                report(.runtimeUpdateBlocked, "\(subject): runtime '\(runtime)' reached end of life; functions using it cannot be updated since \(blocked)\(next)", at: path)
            } else if let blocked = lifecycle.createBlock, blocked <= day {
                report(.runtimeCreateBlocked, "\(subject): runtime '\(runtime)' cannot be used for new functions since \(blocked), and updates are blocked from \(lifecycle.updateBlock ?? "a date AWS has not set")\(next)", at: path)
            } else if let deprecated = lifecycle.deprecated, deprecated <= day {
                report(.runtimeDeprecated, "\(subject): runtime '\(runtime)' is deprecated since \(deprecated)\(next)", at: path, severity: .warning)
            }
        }
    }
}
