import Entitlements
import EntitlementsProtocol

/// `entitlements version` (or `--version`): the engine version and the rule book's version and revision.
enum VersionCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(name: "version", summary: "the engine version, and the rule book's version and revision",
                    options: [Options.rules.spec, Options.json.spec],
                    examples: [CommandExample("The versions of this build", ["version"])])
    }

    static func run(_ arguments: ParsedArguments, in invocation: inout Invocation) throws(CommandFailure) {
        let book = try invocation.ruleBook(arguments)
        if arguments.flag("json") {
            invocation.console.print(JSONWriter.string(.object([
                "engine": .string(Engine.version),
                "rulebook": .object(["revision": .string(book.revision), "version": .string(book.version)]),
            ])))
        } else {
            invocation.console.print("entitlements \(Engine.version)\nrule book \(book.version), revision \(book.revision)")
        }
    }
}
