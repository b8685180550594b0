import Entitlements
import EntitlementsProtocol

/// `entitlements rules check DIR`: loads a rule book directory and says whether it is valid.
enum RulesCheckCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(name: "rules check", summary: "load a rule book directory strictly; print its revision, or the first fault and exit 3",
                    positionals: [PositionalSpec("DIR", help: "the directory holding the rule book's *.json files")],
                    options: [],
                    examples: [CommandExample("Check the repository's rule book (run from the repository)", ["rules", "check", "rules"])])
    }

    static func run(_ arguments: ParsedArguments, in invocation: inout Invocation) throws(CommandFailure) {
        let directory = arguments.positionals[0]
        let book: RuleBook
        do {
            book = try RuleBook.load(directory: directory)
        } catch {
            throw .invalidRuleBook(Invocation.describe(error, in: directory))
        }
        let files = book.files.count == 1 ? "1 file" : "\(book.files.count) files"
        invocation.console.print("ok: \(files), revision \(book.revision), version \(book.version)")
    }
}
