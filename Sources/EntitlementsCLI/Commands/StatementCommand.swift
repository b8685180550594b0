import Entitlements
import EntitlementsProtocol

/// Placeholder replaced below.
enum StatementCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(name: "statement", summary: "x", options: [], examples: [])
    }

    static func run(_ arguments: ParsedArguments, in invocation: inout Invocation) throws(CommandFailure) {}
}
