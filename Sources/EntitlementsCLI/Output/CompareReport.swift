import Entitlements

/// One entitlement under two schemes, side by side, with the difference.
enum CompareReport {
    /// The comparison (without its provenance): eligibility and each money figure under both
    /// schemes, then the reasons for each.
    static func render(_ comparison: Comparison, style: TextStyle) -> String {
        let sides = [comparison.first, comparison.second]
        let (first, second) = (comparison.first.result, comparison.second.result)
        let difference = comparison.difference
        let names = sides.map(\.scheme.id)
        var text = style.bold("\(comparison.kind.title) compared") + ": \(names[0]) and \(names[1])\n\n"
        var table = Table([("", .left), (names[0], .right), (names[1], .right), ("Difference", .right)])
        table.add(["Eligible", Report.yesNo(first.explanation.eligible), Report.yesNo(second.explanation.eligible), eligibility(comparison.eligibility)])
        if case .prescription(let before) = first, case .prescription(let after) = second {
            table.add(["Exempt", Report.yesNo(before.exempt), Report.yesNo(after.exempt), ""])
        }
        let labels: [(KeyPath<MoneyFigures, Money?>, String)] = [(\.total, "Total"), (\.amount, "Amount"), (\.remaining, "Remaining"),
                                                                  (\.balance, "Balance"), (\.annualSaving, "Annual saving")]
        let (before, after) = (first.figures, second.figures)
        for (figure, label) in labels where before[keyPath: figure] != nil || after[keyPath: figure] != nil {
            table.add([label, Report.pounds(before[keyPath: figure]), Report.pounds(after[keyPath: figure]), Report.signed(difference[keyPath: figure])])
        }
        text += table.render(style: style, indent: "")
        for side in sides {
            let (detail, body) = ResultKind.parts(side.result, status: side.scheme.status, style: style)
            text += "\n" + style.bold("── Under \(side.scheme.id)") + (detail.isEmpty ? "" : ": " + detail) + "\n" + Report.status(side.scheme) + body
            text += Report.estimated(side.result.explanation, style: style) + Report.reasons(side.result.explanation, style: style)
        }
        return text
    }

    /// How eligibility changed, as the protocol says it.
    static func eligibility(_ change: Comparison.EligibilityChange) -> String {
        switch change {
        case .unchanged: "unchanged"
        case .gained: "gained"
        case .lost: "lost"
        }
    }
}
