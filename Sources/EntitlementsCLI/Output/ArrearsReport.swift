import Entitlements
import EntitlementsProtocol

/// An arrears run for people: each case's periods with old and new rates, the case's total, and the run's totals.
enum ArrearsReport {
    /// The whole summary.
    static func render(_ run: ArrearsRun, style: TextStyle) -> String {
        let periods = run.cases.reduce(0) { $0 + $1.lines.count }
        var text = style.bold("Arrears") + ": \(periods) paid period\(periods == 1 ? "" : "s") of \(run.cases.count) case\(run.cases.count == 1 ? "" : "s") "
            + "recomputed under the current rule book\n"
        for item in run.cases {
            text += "\n" + style.bold("Case \(item.caseRef)") + "  " + verdict(item.difference) + "\n"
            var table = Table([("Period", .left), ("Paid", .right), ("Owed now", .right), ("Difference", .right),
                               ("Old rate", .right), ("New rate", .right), ("New table row", .left)])
            for line in item.lines {
                table.add([
                    "\(line.paid.from.isoText) to \(line.paid.to.isoText)", line.paid.paid.formatted, line.owed.formatted,
                    Report.signed(line.difference), Report.pounds(line.paid.weeklyRate),
                    line.newWeeklyRates.map(\.formatted).joined(separator: ", "), line.newTableRows.joined(separator: ", "),
                ])
            }
            table.add(["total", item.paid.formatted, item.owed.formatted, Report.signed(item.difference), "", "", ""])
            // The total row's empty cells would leave spaces at the ends of lines.
            text += table.render(style: style).split(separator: "\n", omittingEmptySubsequences: false)
                .map { line in String(line.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
        }
        text += "\n" + style.bold("Totals") + "\n" + Report.pairs([
            ("Paid", run.paid.formatted),
            ("Owed now", run.owed.formatted),
            ("Arrears to pay", run.arrears.formatted),
            ("Overpaid", run.overpayment.formatted),
            ("Net difference", Report.signed(run.difference)),
        ], rightAligned: true)
        if !run.faults.isEmpty {
            text += "\n" + style.bold("Not recomputed") + ": \(run.faults.count) row\(run.faults.count == 1 ? "" : "s"), left out of the totals above\n"
            for fault in run.faults { text += "  " + fault.errorCell + "\n" }
        }
        return text
    }

    /// `arrears £13.00`, `overpaid £4.00` or `nothing owed either way`.
    static func verdict(_ difference: Money) -> String {
        if difference.pence > 0 { return "arrears \(difference.formatted)" }
        if difference.pence < 0 { return "overpaid \(Money(pence: -difference.pence).formatted)" }
        return "nothing owed either way"
    }
}
