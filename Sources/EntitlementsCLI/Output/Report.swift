import Entitlements
import EntitlementsProtocol

/// The parts every human-readable result shares: heading, figures, estimates, reasons and the
/// rule book that produced it.
enum Report {
    /// The width reasons wrap at.
    static let width = 100

    /// The title of a method's result, e.g. `Kinship allowance`.
    static func title(_ method: String) -> String {
        switch method {
        case Method.kinshipAllowance.rawValue: "Kinship allowance"
        case Method.leavingCareGrant.rawValue: "Leaving-care grant"
        case Method.apprenticeshipBursary.rawValue: "Apprenticeship bursary"
        case Method.stayingPutFunding.rawValue: "Staying Put / Staying Close funding"
        case Method.prescriptionExemption.rawValue: "Prescription charges"
        default: method
        }
    }

    /// A heading line: `Title (scheme): detail`.
    static func heading(_ title: String, _ result: JSONValue, _ detail: String, style: TextStyle) -> String {
        let scheme = result.text("scheme").map { " (\($0))" } ?? ""
        return style.bold(title + scheme) + (detail.isEmpty ? "" : ": " + detail) + "\n"
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

    /// `yes` or `no`.
    static func yesNo(_ flag: Bool?) -> String { flag == true ? "yes" : "no" }

    /// The estimated values a result used, if any.
    static func estimated(_ result: JSONValue, style: TextStyle) -> String {
        let values = result.list("estimated")
        guard !values.isEmpty else { return "" }
        var text = "\n" + style.bold("Estimated values used:") + "\n"
        for value in values {
            var place = value.text("table") ?? "?"
            if let region = value.text("region") { place += ", \(region)" }
            let period = "\(value.shown("effective")) to \(value.shown("until"))"
            text += TextWrap.wrap("\(place), \(period): \(value.shown("note"))", width: width, indent: "  • ", hanging: "    ") + "\n"
        }
        return text
    }

    /// "Why:" and each reason as a bullet with its rule id.
    static func reasons(_ result: JSONValue, style: TextStyle) -> String {
        let reasons = result.list("reasons")
        guard !reasons.isEmpty else { return "" }
        var text = "\n" + style.bold("Why:") + "\n"
        for reason in reasons {
            let rule = reason.text("rule").map { " " + style.dim("[\($0)]") } ?? ""
            text += TextWrap.wrap(reason.shown("text"), width: width, indent: "  • ", hanging: "    ") + rule + "\n"
        }
        return text
    }

    /// The rule book, scheme and engine that produced a result.
    static func provenance(_ result: JSONValue, style: TextStyle) -> String {
        let book = result["rulebook"] ?? .null
        let revision = String((book.text("revision") ?? "?").prefix(12))
        return "\n" + style.dim("Rule book \(book.shown("version")) (revision \(revision)), engine \(result.shown("engine"))") + "\n"
    }

    /// A signed difference for people: `+£87.00`, `-£87.00`, `£0.00`.
    static func signed(_ text: String?) -> String {
        guard let text, let amount = try? Money(parsing: text) else { return "—" }
        return amount.pence > 0 ? "+" + amount.formatted : amount.formatted
    }
}

extension Report {
    /// A whole result: heading, figures, estimates, reasons and provenance.
    static func full(_ title: String, _ detail: String, _ result: JSONValue, body: String, style: TextStyle) -> String {
        heading(title, result, detail, style: style) + "\n" + body + estimated(result, style: style)
            + reasons(result, style: style) + provenance(result, style: style)
    }
}
