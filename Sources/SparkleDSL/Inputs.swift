import Foundation
import SparkleTree

/// A type a compile-time input can have: parsed from `--param Name=Value` text.
public protocol InputValue: Sendable, Equatable {
    /// The value `text` denotes, or nil when it is not one.
    init?(inputText text: String)
    /// How the value is written on the command line.
    var inputText: String { get }
    /// The name shown in help and errors.
    static var typeName: String { get }
    /// Handed to a template body when the real value is missing, so the body still runs to the
    /// end; the compile then fails with the input's error and nothing is written.
    static var placeholder: Self { get }
    /// The value of an input given nowhere and without a default; nil (the default) makes such
    /// an input required. `Optional` answers `nil`: an `Input<String?>` reads as absent.
    static var valueWhenAbsent: Self? { get }
}

extension InputValue {
    public static var valueWhenAbsent: Self? { nil }
}

/// An optional input: `Input<String?>("KeyName", description: …)` reads as `nil` when not given.
extension Optional: InputValue where Wrapped: InputValue {
    /// The value `text` spells (as `--param` gives it), or nil when it spells none.
    public init?(inputText text: String) {
        guard let value = Wrapped(inputText: text) else { return nil }
        self = value
    }
    public var inputText: String { self?.inputText ?? "" }
    public static var typeName: String { "\(Wrapped.typeName)?" }
    public static var placeholder: Wrapped? { nil }
    public static var valueWhenAbsent: Wrapped?? { .some(nil) }
}

extension String: InputValue {
    /// The value `text` spells (as `--param` gives it), or nil when it spells none.
    public init?(inputText text: String) { self = text }
    public var inputText: String { self }
    public static var typeName: String { "String" }
    public static var placeholder: String { "" }
}

extension Int: InputValue {
    /// The value `text` spells (as `--param` gives it), or nil when it spells none.
    public init?(inputText text: String) { self.init(text) }
    public var inputText: String { String(self) }
    public static var typeName: String { "Int" }
    public static var placeholder: Int { 0 }
}

extension Bool: InputValue {
    /// The value `text` spells (as `--param` gives it), or nil when it spells none.
    public init?(inputText text: String) {
        switch text.lowercased() {
        case "true": self = true
        case "false": self = false
        default: return nil
        }
    }
    public var inputText: String { self ? "true" : "false" }
    public static var typeName: String { "Bool" }
    public static var placeholder: Bool { false }
}

/// The type-erased face of an ``Input``: what `sparkle list` and the compiler need to know.
public protocol InputDeclaration: Sendable {
    var name: String { get }
    var description: String { get }
    var typeName: String { get }
    var defaultText: String? { get }
    var environmentVariable: String? { get }
    var allowedTexts: [String]? { get }
}

/// A compile-time input of a template (SparkleFormation's `state!`): a typed value fixed when the
/// template compiles, given as `--param Name=Value`, by an environment variable, or by its default.
///
/// ```swift
/// let vpcCidr = Input<String>("VpcCidr", default: "10.1.0.0/16", environment: "VPC_SUBNET",
///                             description: "The VPC's /16")
/// let vpcSubnets = Template("vpc_subnets", description: "…", inputs: [vpcCidr]) { inputs in
///     … inputs[vpcCidr] …
/// }
/// ```
public struct Input<T: InputValue>: InputDeclaration {
    public let name: String
    public let description: String
    public let defaultValue: T?
    public let allowedValues: [T]?
    public let environmentVariable: String?
    let check: @Sendable (T) -> String?

    /// - Parameter check: returns a message when a value is unacceptable beyond type and allowed values.
    public init(
        _ name: String, default defaultValue: T? = nil, allowedValues: [T]? = nil, environment: String? = nil,
        description: String, check: @escaping @Sendable (T) -> String? = { _ in nil }
    ) {
        self.name = name
        self.description = description
        self.defaultValue = defaultValue
        self.allowedValues = allowedValues
        self.environmentVariable = environment
        self.check = check
    }

    public var typeName: String { T.typeName }
    public var defaultText: String? { defaultValue?.inputText }
    public var allowedTexts: [String]? { allowedValues?.map(\.inputText) }

    /// The value for this input from `text` (nil: none given), or why there is none.
    func resolve(_ text: String?, source: String) -> Result<T, InputProblem> {
        guard let text else {
            if let defaultValue { return .success(defaultValue) }
            if let absent = T.valueWhenAbsent { return .success(absent) }
            let how = environmentVariable.map { ": give it a value, or set \($0)" } ?? ": give it a value"
            return .failure(InputProblem("input '\(name)' (\(T.typeName)) is required\(how)"))
        }
        guard let value = T(inputText: text) else {
            return .failure(InputProblem("input '\(name)' from \(source): '\(text)' is not a valid \(T.typeName)"))
        }
        if let allowedValues, !allowedValues.contains(value) {
            let allowed = allowedValues.map(\.inputText).joined(separator: ", ")
            return .failure(InputProblem("input '\(name)' from \(source): '\(text)' is not one of \(allowed)"))
        }
        if let message = check(value) {
            return .failure(InputProblem("input '\(name)' from \(source): '\(text)': \(message)"))
        }
        return .success(value)
    }
}

struct InputProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// The resolved compile-time inputs a template body reads: `inputs[vpcCidr]`.
public final class Inputs: @unchecked Sendable {
    private let templateName: String
    private let declared: Set<String>
    private let given: [String: String]
    private let environment: [String: String]
    private let previous: [String: String]
    private let origin: SourceLocation
    private let lock = NSLock()
    private var problemsFound: [Diagnostic] = []
    private var resolvedTexts: [String: String] = [:]

    init(
        template: String, declared: [any InputDeclaration], given: [String: String],
        environment: [String: String], previous: [String: String] = [:], origin: SourceLocation
    ) {
        templateName = template
        self.declared = Set(declared.map(\.name))
        self.given = given
        self.environment = environment
        self.previous = previous
        self.origin = origin
    }

    /// The value of `input`: `--param` first, then its environment variable, then the value the
    /// deployed stack was compiled with (its `CompileState`), then its default.
    public subscript<T>(_ input: Input<T>) -> T {
        let value = resolve(input)
        if !declared.contains(input.name) {
            record("template '\(templateName)' reads input '\(input.name)' but does not list it in its inputs")
        }
        return value
    }

    /// Resolves `input`, recording a problem and answering a placeholder when it cannot.
    func resolve<T>(_ input: Input<T>) -> T {
        let text: String?
        let source: String
        if let given = given[input.name] {
            (text, source) = (given, "the values given")
        } else if let variable = input.environmentVariable, let value = environment[variable] {
            (text, source) = (value, "environment variable \(variable)")
        } else if let value = previous[input.name] {
            (text, source) = (value, "the deployed stack's CompileState")
        } else {
            (text, source) = (nil, "default")
        }
        switch input.resolve(text, source: source) {
        case .success(let value):
            if text != nil || input.defaultValue != nil { remember(input.name, value.inputText) }
            return value
        case .failure(let problem):
            record("template '\(templateName)': \(problem.message)")
            return T.placeholder
        }
    }

    private func record(_ message: String) {
        lock.lock()
        defer { lock.unlock() }
        let diagnostic = Diagnostic(rule: .input, message: message, location: origin)
        if !problemsFound.contains(diagnostic) { problemsFound.append(diagnostic) }
    }

    private func remember(_ name: String, _ text: String) {
        lock.lock()
        defer { lock.unlock() }
        resolvedTexts[name] = text
    }

    /// The text of every input that has a value, by name: what `CompileState` records.
    var values: [String: String] {
        lock.lock()
        defer { lock.unlock() }
        return resolvedTexts
    }

    var problems: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return problemsFound
    }
}
