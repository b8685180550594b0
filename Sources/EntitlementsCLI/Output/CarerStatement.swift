import Entitlements
import EntitlementsProtocol

/// A carer's payment statement as one HTML page: who, what was paid and when, the rates used and why,
/// the scheme's status and the rule-book revision.
enum CarerStatement {
    /// The page for a case's weekly-allowance result.
    static func render(_ record: CaseRecord, _ result: JSONValue, ruleBook: RuleBook, year: FinancialYear?) -> String {
        let from = WrittenDate.text(record.params.text("from")), to = WrittenDate.text(record.params.text("to"))
        let heading = year.map { "Annual payment statement \($0)" } ?? "Payment statement"
        var page = HTMLPage(title: "\(heading) – \(record.caseRef)")
        page.add("h1", heading)
        page.add("p", StatementText.allowanceTitle(record.method), class: "lead")
        var who: [(String, String)] = []
        if let payee = record.payee { who.append(("Paid to", payee)) }
        if let name = record.name { who.append(("For", name)) }
        who.append(("Case reference", record.caseRef))
        who.append(("Period", "\(from) to \(to)"))
        if let region = record.params.text("region") { who.append(("Region", StatementText.region(region))) }
        page.pairs(who)
        let total = result.money("total") ?? .zero
        if result.flag("eligible") == true {
            page.add("p", "Total for the period: \(total.formatted)", class: "total")
        } else {
            page.add("p", "Nothing is due for this period.", class: "total")
        }

        page.add("h2", "Payments")
        let payments = result.list("payments")
        if payments.isEmpty {
            page.add("p", "No payment schedule was given for this case, so the amounts are shown by period under Rates used.")
        } else {
            let rows = payments.map { payment in
                [payment.text("payDate").flatMap(CalendarDate.init).map(WrittenDate.withWeekday) ?? "",
                 "\(WrittenDate.text(payment.text("from"))) to \(WrittenDate.text(payment.text("to")))", payment.pounds("amount")]
            }
            page.table(["Pay date", "Days paid", "Amount"], rows, numeric: [2], footer: ["Total", "", total.formatted])
        }

        page.add("h2", "Rates used")
        let runs = rateRuns(result.list("lines"))
        let lines = runs.map { run in
            [WrittenDate.text(run.first.text("from")), WrittenDate.text(run.last.text("to")), String(run.days), run.first.pounds("weeklyRate"),
             run.first.text("ageBand").map { "aged " + $0.replacingHyphens } ?? "", StatementText.tableRow(run.first, ruleBook: ruleBook),
             run.amount.formatted]
        }
        page.table(["From", "To", "Days", "Weekly rate", "Age band", "Rates from", "Amount"], lines, numeric: [2, 3, 6],
                   footer: ["Total", "", "", "", "", "", total.formatted])
        page.add("p", "Each payment's days at a rate are paid at the weekly rate × days ÷ 7, rounded to the penny; the amounts here "
                 + "are the sums of those payments' parts.", class: "note")

        page.add("h2", "Why these amounts")
        page.list(result.list("reasons").compactMap { $0.text("text") }.map(WrittenDate.sentence))
        StatementText.estimates(result, into: &page)
        StatementText.footer(result, ruleBook: ruleBook, into: &page)
        return page.html
    }
}

extension CarerStatement {
    /// Consecutive lines at the same rate from the same table row and band, run together.
    static func rateRuns(_ lines: [JSONValue]) -> [(first: JSONValue, last: JSONValue, days: Int, amount: Money)] {
        var runs: [(first: JSONValue, last: JSONValue, days: Int, amount: Money)] = []
        func key(_ line: JSONValue) -> [String?] {
            [line.text("weeklyRate"), line.text("ageBand"), line.text("table"), line.text("effective"), line.text("region")]
        }
        for line in lines {
            let days = Int(line.shown("days")) ?? 0
            let amount = line.money("amount") ?? .zero
            if let last = runs.last, key(last.first) == key(line), let sum = try? last.amount.adding(amount) {
                runs[runs.count - 1] = (last.first, line, last.days + days, sum)
            } else {
                runs.append((line, line, days, amount))
            }
        }
        return runs
    }
}

extension String {
    /// `11-15` as `11–15` (an en dash between ages).
    var replacingHyphens: String { split(separator: "-", omittingEmptySubsequences: false).joined(separator: "–") }
}
