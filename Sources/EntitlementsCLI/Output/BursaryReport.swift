import Entitlements

/// The apprenticeship bursary for people: its payments and total.
enum BursaryReport {
    /// The heading detail.
    static func detail(_ result: BursaryResult, status: SchemeStatus) -> String {
        Report.said("eligible", status, not: !result.explanation.eligible)
    }

    /// The payments table and total.
    static func body(_ result: BursaryResult, style: TextStyle) -> String {
        let payments = result.payments
        var text = ""
        if payments.isEmpty {
            text += "No payment is due.\n"
        } else {
            let instalments = payments.contains { $0.instalment != nil }
            var columns: [(String, Table.Alignment)] = [("Due", .left), ("Year", .right)]
            if instalments { columns.append(("Instalment", .right)) }
            columns.append(("Amount", .right))
            var table = Table(columns)
            for payment in payments {
                var cells = [payment.due.isoText, String(payment.year)]
                if instalments { cells.append(payment.instalment.map(String.init) ?? "—") }
                cells.append(payment.amount.formatted)
                table.add(cells)
            }
            text += table.render(style: style)
        }
        return text + "\n" + Report.pairs([("Total", result.total.formatted)], rightAligned: true)
    }
}
