import Entitlements

/// Weekly allowances for people (kinship allowance, Staying Put, Staying Close): lines, payments,
/// total and balance.
enum AllowanceReport {
    /// The heading detail: eligible days or why none.
    static func detail(_ result: JSONValue) -> String {
        guard result.flag("eligible") == true else { return "not eligible in this period" }
        return "paid \(result.shown("eligibleFrom")) to \(result.shown("eligibleUntil"))"
    }

    /// Lines, payments, total and balance.
    static func body(_ result: JSONValue, style: TextStyle) -> String {
        let lines = result.list("lines")
        var text = ""
        if lines.isEmpty {
            text += "No day in this period is paid.\n"
        } else {
            text += table(lines).render(style: style)
        }
        let payments = result.list("payments")
        if result["payments"] != nil {
            var table = Table([("Pay date", .left), ("From", .left), ("To", .left), ("Amount", .right)])
            for payment in payments {
                table.add([payment.shown("payDate"), payment.shown("from"), payment.shown("to"), payment.pounds("amount")])
            }
            text += "\n" + style.bold("Payments") + "\n"
            text += payments.isEmpty ? "  none\n" : table.render(style: style)
        }
        text += "\n" + Report.pairs(totals(result), rightAligned: true)
        return text
    }

    /// The lines table; gross rate and contribution columns appear when the lines carry them.
    static func table(_ lines: [JSONValue]) -> Table {
        let contributions = lines.contains { $0["weeklyContribution"] != nil }
        var columns: [(String, Table.Alignment)] = [("From", .left), ("To", .left), ("Days", .right), ("Band", .left), ("Region", .left)]
        if contributions { columns += [("Gross", .right), ("Contribution", .right)] }
        columns += [("Weekly", .right), ("Amount", .right), ("Rate row", .left)]
        var table = Table(columns)
        for line in lines {
            var cells = [line.shown("from"), line.shown("to"), line.shown("days"), line.shown("ageBand"), line.shown("region")]
            if contributions { cells += [line.pounds("grossWeeklyRate"), line.pounds("weeklyContribution")] }
            cells += [line.pounds("weeklyRate"), line.pounds("amount"), "\(line.shown("table")) \(line.shown("effective"))"]
            table.add(cells)
        }
        return table
    }

    /// Total, and with a balance: already paid and arrears or overpayment.
    static func totals(_ result: JSONValue) -> [(String, String)] {
        var rows = [("Total", result.pounds("total"))]
        if let balance = result.money("balance") {
            if let total = result.money("total"), let paid = try? total.subtracting(balance) {
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
