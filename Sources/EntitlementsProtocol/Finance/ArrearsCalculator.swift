import Entitlements

/// Recomputes each paid period under a rule book, from the case's request in a caseload.
///
/// A period is recomputed as the case's request with `from` and `to` set to the period's first
/// and last day, without `schedule` or `alreadyPaid`: a schedule's payment is the sum of its lines,
/// and lines are cut at pay-period boundaries, so under the rule book that made the payment the
/// amount owed equals the amount paid to the penny.
public struct ArrearsCalculator: Sendable {
    /// The dispatcher over the current rule book.
    let dispatcher: Dispatcher

    /// A calculator over a rule book.
    public init(ruleBook: RuleBook) {
        dispatcher = Dispatcher(ruleBook: ruleBook, explains: false)
    }

    /// The arrears of the payments against the caseload. A payment that cannot be recomputed (an
    /// unknown case, a case whose caseload row is faulty, a method without a weekly allowance, a
    /// request refused) is a fault naming its row, and the others go on; `faults` are those already
    /// found reading the files, listed first. Throws only when the totals overflow.
    public func run(payments: [PaidPeriod], paymentsFile: String, caseload: [CaseRecord],
                    faults inputFaults: [FinanceInputError] = []) throws(FinanceInputError) -> ArrearsRun {
        var byRef: [String: CaseRecord] = [:]
        for record in caseload { byRef[record.caseRef] = record }
        var faultyCases: [String: FinanceInputError] = [:]
        for fault in inputFaults where fault.file != paymentsFile {
            if let caseRef = fault.caseRef, faultyCases[caseRef] == nil { faultyCases[caseRef] = fault }
        }
        var order: [String] = []
        var lines: [String: [ArrearsRun.Line]] = [:]
        var faults = inputFaults
        for payment in payments {
            func fault(_ message: String) -> FinanceInputError {
                FinanceInputError(file: paymentsFile, line: payment.line, column: "caseRef", message: message, caseRef: payment.caseRef)
            }
            guard let record = byRef[payment.caseRef] else {
                if let faulty = faultyCases[payment.caseRef] {
                    faults.append(fault("case \"\(payment.caseRef)\" is not recomputed: its caseload row is faulty (\(faulty.errorCell))"))
                } else {
                    faults.append(fault("case \"\(payment.caseRef)\" is not in the caseload; add its request with caseRef \"\(payment.caseRef)\""))
                }
                continue
            }
            do throws(FinanceInputError) {
                let line = try recompute(payment, record, fault)
                if lines[payment.caseRef] == nil { order.append(payment.caseRef) }
                lines[payment.caseRef, default: []].append(line)
            } catch {
                faults.append(error)
            }
        }
        do {
            var cases: [ArrearsRun.Case] = []
            for caseRef in order {
                let caseLines = lines[caseRef] ?? []
                let paid = try Money.sum(caseLines.map(\.paid.paid))
                let owed = try Money.sum(caseLines.map(\.owed))
                cases.append(ArrearsRun.Case(caseRef: caseRef, lines: caseLines, paid: paid, owed: owed, difference: try owed.subtracting(paid)))
            }
            let paid = try Money.sum(cases.map(\.paid))
            let owed = try Money.sum(cases.map(\.owed))
            let arrears = try Money.sum(cases.map(\.difference).filter { $0 > .zero })
            let overpaid = try Money.sum(cases.map(\.difference).filter { $0 < .zero })
            return ArrearsRun(cases: cases, paid: paid, owed: owed, difference: try owed.subtracting(paid), arrears: arrears,
                              overpayment: Money(pence: -overpaid.pence), revision: dispatcher.engine.ruleBook.revision,
                              faults: faults)
        } catch {
            throw FinanceInputError(file: paymentsFile, line: nil, column: nil, message: "the totals overflow; split the file")
        }
    }

    /// One period under the rule book.
    func recompute(_ payment: PaidPeriod, _ record: CaseRecord,
                   _ fault: (String) -> FinanceInputError) throws(FinanceInputError) -> ArrearsRun.Line {
        guard case .object(let members) = record.params else { throw fault("case \"\(record.caseRef)\" has no params") }
        var params = members.filter { !["from", "to", "schedule", "alreadyPaid"].contains($0.key) }
        params.append(JSONMember("from", .string(payment.from.isoText)))
        params.append(JSONMember("to", .string(payment.to.isoText)))
        let result: MethodResult
        do {
            result = try dispatcher.result(record.method, params: JSONField(.object(params), path: "/params"))
        } catch {
            throw fault("case \"\(record.caseRef)\" (caseload line \(record.line)) cannot be recomputed for "
                        + "\(payment.from.isoText) to \(payment.to.isoText): \(error.message)")
        }
        guard case .entitlement(_, .allowance(let allowance), _) = result else {
            throw fault("case \"\(record.caseRef)\" is a \(record.method.rawValue) request; arrears are recomputed for weekly allowances "
                        + "(kinship.allowance, stayingPut.funding)")
        }
        var rates: [Money] = []
        var rows: [String] = []
        for line in allowance.lines {
            if rates.last != line.weeklyRate { rates.append(line.weeklyRate) }
            let row = line.effective.map { "\(line.table) \($0.isoText)" } ?? line.table
            if rows.last != row { rows.append(row) }
        }
        guard let difference = try? allowance.total.subtracting(payment.paid) else { throw fault("the difference overflows") }
        return ArrearsRun.Line(paid: payment, owed: allowance.total, difference: difference, newWeeklyRates: rates, newTableRows: rows)
    }
}
