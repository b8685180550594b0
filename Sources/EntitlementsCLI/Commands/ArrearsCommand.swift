import Entitlements
import EntitlementsProtocol

/// `entitlements arrears --paid PAYMENTS.csv --caseload CASES.jsonl`: recomputes each paid period
/// under the current rule book and prints the arrears or overpayment per period, per case and in total.
enum ArrearsCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "arrears", summary: "recompute payments made under the current rule book: arrears or overpayment per period, case and total",
            details: [
                "--paid is a CSV of the payments made (a payment run, or any CSV with caseRef, periodFrom, periodTo and amount columns). "
                    + "--caseload holds each case's request, one JSON object a line as batch reads them, with a \"caseRef\" (or its id as the "
                    + "case reference). Each paid period is recomputed as the case's request over the period's days, without schedule or "
                    + "alreadyPaid, under --rules DIR (e.g. an exported rule book with the published table added).",
                "difference = owed − paid: arrears when positive, an overpayment when negative. Any payment that cannot be recomputed "
                    + "stops the run (exit 1) naming its line, so that no total leaves a case out.",
            ],
            options: [
                OptionSpec("paid", .path, help: "the CSV of payments made", valueName: "PAYMENTS.csv", required: true),
                OptionSpec("caseload", .path, help: "the cases' requests, JSON lines, each with a caseRef or an id", valueName: "CASES.jsonl",
                           required: true),
                Options.rules.spec,
                OptionSpec("csv", .flag, help: "print one CSV row per paid period (RFC 4180) instead of the summary"),
            ],
            examples: [CommandExample("April 2026 paid at the 2025-26 rates, against the current rule book (run from the repository)",
                                      ["arrears", "--paid", "docs/examples/paid-april-2026.csv", "--caseload", "docs/examples/cases.jsonl"])])
    }

    static func run(_ arguments: ParsedArguments, in invocation: inout Invocation) throws(CommandFailure) {
        let book = try invocation.ruleBook(arguments)
        let paidPath = arguments.text("paid") ?? ""
        let caseloadPath = arguments.text("caseload") ?? ""
        let paidBytes = try FileAccess.read(paidPath)
        let caseloadBytes = try FileAccess.read(caseloadPath)
        let run: ArrearsRun
        do {
            let payments = try PaymentsFile.read(paidBytes, file: paidPath)
            let caseload = try Caseload.read(caseloadBytes, file: caseloadPath)
            run = try ArrearsCalculator(ruleBook: book).run(payments: payments, paymentsFile: paidPath, caseload: caseload)
        } catch {
            throw .notComputed(error.description)
        }
        if arguments.flag("csv") {
            invocation.console.out += ArrearsCSV.render(run)
        } else {
            invocation.console.print(ArrearsReport.render(run, style: invocation.console.style) + Report.provenance(book, style: invocation.console.style))
        }
    }
}
