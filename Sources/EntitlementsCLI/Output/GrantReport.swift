import Entitlements

/// The leaving-care grant for people: amount, remaining, and how it was indexed.
enum GrantReport {
    /// The heading detail.
    static func detail(_ result: JSONValue) -> String {
        "financial year \(result.shown("financialYear"))"
    }

    /// Eligibility, amount, what remains (or the overpayment, in words) and the indexation table.
    static func body(_ result: JSONValue, style: TextStyle) -> String {
        var text = Report.pairs([
            ("Eligible", Report.yesNo(result.flag("eligible"))),
            ("Amount", result.pounds("amount")),
            remaining(result),
        ])
        let steps = result.list("indexation")
        if !steps.isEmpty {
            var table = Table([("Year", .left), ("CPI rate", .right), ("Amount", .right)])
            for step in steps {
                table.add([step.shown("financialYear"), step.text("rate").map { $0 + "%" } ?? "base", step.pounds("amount")])
            }
            text += "\n" + style.bold("Indexation") + "\n" + table.render(style: style)
        }
        return text
    }

    /// "Remaining", or "Overpaid" with the amount paid above the grant, said in words: a negative
    /// remainder is never shown as nothing.
    static func remaining(_ result: JSONValue) -> (String, String) {
        guard let remaining = result.money("remaining"), remaining.pence < 0 else {
            return ("Remaining", result.pounds("remaining"))
        }
        let over = Money(pence: -remaining.pence).formatted
        return ("Overpaid", "\(over): more than the grant has been paid, an overpayment of \(over)")
    }
}
