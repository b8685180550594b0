import Entitlements
import EntitlementsProtocol

/// The parts every human-readable result shares: heading, figures, estimates, reasons and the
/// rule book that produced it.
enum Report {
    /// The width reasons wrap at.
    static let width = 100

    /// A heading line: `Title (scheme): detail`.
    static func heading(_ title: String, scheme: String, _ detail: String, style: TextStyle) -> String {
        style.bold(title + " (\(scheme))") + (detail.isEmpty ? "" : ": " + detail) + "\n"
    }

    /// Labels and values in two columns; amounts right-aligned when `rightAligned`.
    static func pairs(_ rows: [(String, String)], rightAligned: Bool = false) -> String {
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = rows.map(\.1.count).max() ?? 0
        var text = ""
        for (label, value) in rows {
            let padded = label + String(repeating: " ", count: labelWidth - label.count + 2)
            let shown = rightAligned ? String(repeating: " ", count: valueWidth - value.count) + value : value
            text += padded + shown + "\n"
        }
        return text
    }

    /// The scheme and its status in words, on a line of its own: "Worked out under the law in England today."
    static func status(_ scheme: Scheme) -> String {
        TextWrap.wrap("Worked out under \(scheme.inWords).", width: width, indent: "", hanging: "") + "\n"
    }

    /// A word as the scheme's status allows it to be said: under a proposal "would be paid" (or
    /// "would not be paid"), otherwise "paid" (or "not paid"). Nobody may read a proposal as the law.
    static func said(_ word: String, _ status: SchemeStatus, not negated: Bool = false) -> String {
        if status == .proposal { return (negated ? "would not be " : "would be ") + word }
        return (negated ? "not " : "") + word
    }

    /// `yes` or `no`.
    static func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }

    /// An amount for people, e.g. `£1,234.56` (`—` when absent).
    static func pounds(_ amount: Money?) -> String { amount?.formatted ?? "—" }

    /// A date (`—` when absent).
    static func shown(_ date: CalendarDate?) -> String { date?.isoText ?? "—" }

    /// The estimated values a result used, if any.
    static func estimated(_ explanation: Explanation, style: TextStyle) -> String {
        let values = explanation.estimated
        guard !values.isEmpty else { return "" }
        var text = "\n" + style.bold("Estimated values used:") + "\n"
        for value in values {
            var place = value.table
            if let region = value.region { place += ", \(region)" }
            let period = "\(value.effective) to \(shown(value.until))"
            text += TextWrap.wrap("\(place), \(period): \(value.note)", width: width, indent: "  • ", hanging: "    ") + "\n"
        }
        return text
    }

    /// "Why:" and each reason as a bullet with its rule id.
    static func reasons(_ explanation: Explanation, style: TextStyle) -> String {
        let reasons = explanation.reasons
        guard !reasons.isEmpty else { return "" }
        var text = "\n" + style.bold("Why:") + "\n"
        for reason in reasons {
            text += TextWrap.wrap(reason.text, width: width, indent: "  • ", hanging: "    ") + " " + style.dim("[\(reason.rule)]") + "\n"
        }
        return text
    }

    /// The rule book, scheme and engine that produced a result.
    static func provenance(_ ruleBook: RuleBook, style: TextStyle) -> String {
        "\n" + style.dim("Rule book \(ruleBook.version) (revision \(ruleBook.revision.prefix(12))), engine \(Engine.version)") + "\n"
    }

    /// A signed difference for people: `+£87.00`, `-£87.00`, `£0.00` (`—` when absent).
    static func signed(_ amount: Money?) -> String {
        guard let amount else { return "—" }
        return amount.pence > 0 ? "+" + amount.formatted : amount.formatted
    }
}

extension Report {
    /// A whole result without its provenance: heading, figures, estimates and reasons; `title`
    /// heads a single entitlement's result.
    static func render(_ result: MethodResult, title: String, style: TextStyle) -> String {
        switch result {
        case .entitlement(_, let result, let scheme):
            let (detail, body) = ResultKind.parts(result, status: scheme.status, style: style)
            return heading(title, scheme: scheme.id, detail, style: style) + status(scheme) + "\n" + body + estimated(result.explanation, style: style)
                + reasons(result.explanation, style: style)
        case .assessment(let assessment):
            return AssessReport.render(assessment, style: style)
        case .comparison(let comparison):
            return CompareReport.render(comparison, style: style)
        case .rules(let value):
            return JSONWriter.string(value) + "\n"
        }
    }
}
