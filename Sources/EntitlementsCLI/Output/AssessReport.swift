import Entitlements
import EntitlementsProtocol

/// Everything for one person on a date: one block per entitlement.
enum AssessReport {
    /// The whole assessment (without its provenance).
    static func render(_ assessment: Assessment, style: TextStyle) -> String {
        let status = assessment.scheme.status
        let summary = Report.said("entitled", status, not: !assessment.eligible) + (assessment.eligible ? " to at least one of the following" : " to any of the following")
        var text = Report.heading("Assessment on \(assessment.on)", scheme: assessment.scheme.id, summary, style: style) + Report.status(assessment.scheme)
        text += "Weekly allowances are for the financial year \(FinancialYear(containing: assessment.on)), which contains \(assessment.on).\n"
        for entry in assessment.entries {
            text += "\n" + style.bold("── " + Report.title(entry.kind))
            switch entry.outcome {
            case .failure(let error):
                text += ": not computed\n"
                var message = RPCError.from(error, prefix: "/params").message
                if message.contains("allowEstimated") { message += " (on the command line: --allow-estimated)" }
                text += TextWrap.wrap(message, width: Report.width, indent: "  ", hanging: "  ") + "\n"
            case .success(let result):
                let (detail, body) = ResultKind.parts(result, status: status, style: style)
                text += (detail.isEmpty ? "" : ": " + detail) + "\n" + body
                text += Report.estimated(result.explanation, style: style) + Report.reasons(result.explanation, style: style)
            }
        }
        return text
    }
}
