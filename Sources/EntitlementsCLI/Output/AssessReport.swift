import Entitlements

/// Everything for one person on a date: one block per entitlement.
enum AssessReport {
    /// The whole assessment.
    static func render(_ result: JSONValue, style: TextStyle) -> String {
        let summary = result.flag("eligible") == true ? "entitled to at least one of the following" : "not entitled to any of the following"
        var text = Report.heading("Assessment on \(result.shown("on"))", result, summary, style: style)
        if let on = result.text("on").flatMap({ CalendarDate($0) }) {
            text += "Weekly allowances are for the financial year \(FinancialYear(containing: on)), which contains \(on).\n"
        }
        for entry in result.list("entitlements") {
            let method = entry.shown("method")
            let title = Report.title(method)
            text += "\n" + style.bold("── " + title)
            if let error = entry["error"] {
                text += ": not computed\n"
                var message = error.shown("message")
                if message.contains("allowEstimated") { message += " (on the command line: --allow-estimated)" }
                text += TextWrap.wrap(message, width: Report.width, indent: "  ", hanging: "  ") + "\n"
                continue
            }
            let (detail, body) = ResultKind.parts(method, entry, style: style)
            text += (detail.isEmpty ? "" : ": " + detail) + "\n" + body
            text += Report.estimated(entry, style: style) + Report.reasons(entry, style: style)
        }
        return text + Report.provenance(result, style: style)
    }
}
