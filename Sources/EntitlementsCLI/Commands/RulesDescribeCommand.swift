import Entitlements
import EntitlementsProtocol

/// `entitlements rules describe`: the rule book's revision, schemes and tables.
enum RulesDescribeCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(name: "rules describe", summary: "the rule book's revision, version, schemes, and each table's years, statuses and amounts",
                    options: [Options.rules.spec, Options.json.spec],
                    examples: [CommandExample("The built-in rule book", ["rules", "describe"])])
    }

    static func run(_ arguments: ParsedArguments, in invocation: inout Invocation) throws(CommandFailure) {
        let result = try invocation.call(.rulesDescribe, .object([JSONMember]()), arguments: arguments, options: [], pointerPrefix: "/params")
        if arguments.flag("json") {
            invocation.console.print(JSONWriter.string(result))
        } else {
            invocation.console.print(RulesReport.render(result, style: invocation.console.style))
        }
    }
}
