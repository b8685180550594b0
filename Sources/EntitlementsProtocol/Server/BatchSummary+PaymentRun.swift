import Entitlements

/// What a payment run (`batch --csv`) paid: the batch summary of its results (accruals: money by
/// financial year of service, arrears and overpayments), and the cash basis: money by financial
/// year and by month of the pay date.
public struct PaymentRunSummary: Sendable {
    /// The results added up as `batch` adds them (by method, scheme and financial year of service).
    public internal(set) var batch = BatchSummary()
    /// Caseload rows read (blank rows excluded).
    public internal(set) var cases = 0
    /// Payment rows written.
    public internal(set) var paymentRows = 0
    /// Error rows written.
    public internal(set) var errorRows = 0
    /// Money by the financial year of the pay date (its start year), in pence.
    public internal(set) var cashByYear: [Int: Int64] = [:]
    /// Money by the month of the pay date (`year × 12 + month − 1`), in pence.
    public internal(set) var cashByMonth: [Int: Int64] = [:]
    /// Money in rows without a pay date (results without a schedule), in pence.
    public internal(set) var withoutPayDate: Int64 = 0
    /// How long the run took, for the rate in the summary (never used in a calculation).
    public internal(set) var nanoseconds: UInt64 = 0

    /// An empty summary.
    public init() {}

    /// Adds one payment row's amount under its pay date.
    mutating func addPayment(_ amount: Money, payDate: CalendarDate?) {
        paymentRows += 1
        guard let payDate else {
            withoutPayDate &+= amount.pence
            return
        }
        cashByYear[FinancialYear(containing: payDate).startYear, default: 0] &+= amount.pence
        cashByMonth[payDate.year * 12 + payDate.month - 1, default: 0] &+= amount.pence
    }

    /// Adds another part of the run.
    mutating func merge(_ other: PaymentRunSummary) {
        batch.merge(other.batch)
        cases += other.cases
        paymentRows += other.paymentRows
        errorRows += other.errorRows
        cashByYear.merge(other.cashByYear, uniquingKeysWith: &+)
        cashByMonth.merge(other.cashByMonth, uniquingKeysWith: &+)
        withoutPayDate &+= other.withoutPayDate
    }

    /// `2025-07` for a month key.
    static func monthName(_ key: Int) -> String {
        let month = key % 12 + 1
        return "\(key / 12)-\(month < 10 ? "0" : "")\(month)"
    }

    /// The summary for people (no case's data: only counts and totals).
    public var text: String {
        var lines = ["payment run: \(BatchSummary.cases(cases)), \(paymentRows) payment rows, \(errorRows) error rows"]
        if !cashByYear.isEmpty {
            lines.append("paid by financial year of the pay date (cash basis):")
            lines += BatchSummary.aligned(cashByYear.keys.sorted().map { [FinancialYear(startYear: $0).description, Money(pence: cashByYear[$0] ?? 0).formatted] })
            lines.append("paid by month of the pay date:")
            lines += BatchSummary.aligned(cashByMonth.keys.sorted().map { [Self.monthName($0), Money(pence: cashByMonth[$0] ?? 0).formatted] })
        }
        if withoutPayDate != 0 {
            lines.append("in rows without a pay date (no schedule): \(Money(pence: withoutPayDate).formatted)")
        }
        lines.append("accruals (by financial year of service) and any arrears: the batch totals below")
        return lines.joined(separator: "\n") + "\n" + batch.text(nanoseconds: nanoseconds)
    }

    /// The summary as JSON (`--summary-json`): the batch summary's members, and `paymentRun`.
    public var json: JSONValue {
        var members: [JSONMember] = []
        if case .object(let batchMembers) = batch.json { members = batchMembers }
        members.append(JSONMember("paymentRun", .object([
            "cases": .number(String(cases)), "paymentRows": .number(String(paymentRows)), "errorRows": .number(String(errorRows)),
            "cashByFinancialYear": .array(cashByYear.keys.sorted().map {
                .object(["financialYear": .string(FinancialYear(startYear: $0).description), "amount": .string(Money(pence: cashByYear[$0] ?? 0).decimalText)])
            }),
            "cashByMonth": .array(cashByMonth.keys.sorted().map {
                .object(["month": .string(Self.monthName($0)), "amount": .string(Money(pence: cashByMonth[$0] ?? 0).decimalText)])
            }),
            "withoutPayDate": .string(Money(pence: withoutPayDate).decimalText),
        ])))
        return .object(members)
    }
}
