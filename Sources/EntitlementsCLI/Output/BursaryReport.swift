import Entitlements

/// The apprenticeship bursary for people: its payments and total.
enum BursaryReport {
    /// The heading detail.
    static func detail(_ result: JSONValue) -> String {
        result.flag("eligible") == true ? "eligible" : "not eligible"
    }

    /// The payments table and total.
    static func body(_ result: JSONValue, style: TextStyle) -> String {
        let payments = result.list("payments")
        var text = ""
        if payments.isEmpty {
            text += "No payment is due.\n"
        } else {
            let instalments = payments.contains { $0["instalment"] != nil }
            var columns: [(String, Table.Alignment)] = [("Due", .left), ("Year", .right)]
            if instalments { columns.append(("Instalment", .right)) }
            columns.append(("Amount", .right))
            var table = Table(columns)
            for payment in payments {
                var cells = [payment.shown("due"), payment.shown("year")]
                if instalments { cells.append(payment.shown("instalment")) }
                cells.append(payment.pounds("amount"))
                table.add(cells)
            }
            text += table.render(style: style)
        }
        return text + "\n" + Report.pairs([("Total", result.pounds("total"))], rightAligned: true)
    }
}
