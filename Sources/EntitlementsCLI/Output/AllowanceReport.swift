import Entitlements

/// Weekly allowances for people (kinship allowance, Staying Put, Staying Close): lines, payments,
/// total and balance.
enum AllowanceReport {
    /// The heading detail: eligible days or why none ("would be paid" under a proposal).
    static func detail(_ result: AllowanceResult, status: SchemeStatus) -> String {
        guard result.explanation.eligible else { return Report.said("eligible", status, not: true) + " in this period" }
        return Report.said("paid", status) + " \(Report.shown(result.eligibleFrom)) to \(Report.shown(result.eligibleUntil))"
    }

    /// Lines, payments, total and balance.
    static func body(_ result: AllowanceResult, style: TextStyle) -> String {
        var text = ""
        if result.lines.isEmpty {
            text += "No day in this period is paid.\n"
        } else {
            text += table(result.lines).render(style: style)
        }
        if let payments = result.payments {
            var table = Table([("Pay date", .left), ("From", .left), ("To", .left), ("Amount", .right)])
            for payment in payments {
                table.add([payment.payDate.isoText, payment.from.isoText, payment.to.isoText, payment.amount.formatted])
            }
            text += "\n" + style.bold("Payments") + "\n"
            text += payments.isEmpty ? "  none\n" : table.render(style: style)
        }
        text += "\n" + Report.pairs(totals(result), rightAligned: true)
        return text
    }

    /// The lines table; gross rate and contribution columns appear when the lines carry them.
    static func table(_ lines: [AllowanceLine]) -> Table {
        let contributions = lines.contains { $0.weeklyContribution != nil }
        var columns: [(String, Table.Alignment)] = [("From", .left), ("To", .left), ("Days", .right), ("Band", .left), ("Region", .left)]
        if contributions { columns += [("Gross", .right), ("Contribution", .right)] }
        columns += [("Weekly", .right), ("Amount", .right), ("Rate row", .left)]
        var table = Table(columns)
        for line in lines {
            var cells = [line.from.isoText, line.to.isoText, String(line.days), line.ageBand ?? "—", line.region]
            if contributions { cells += [Report.pounds(line.grossWeeklyRate), Report.pounds(line.weeklyContribution)] }
            cells += [line.weeklyRate.formatted, line.amount.formatted, "\(line.table) \(Report.shown(line.effective))"]
            table.add(cells)
        }
        return table
    }

    /// Total, and with a balance: already paid and arrears or overpayment.
    static func totals(_ result: AllowanceResult) -> [(String, String)] {
        var rows = [("Total", result.total.formatted)]
        if let balance = result.balance {
            if let paid = try? result.total.subtracting(balance) {
                rows.append(("Already paid", paid.formatted))
            }
            if balance.pence > 0 {
                rows.append(("Arrears owed", balance.formatted))
            } else if balance.pence < 0 {
                rows.append(("Overpaid", Money(pence: -balance.pence).formatted))
            } else {
                rows.append(("Balance", "£0.00 (nothing owed)"))
            }
        }
        return rows
    }
}
