import Foundation
import PackagePlugin

/// Generates Swift source holding every top-level `rules/*.json` file, so the built binary carries
/// its default rule book and `rules/` stays the single source.
@main
struct EmbedRulesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: rules.path)
            .filter { $0.hasSuffix(".json") }.sorted()
        let inputs = names.map { rules.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRuleBook.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) rule files from rules/",
                executable: try context.tool(named: "EmbedRules").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
