import Entitlements
import EntitlementsProtocol

/// `entitlements serve`: the JSON-RPC protocol on stdin and stdout.
enum ServeCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(name: "serve", summary: "answer JSON-RPC 2.0 requests, one per line, from stdin to stdout (docs/protocol.md)",
                    details: ["Each request line gets exactly one response line, in order; diagnostics go to stderr. "
                              + "It exits 0 at the end of input, "
                              + "and 4 if reading stdin or writing stdout fails (a reader that goes away is a quiet end)."],
                    options: [maxLineBytesOption, Options.rules.spec],
                    examples: [CommandExample("One request, one response line", ["serve"], input: sampleRequest)])
    }

    static func run(_ arguments: ParsedArguments, in invocation: inout Invocation) throws(CommandFailure) {
        let handler = try streamHandler(arguments, invocation)
        do {
            try StreamServer.serve(handler: handler)
        } catch {
            throw .inputOutput(error)
        }
    }
}
