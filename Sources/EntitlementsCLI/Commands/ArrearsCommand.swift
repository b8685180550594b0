import Entitlements
import EntitlementsProtocol

/// `entitlements arrears --paid PAYMENTS.csv --caseload CASES.csv`: recomputes each paid period
/// under the current rule book and prints the arrears or overpayment per period, per case and in total;
/// a row that cannot be read or recomputed is an error row, the others going on, and the exit status is then 1.
enum ArrearsCommand: Command {
    static var spec: CommandSpec {
        CommandSpec(
            name: "arrears", summary: "recompute payments made under the current rule book: arrears or overpayment per period, case and total",
            details: [
                "--paid is a CSV of the payments made (a payment run, or any CSV with caseRef, periodFrom, periodTo and amount columns). "
                    + "--caseload holds each case's request: the CSV caseload batch --csv reads (with a caseRef column), or JSON lines as "
                    + "batch reads them, with a \"caseRef\" (or its id as the case reference). Each paid period is recomputed as the case's request over the period's days, without schedule or "
                    + "alreadyPaid, under --rules DIR (e.g. an exported rule book with the published table added).",
                "difference = owed − paid: arrears when positive, an overpayment when negative. A payment or case that cannot be read or "
                    + "recomputed gets an error row naming its file, row, column and fix (in the summary, under \"Not recomputed\"); the "
                    + "others go on, the totals leave it out, and the exit status is 1, so that no total silently leaves a case out.",
            ],
            options: [
                OptionSpec("paid", .path, help: "the CSV of payments made", valueName: "PAYMENTS.csv", required: true),
                OptionSpec("caseload", .path, help: "the cases' requests: a CSV caseload (as batch --csv reads) or JSON lines, each with a caseRef",
                           valueName: "CASES.csv",
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
            let paid = try PaymentsFile.readAll(paidBytes, file: paidPath)
            let caseload = try Caseload.readAll(caseloadBytes, file: caseloadPath)
            run = try ArrearsCalculator(ruleBook: book).run(payments: paid.payments, paymentsFile: paidPath, caseload: caseload.cases,
                                                            faults: caseload.faults + paid.faults)
        } catch {
            throw .notComputed(error.description)
        }
        if arguments.flag("csv") {
            invocation.console.out += ArrearsCSV.render(run)
        } else {
            invocation.console.print(ArrearsReport.render(run, style: invocation.console.style) + Report.provenance(book, style: invocation.console.style))
        }
        if !run.faults.isEmpty {
            // A count only: the rows themselves (case references, payees) stay on standard output.
            invocation.console.error("entitlements arrears: \(run.faults.count) row\(run.faults.count == 1 ? "" : "s") not recomputed "
                                     + "(error rows on standard output name each row, column and fix); the totals leave them out")
            invocation.status = ExitStatus.notComputed.rawValue
        }
    }
}
