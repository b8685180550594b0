import Entitlements
import EntitlementsProtocol

/// `entitlements batch`: the same stream, with progress on stderr and totals at the end.
enum BatchCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(name: "batch", summary: "like serve, with progress on stderr and totals per method, scheme and financial year at the end",
                    details: ["Reads requests from stdin and writes responses to stdout, like serve."],
                    options: [
                        OptionSpec("quiet", .flag, help: "no progress line (the summary is still printed)"),
                        OptionSpec("summary-only", .flag, help: "write no responses, only the summary (much faster: nothing is encoded)"),
                        OptionSpec("summary-json", .path, help: "also write the summary as JSON to this file (checked before any input is read)",
                                   valueName: "FILE"),
                        OptionSpec("csv", .path, help: "read a CSV caseload from FILE (- for stdin) and write a payment run CSV (docs/finance.md)",
                                   valueName: "FILE"),
                        OptionSpec("method", .choice(CaseloadTemplate.methods.map(\.rawValue)),
                                   help: "with --csv: the method of rows with no method cell", valueName: "METHOD"),
                        maxLineBytesOption, Options.rules.spec,
                    ],
                    examples: [CommandExample("Cost a comparison: the response on stdout, totals on stderr and in summary.json",
                                              ["batch", "--summary-json", "summary.json"], input: sampleComparison)])
    }

    static func run(_ arguments: ParsedArguments, in invocation: inout Invocation) throws(CommandFailure) {
        let options = BatchOptions(quiet: arguments.flag("quiet"), summaryJSONPath: arguments.text("summary-json"),
                                   summaryOnly: arguments.flag("summary-only"))
        if let path = arguments.text("csv") {
            try PaymentRunCommand.run(path: path, method: arguments.text("method").flatMap(Method.init(rawValue:)), options: options,
                                      ruleBook: try invocation.ruleBook(arguments))
            return
        }
        let handler = try streamHandler(arguments, invocation)
        do {
            try StreamServer.batch(handler: handler, options: options)
        } catch {
            throw .inputOutput(error)
        }
    }
}
