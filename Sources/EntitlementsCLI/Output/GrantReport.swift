import Entitlements

/// The leaving-care grant for people: amount, remaining, and how it was indexed.
enum GrantReport {
    /// The heading detail.
    static func detail(_ result: JSONValue) -> String {
        "financial year \(result.shown("financialYear"))"
    }

    /// Eligibility, amount, remaining and the indexation table.
    static func body(_ result: JSONValue, style: TextStyle) -> String {
        var text = Report.pairs([
            ("Eligible", Report.yesNo(result.flag("eligible"))),
            ("Amount", result.pounds("amount")),
            ("Remaining", result.pounds("remaining")),
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
}
