import Foundation
import PackagePlugin

/// Generates a target's `catalog` from the top-level `Template`, `Component`, `Dynamic` and
/// `Registry` declarations of its Swift files, so adding one is adding one file.
@main
struct SparkleCatalogPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let inputs = target.sourceFiles(withSuffix: "swift").map(\.url)
        let output = context.pluginWorkDirectoryURL.appending(path: "SparkleCatalog.swift")
        return [
            .buildCommand(
                displayName: "Generating the Sparkle catalog of \(target.name)",
                executable: try context.tool(named: "SparkleCatalogGenerator").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
