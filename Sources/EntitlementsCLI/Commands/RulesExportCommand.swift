import Foundation
import Entitlements
import EntitlementsProtocol

/// `entitlements rules export DIR`: writes the rule book's files, byte for byte, into a directory,
/// to be edited (e.g. the published table added) and used with `--rules DIR`.
enum RulesExportCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(name: "rules export", summary: "write the rule book's files byte for byte into DIR, to edit and use with --rules DIR",
                    details: ["The exported directory has the same revision (recompute it with the README's sha256sum command). "
                              + "DIR is created if missing (its parent must exist); a *.json file already in DIR that is not one of the rule book's is refused, "
                              + "because it would become part of the rule book."],
                    positionals: [PositionalSpec("DIR", help: "the directory to write the rule files into")],
                    options: [Options.rules.spec],
                    examples: [CommandExample("Export the built-in rule book to edit", ["rules", "export", "my-rules"])])
    }

    static func run(_ arguments: ParsedArguments, in invocation: inout Invocation) throws(CommandFailure) {
        let directory = arguments.positionals[0]
        let book = try invocation.ruleBook(arguments)
        let names = Set(book.ruleFiles.map(\.name))
        if let existing = try? FileManager.default.contentsOfDirectory(atPath: directory),
           let stranger = existing.filter({ $0.hasSuffix(".json") && !names.contains($0) }).sorted().first {
            throw .usage(UsageError(.invalidValue, "DIR: \(directory) already holds \(stranger), which is not one of the rule book's files",
                                    suggestion: "export into an empty or new directory"))
        }
        if mkdir(directory, 0o755) != 0, errno != EEXIST {
            throw .inputOutput(IOFailure("create the directory \(directory)", code: errno))
        }
        for file in book.ruleFiles {
            try FileAccess.write(file.bytes, to: directory.hasSuffix("/") ? directory + file.name : directory + "/" + file.name)
        }
        invocation.console.print("exported \(book.ruleFiles.count) files to \(directory), revision \(book.revision)")
    }
}
