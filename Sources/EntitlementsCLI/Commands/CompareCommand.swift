import Entitlements
import EntitlementsProtocol

/// `entitlements compare SUBCOMMAND ...`: one entitlement under two schemes, with the difference.
enum CompareCommand {
    /// The command's word: the method's name.
    static let name = Method.compare.rawValue
    /// The entitlement subcommands that can be compared.
    static var comparable: [any EntitlementCommand.Type] {
        [
        KinshipCommand.self, GrantCommand.self, BursaryCommand.self, StayingPutCommand.self, PrescriptionCommand.self]
    }

    /// The schemes compared when `--schemes` is not given (the protocol's default), as typed.
    static let defaultSchemes = "england-statutory,review-2022"

    /// `--schemes A,B`.
    static let schemes = BoundOption(
        OptionSpec("schemes", .list(count: 2), help: "the two schemes to compare, first,second",
                   default: defaultSchemes),
        nil)

    /// Worked examples, by compared subcommand.
    static func examples(for name: String) -> [CommandExample] {
        switch name {
        case "kinship":
            [CommandExample("What the review adds for a London special guardian in 2025-26",
                            [Self.name, "kinship", "--dob", "2015-01-10", "--region", "london", "--from", "2025-04-01", "--to", "2026-03-31"])]
        case "grant":
            [CommandExample("The grant on 1 June 2025 under both schemes", [Self.name, "grant", "--on", "2025-06-01"])]
        case "bursary":
            [CommandExample("A care leaver of 20 starting an apprenticeship in September 2023",
                            [Self.name, "bursary", "--dob", "2003-05-01", "--start", "2023-09-01", "--end", "2026-08-31"])]
        case "staying-put":
            [CommandExample("Staying Put past the 21st birthday in the South East",
                            [Self.name, "staying-put", "--dob", "2004-08-20", "--region", "south-east", "--from", "2025-04-01", "--to", "2026-03-31"])]
        default:
            [CommandExample("A care leaver of 22 under both schemes",
                            [Self.name, "prescription", "--dob", "2003-06-10", "--on", "2025-10-01", "--care-leaver"])]
        }
    }

    /// The declaration of `compare` itself (its help lists the comparable subcommands).
    static var spec: CommandSpec {
        CommandSpec(
            name: Self.name, summary: "one entitlement under two schemes side by side, with the difference (what the reform costs)",
            details: ["SUBCOMMAND is one of: " + comparable.map { $0.name }.joined(separator: ", ")
                      + ". It takes that subcommand's options (except --scheme); see entitlements compare SUBCOMMAND --help."],
            positionals: [PositionalSpec("SUBCOMMAND", help: "the entitlement to compare, then its options")],
            options: [schemes.spec, Options.rules.spec, Options.json.spec],
            examples: comparable.flatMap { examples(for: $0.name) })
    }

    /// The options of `compare SUBCOMMAND`: the subcommand's, without `--scheme`, with `--schemes`.
    static func options(for inner: any EntitlementCommand.Type) -> [BoundOption] {
        inner.options.filter { $0.spec.name != "scheme" && $0.spec.name != "rules" && $0.spec.name != "json" }
            + [schemes, Options.rules, Options.json]
    }

    /// The declaration of `compare SUBCOMMAND`.
    static func spec(for inner: any EntitlementCommand.Type) -> CommandSpec {
        CommandSpec(name: "compare \(inner.name)", summary: "\(inner.summary), under two schemes with the difference",
                    options: options(for: inner).map(\.spec), rules: inner.rules, examples: examples(for: inner.name))
    }

    /// Compares: builds the inner params, calls `compare`, prints the comparison.
    static func run(_ inner: any EntitlementCommand.Type, _ arguments: ParsedArguments, in invocation: inout Invocation) throws(CommandFailure) {
        let options = options(for: inner)
        var members = [JSONMember("method", .string(inner.method.rawValue)),
                       JSONMember("params", ParamsBuilder.params(arguments, options))]
        if arguments.has("schemes"), let names = arguments.list("schemes") {
            members.append(JSONMember("schemes", .array(names.map(JSONValue.string))))
        }
        let (result, dispatcher) = try invocation.compute(.compare, .object(members), arguments: arguments, options: options,
                                                          pointerPrefix: "/params/params", otherPointers: ["/params/schemes": "--schemes"])
        if arguments.flag("json") {
            invocation.console.print(JSONWriter.string(try Invocation.json(result, dispatcher)))
        } else {
            let style = invocation.console.style
            invocation.console.print(Report.render(result, title: "Comparison", style: style) + Report.provenance(dispatcher.engine.ruleBook, style: style))
        }
    }
}
