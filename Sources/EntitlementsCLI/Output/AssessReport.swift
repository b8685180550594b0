import Entitlements
import EntitlementsProtocol

/// Everything that can apply to one person on a date, in plain English a caseworker can read aloud
/// to a young person: dates written out, no rule ids or JSON names (`--explain` adds the rule ids).
enum AssessReport {
    /// The whole assessment (without its provenance); `explain` adds each reason's rule id.
    static func render(_ assessment: Assessment, explain: Bool = false, style: TextStyle) -> String {
        let who = assessment.careLeaver ? "this care leaver" : "this child in kinship care"
        var text = style.bold("What \(who) can get on \(spoken(assessment.on))") + "\n"
        text += wrap("Rules used: \(assessment.scheme.title).", indent: "", hanging: "")
        text += Report.status(assessment.scheme)
        if let year = FinancialYear(containing: assessment.on).range {
            text += wrap("Weekly amounts are worked out for the financial year \(spoken(year.from)) to \(spoken(year.to)).",
                         indent: "", hanging: "")
        }
        for entry in assessment.entries {
            text += "\n" + style.bold(title(entry.kind, explain: explain) + ": " + statusWords(entry, assessment.scheme.status)) + "\n"
            switch entry.outcome {
            case .failure(let error):
                let message = RPCError.from(error, prefix: "/params").message
                text += wrap("This could not be worked out: " + plain(message, assessment) + ".", indent: "  ", hanging: "  ")
            case .success(let result):
                text += body(result, assessment)
                text += reasons(result.explanation, assessment, explain: explain, style: style)
            }
        }
        if !assessment.notApplicable.isEmpty {
            text += "\n" + style.bold("Not included") + "\n"
            for left in assessment.notApplicable {
                text += wrap(title(left.kind, explain: explain) + ": " + left.reason, indent: "  • ", hanging: "    ")
            }
        }
        return text
    }

    /// An entitlement's name for people (with its method under `--explain`).
    static func title(_ kind: EntitlementKind, explain: Bool) -> String {
        explain ? kind.title + " [\(Method.name(computing: kind))]" : kind.title
    }

    /// The status in words, e.g. `next due on 9 June 2025`; under a proposal, what would be
    /// (`would next be due on 9 June 2025`), never stated as fact.
    static func statusWords(_ entry: Assessment.Entry, _ status: SchemeStatus) -> String {
        let proposal = status == .proposal
        switch entry.status {
        case .due?:
            if entry.kind == .prescriptionExemption { return proposal ? "would be free on this date" : "free on this date" }
            return proposal ? "would be due now" : "due now"
        case .paidEarlier?: return proposal ? "would have been paid earlier" : "paid earlier"
        case .upcoming?:
            return entry.nextDue.map { (proposal ? "would next be due on " : "next due on ") + spoken($0) }
                ?? (proposal ? "would be due later" : "due later")
        case .ended?: return proposal ? "would have ended" : "ended"
        case .notEligible?:
            if entry.kind == .prescriptionExemption { return proposal ? "charges would apply" : "charges apply" }
            return proposal ? "would not be entitled" : "not entitled"
        case nil: return "not worked out"
        }
    }

    /// The figures of one result in sentences.
    static func body(_ result: EntitlementResult, _ assessment: Assessment) -> String {
        var lines: [String] = []
        switch result {
        case .allowance(let allowance):
            for line in allowance.lines {
                lines.append("From \(spoken(line.from)) to \(spoken(line.to)): \(line.days) \(line.days == 1 ? "day" : "days") at \(line.weeklyRate.formatted) a week, \(line.amount.formatted).")
            }
            lines.append("In total: \(allowance.total.formatted).")
        case .grant(let grant):
            if grant.explanation.eligible {
                lines.append("A grant of \(grant.amount.formatted) (financial year \(grant.financialYear)).")
                if grant.remaining.pence < 0 {
                    lines.append("\(Money(pence: -grant.remaining.pence).formatted) more than the grant has been paid: an overpayment.")
                } else {
                    lines.append("Still to be paid: \(grant.remaining.formatted).")
                }
            } else {
                lines.append(assessment.scheme.status == .proposal ? "No grant would be due." : "No grant is due.")
            }
        case .bursary(let bursary):
            for payment in bursary.payments {
                lines.append("\(payment.amount.formatted) due on \(spoken(payment.due)).")
            }
            lines.append(bursary.payments.isEmpty ? (assessment.scheme.status == .proposal ? "No payment would be due." : "No payment is due.") : "In total: \(bursary.total.formatted).")
        case .prescription(let prescription):
            for ground in prescription.grounds {
                let until = ground.until.map { " until \(spoken($0))" } ?? ""
                lines.append((assessment.scheme.status == .proposal ? "Would be free" : "Free") + "\(until): \(assessment.scheme.prescription.words(forGround: ground.ground)).")
            }
            lines.append("A prescription item costs \(prescription.chargePerItem.formatted) on this date.")
            if let cost = prescription.annualCost {
                lines.append("The cheapest way to pay for a year: \(cost.option.replacingOccurrences(of: "-", with: " ")), \(cost.amount.formatted).")
            }
        }
        return lines.map { wrap(plain($0, assessment), indent: "  ", hanging: "  ") }.joined()
    }

    /// "Why:" and each reason in plain words (with its rule id under `--explain`).
    static func reasons(_ explanation: Explanation, _ assessment: Assessment, explain: Bool, style: TextStyle) -> String {
        guard !explanation.reasons.isEmpty else { return "" }
        var text = "  Why:\n"
        for reason in explanation.reasons {
            let said = wrap(plain(reason.text, assessment), indent: "    • ", hanging: "      ")
            text += explain ? String(said.dropLast()) + " " + style.dim("[\(reason.rule)]") + "\n" : said
        }
        return text
    }

    /// Text for people: dates written out, scheme and region names instead of their ids, params as
    /// the options that set them.
    static func plain(_ text: String, _ assessment: Assessment) -> String {
        var text = spokenDates(in: text)
        // The rule book words a council for a kinship carer; a care leaver has no kinship carer.
        if assessment.careLeaver { text = text.replacingOccurrences(of: "The carer's council, ", with: "The council, ") }
        text = text.replacingOccurrences(of: "Under \(assessment.scheme.id),", with: "Under \(schemeName(assessment.scheme)),")
        text = text.replacingOccurrences(of: "under \(assessment.scheme.id)", with: "under \(schemeName(assessment.scheme))")
        for (id, name) in [("rest-of-england", "the rest of England"), ("south-east", "the South East"), ("london", "London")] {
            text = ParamsBuilder.replacingWord(id, with: name, in: text)
        }
        return ParamsBuilder.flagsInText(text, near: [], in: AssessCommand.options)
    }

    /// The scheme in words: what its rules are.
    static func schemeName(_ scheme: Scheme) -> String {
        switch scheme.id {
        case "england-statutory": "the statutory rules in England"
        case "review-2022": "the Independent Review's 2022 recommendations"
        default: "the rules \"\(scheme.title)\""
        }
    }

    /// `text` with every ISO date (`2025-09-03`) written out (`3 September 2025`).
    static func spokenDates(in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if index + 10 <= scalars.count, index == 0 || !isDigitOrDash(scalars[index - 1]),
               index + 10 == scalars.count || !isDigitOrDash(scalars[index + 10]),
               let date = CalendarDate(String(String.UnicodeScalarView(scalars[index..<index + 10]))) {
                result.append(contentsOf: spoken(date).unicodeScalars)
                index += 10
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// Whether a scalar is a digit or a dash (so a date inside a longer token is left alone).
    static func isDigitOrDash(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || scalar == "-"
    }

    /// A date written out: `3 September 2025`.
    static func spoken(_ date: CalendarDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                      "December"]
        return "\(date.day) \(months[(date.month - 1) % 12]) \(date.year)"
    }

    /// Wrapped at the report's width, ending in a newline.
    static func wrap(_ text: String, indent: String, hanging: String) -> String {
        TextWrap.wrap(text, width: Report.width, indent: indent, hanging: hanging) + "\n"
    }
}
