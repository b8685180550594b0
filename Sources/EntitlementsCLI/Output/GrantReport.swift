import Entitlements

/// The leaving-care grant for people: amount, remaining, and how it was indexed.
enum GrantReport {
    /// The heading detail.
    static func detail(_ result: GrantResult) -> String {
        "financial year \(result.financialYear)"
    }

    /// Eligibility, amount, what remains (or the overpayment, in words) and the indexation table.
    /// Under a proposal the first row says "Would be eligible".
    static func body(_ result: GrantResult, status: SchemeStatus, style: TextStyle) -> String {
        var text = Report.pairs([
            (status == .proposal ? "Would be eligible" : "Eligible", Report.yesNo(result.explanation.eligible)),
            ("Amount", result.amount.formatted),
            remaining(result.remaining),
        ])
        if !result.indexation.isEmpty {
            var table = Table([("Year", .left), ("CPI rate", .right), ("Amount", .right)])
            for step in result.indexation {
                table.add([step.financialYear.description, step.rate.map { $0.text + "%" } ?? "base", step.amount.formatted])
            }
            text += "\n" + style.bold("Indexation") + "\n" + table.render(style: style)
        }
        return text
    }

    /// "Remaining", or "Overpaid" with the amount paid above the grant, said in words: a negative
    /// remainder is never shown as nothing.
    static func remaining(_ remaining: Money) -> (String, String) {
        guard remaining.pence < 0 else { return ("Remaining", remaining.formatted) }
        let over = Money(pence: -remaining.pence).formatted
        return ("Overpaid", "\(over): more than the grant has been paid, an overpayment of \(over)")
    }
}
