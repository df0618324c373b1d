import Foundation
import Sparkle
import Testing

/// This test target's folder, where its fixtures lie (the tests themselves are in folders by
/// the module they test).
let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

/// The repository's top folder.
let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

/// The minified JSON of a tree, for compact exact comparisons.
func minified(_ object: Object) -> String { JSONEmitter.string(.object(object), style: .minified) }

/// Compiles `template`, expecting failure, and returns its diagnostics.
func failures(
    _ template: Template, parameters: [String: String] = [:], environment: [String: String] = [:]
) -> [Diagnostic] {
    do {
        _ = try Compiler.compile(template, options: CompileOptions(parameters: parameters, environment: environment))
        Issue.record("expected \(template.name) to fail")
        return []
    } catch {
        return error.diagnostics
    }
}

