import Entitlements
import EntitlementsProtocol

/// `entitlements compare SUBCOMMAND ...`: one entitlement under two schemes, with the difference.
enum CompareCommand {
    /// The command's word: the method's name.
    static let name = Method.compare.rawValue
    /// The entitlement subcommands that can be compared.
    static var comparable: [any EntitlementCommand.Type] {
        Route.calculations.compactMap { $0 as? any EntitlementCommand.Type }.filter { $0.method.kind != nil && $0.compareExample != nil }
    }

    /// `--schemes A,B`.
    static let schemes = BoundOption(
        OptionSpec("schemes", .list(count: 2), help: "the two schemes to compare, first,second; default: the rule book's pair (see rules describe)"),
        nil)

    /// The declaration of `compare` itself (its help lists the comparable subcommands).
    static var spec: CommandSpec {
        CommandSpec(
            name: Self.name, summary: "one entitlement under two schemes side by side, with the difference (what the reform costs)",
            details: ["SUBCOMMAND is one of: " + comparable.map { $0.name }.joined(separator: ", ")
                      + ". It takes that subcommand's options (except --scheme); see entitlements compare SUBCOMMAND --help."],
            positionals: [PositionalSpec("SUBCOMMAND", help: "the entitlement to compare, then its options")],
            options: [schemes.spec, Options.rules.spec, Options.json.spec],
            examples: comparable.compactMap { $0.compareExample })
    }

    /// The options of `compare SUBCOMMAND`: the subcommand's, without `--scheme`, with `--schemes`.
    static func options(for inner: any EntitlementCommand.Type) -> [BoundOption] {
        inner.options.filter { $0.spec.name != "scheme" && $0.spec.name != "rules" && $0.spec.name != "json" }
            + [schemes, Options.rules, Options.json]
    }

    /// The declaration of `compare SUBCOMMAND`.
    static func spec(for inner: any EntitlementCommand.Type) -> CommandSpec {
        CommandSpec(name: "compare \(inner.name)", summary: "\(inner.summary), under two schemes with the difference",
                    options: options(for: inner).map(\.spec), rules: inner.rules, examples: inner.compareExample.map { [$0] } ?? [])
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
