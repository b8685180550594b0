import Entitlements
import EntitlementsProtocol

/// A subcommand: its declaration and what it does with parsed arguments.
protocol Command {
    /// The declaration: name, options, examples.
    static var spec: CommandSpec { get }
    /// Runs with checked arguments, printing to the invocation's console.
    static func run(_ arguments: ParsedArguments, in invocation: inout Invocation) throws(CommandFailure)
}

/// A subcommand that asks the protocol for one method's result and prints it.
protocol EntitlementCommand: Command {
    /// The subcommand's name, e.g. `kinship`.
    static var name: String { get }
    /// One line: what it computes.
    static var summary: String { get }
    /// The protocol method it calls.
    static var method: Method { get }
    /// Its options and the params they fill, in help order.
    static var options: [BoundOption] { get }
    /// Constraints between its options.
    static var rules: [OptionRule] { get }
    /// Worked examples.
    static var examples: [CommandExample] { get }
    /// A worked example of `compare` with this subcommand (nil for one that cannot be compared).
    static var compareExample: CommandExample? { get }
    /// The typed result for people (the rule book's provenance is added after it).
    static func render(_ result: MethodResult, _ arguments: ParsedArguments, style: TextStyle) -> String
}

extension EntitlementCommand {
    /// Most commands' methods cannot be compared.
    static var compareExample: CommandExample? { nil }

    /// One line: what it computes, as its method's definition says.
    static var summary: String { method.definition.summary }

    /// The declaration built from the options.
    static var spec: CommandSpec {
        CommandSpec(name: name, summary: summary, options: options.map(\.spec), rules: rules, examples: examples)
    }

    /// Builds the params, calls the method and prints the result (JSON with `--json`).
    static func run(_ arguments: ParsedArguments, in invocation: inout Invocation) throws(CommandFailure) {
        let params = ParamsBuilder.params(arguments, options)
        let (result, dispatcher) = try invocation.compute(method, params, arguments: arguments, options: options, pointerPrefix: "/params")
        if arguments.flag("json") {
            invocation.console.print(JSONWriter.string(try Invocation.json(result, dispatcher)))
        } else {
            let style = invocation.console.style
            invocation.console.print(render(result, arguments, style: style) + Report.provenance(dispatcher.engine.ruleBook, style: style))
        }
    }
}
