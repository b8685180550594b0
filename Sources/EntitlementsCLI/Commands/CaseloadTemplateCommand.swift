import Entitlements
import EntitlementsProtocol

/// `entitlements caseload template METHOD`: the header row of a CSV caseload for a method.
enum CaseloadTemplateCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(name: "caseload template",
                    summary: "print the header row of a CSV caseload for a method (columns: caseRef, payee, method, then its params)",
                    details: ["Fill one row per case and run it with: entitlements batch --csv FILE. Columns the engine does not know "
                              + "(payee, a cost centre...) are carried into every output row; see docs/finance.md."],
                    positionals: [PositionalSpec("METHOD", help: "one of " + CaseloadTemplate.methods.map(\.rawValue).joined(separator: ", "))],
                    options: [],
                    examples: [CommandExample("A kinship allowance caseload's header", ["caseload", "template", Method.kinshipAllowance.rawValue])])
    }

    static func run(_ arguments: ParsedArguments, in invocation: inout Invocation) throws(CommandFailure) {
        let name = arguments.positionals[0]
        guard let method = Method(rawValue: name), let header = CaseloadTemplate.header(method) else {
            let names = CaseloadTemplate.methods.map(\.rawValue)
            let nearest = EditDistance.nearest(to: name, in: names)
            throw .usage(UsageError(.invalidValue, "no caseload template for \"\(UsageError.clipped(name))\"",
                                    suggestion: nearest.map { "did you mean \($0)?" } ?? "use one of: \(names.joined(separator: ", "))"))
        }
        invocation.console.print(header)
    }
}
