import Entitlements
import EntitlementsProtocol

/// A care leaver's entitlement letter as one HTML page: each entitlement, what is due and when, why,
/// the scheme's status and the rule-book revision.
enum CareLeaverLetter {
    /// The page for a case's result (`assess`, or one entitlement).
    static func render(_ record: CaseRecord, _ result: JSONValue, ruleBook: RuleBook) -> String {
        var page = HTMLPage(title: "Your entitlements – \(record.caseRef)")
        page.add("h1", "Your entitlements as a care leaver")
        var who: [(String, String)] = []
        if let name = record.name ?? record.payee { who.append(("To", name)) }
        who.append(("Case reference", record.caseRef))
        if let on = record.params.text("on") { who.append(("Worked out on", WrittenDate.text(on))) }
        page.pairs(who)
        // From assess, the kinship allowance is the carer's, not the care leaver's: the letter leaves it out.
        let entitlements = result.list("entitlements").isEmpty
            ? [result] : result.list("entitlements").filter { $0.text("method") != Method.kinshipAllowance.rawValue }
        let due = entitlements.filter { $0.flag("eligible") == true }.map { StatementText.title($0.text("method")) }
        page.add("p", due.isEmpty ? "On this date you are not entitled to any of the payments below; the reasons are given for each."
                                  : "You are entitled to: " + due.joined(separator: "; ") + ".", class: "lead")
        for entitlement in entitlements {
            section(entitlement, into: &page)
        }
        StatementText.footer(result, ruleBook: ruleBook, into: &page)
        return page.html
    }

    /// One entitlement: whether it is due, its figures and payments, and why.
    static func section(_ entitlement: JSONValue, into page: inout HTMLPage) {
        page.add("h2", StatementText.title(entitlement.text("method")))
        let eligible = entitlement.flag("eligible") == true
        var figures: [(String, String)] = [("Entitled", eligible ? "Yes" : "No")]
        if let amount = entitlement.money("amount") {
            figures.append(("Amount" + (entitlement.text("financialYear").map { " in \($0)" } ?? ""), amount.formatted))
        }
        if let remaining = entitlement.money("remaining") { figures.append(("Still to claim", remaining.formatted)) }
        if let saving = entitlement.money("annualSaving") { figures.append(("Saving a year", saving.formatted)) }
        if entitlement.text("method") != Method.leavingCareGrant.rawValue, let total = entitlement.money("total") { figures.append(("Total", total.formatted)) }
        page.pairs(figures)
        let payments = entitlement.list("payments")
        if !payments.isEmpty {
            let rows = payments.map { payment in
                [(payment.text("due") ?? payment.text("payDate")).flatMap(CalendarDate.init).map(WrittenDate.withWeekday) ?? "",
                 payment.pounds("amount")]
            }
            page.table(["Due on", "Amount"], rows, numeric: [1])
        }
        page.list(entitlement.list("reasons").compactMap { $0.text("text") }.map(WrittenDate.sentence))
        StatementText.estimates(entitlement, into: &page)
    }
}
