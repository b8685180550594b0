/// A request for the leaving-care grant (setting-up-home allowance) on a date.
public struct GrantRequest: Sendable, Equatable {
    /// The date of the claim.
    public var on: CalendarDate
    /// The young person's date of birth, if known.
    public var dateOfBirth: CalendarDate?
    /// Whether the young person is a care leaver.
    public var careLeaver: Bool
    /// What has been paid already.
    public var alreadyPaid: Money?
    /// Whether estimated values may be used.
    public var allowEstimated: Bool

    /// Makes a request.
    public init(on: CalendarDate, dateOfBirth: CalendarDate? = nil, careLeaver: Bool = true, alreadyPaid: Money? = nil, allowEstimated: Bool = false) {
        self.on = on
        self.dateOfBirth = dateOfBirth
        self.careLeaver = careLeaver
        self.alreadyPaid = alreadyPaid
        self.allowEstimated = allowEstimated
    }
}

extension GrantRequest: EntitlementRequest {
    /// The leaving-care grant.
    public static var kind: EntitlementKind { .leavingCareGrant }

    /// The grant under `scheme`.
    public func result(engine: Engine, scheme: Scheme) throws(CalculationError) -> EntitlementResult {
        .grant(try engine.leavingCareGrant(self, scheme: scheme))
    }
}

/// One year of an indexed amount.
public struct IndexationStep: Sendable, Equatable {
    /// The financial year.
    public let financialYear: FinancialYear
    /// The index rate applied on its 1 April (nil for the base year).
    public let rate: PercentRate?
    /// The year's amount.
    public let amount: Money
}

/// The leaving-care grant for the financial year of a date.
public struct GrantResult: Sendable, Equatable {
    /// Eligibility, reasons and estimated values used.
    public var explanation: Explanation
    /// The financial year containing the date.
    public var financialYear: FinancialYear
    /// The grant for that year (zero when not eligible).
    public var amount: Money
    /// `amount − alreadyPaid`: negative when more than the grant has been paid (an overpayment).
    public var remaining: Money
    /// How an indexed amount was reached, year by year (empty when not indexed).
    public var indexation: [IndexationStep]
}

extension Engine {
    /// The leaving-care grant for the financial year containing the claim date.
    public func leavingCareGrant(_ request: GrantRequest, scheme: Scheme) throws(CalculationError) -> GrantResult {
        let policy = scheme.leavingCareGrant
        let status = scheme.status
        let year = FinancialYear(containing: request.on)
        var explanation = explanation()
        var steps: [IndexationStep] = []
        let full: Money
        switch policy.rule {
        case .fixed(let rows):
            let choice = rows.choose(on: request.on, allowEstimated: request.allowEstimated)
            guard case .found(let row) = choice, let amount = row.payload else {
                throw CalculationError.missing(choice, table: policy.id, tableTitle: "leaving-care grant", date: request.on, region: nil)
            }
            explanation.used(row, table: policy.id)
            full = amount
            explanation.say(policy.id, "Under \(scheme.id), the grant \(status.says("is", "would be")) \(pounds: amount) for claims from \(row.effective)\(row.until.map { " to \($0)" } ?? ""); it \(status.says("is not", "would not be")) indexed.", row.citation)
        case .indexed(let indexed):
            (full, steps) = try indexedAmount(indexed, policy: policy, year: year, request: request, explanation: &explanation)
            explanation.say(policy.id, "Under \(scheme.id), the grant \(status.says("was", "would have been")) \(pounds: indexed.baseAmount) in \(indexed.baseYear) and \(status.says("rises", "would rise")) each 1 April by the previous \(indexed.indexMonthName)'s \(ruleBook.indexSeries[indexed.index]?.title ?? indexed.index), rounded to the pound: \(pounds: full) in \(year).", policy.indexationCitation)
        }
        var eligible = request.careLeaver
        if !request.careLeaver {
            explanation.say(policy.id, "The grant \(status.says("is", "would be")) for care leavers; this person is not a care leaver, so nothing \(status.says("is", "would be")) due.", policy.citation)
        }
        let ages = "\(policy.minAge) to \(policy.maxAge)"
        if let dateOfBirth = request.dateOfBirth {
            let age = dateOfBirth.age(on: request.on)
            if age < policy.minAge || age > policy.maxAge {
                eligible = false
                let limit = age < policy.minAge ? policy.minAge : policy.maxAge + 1
                let edge = age < policy.minAge
                    ? "from the \(policy.minAge)\(ordinalSuffix(policy.minAge)) birthday (\(dateOfBirth.birthday(policy.minAge).map(\.isoText) ?? ""))"
                    : "until the day before the \(policy.maxAge + 1)\(ordinalSuffix(policy.maxAge + 1)) birthday (\(dateOfBirth.birthday(policy.maxAge + 1)?.previousDay.map(\.isoText) ?? ""))"
                explanation.say(policy.id, "Age \(age) on \(request.on): the grant \(status.says("is", "would be")) for care leavers aged \(ages) on the claim date, \(edge), so nothing \(status.says("is", "would be")) due.", policy.ageCitation)
                explanation.sayLeapBirthdayReading(born: dateOfBirth, birthday: limit)
            } else {
                explanation.say(policy.id, "Age \(age) on \(request.on), within the ages of \(ages) at which care leavers \(status.says("can", "could")) claim the grant.", policy.ageCitation)
            }
            explanation.sayLeapBirthdayReading(born: dateOfBirth, ageOn: request.on)
        } else {
            explanation.say(policy.id, "No date of birth was given, so the age was not checked: the grant \(status.says("is", "would be")) for care leavers aged \(ages) on the claim date.", policy.ageCitation)
        }
        let amount = eligible ? full : .zero
        var remaining = amount
        if let paid = request.alreadyPaid {
            do { remaining = try amount.subtracting(paid) } catch { throw .overflow("alreadyPaid") }
            if remaining.pence < 0 {
                explanation.say(policy.id, "The grant \(status.says("is", "would be")) paid once, though it may be drawn in parts: \(pounds: paid) has been paid against \(pounds: amount), \(status.says("an overpayment", "which would be an overpayment")) of \(pounds: Money(pence: -remaining.pence)).", policy.ageCitation)
            } else {
                explanation.say(policy.id, "The grant \(status.says("is", "would be")) paid once, though it may be drawn in parts: \(pounds: paid) has been paid already, so \(pounds: remaining) \(status.says("remains", "would remain")).", policy.ageCitation)
            }
        }
        explanation.eligible = eligible
        return GrantResult(explanation: explanation, financialYear: year, amount: amount, remaining: remaining, indexation: steps)
    }

    /// Carries the base amount forward year by year to `year`.
    private func indexedAmount(_ indexed: IndexedAmount, policy: GrantPolicy, year: FinancialYear, request: GrantRequest,
                               explanation: inout Explanation) throws(CalculationError) -> (Money, [IndexationStep]) {
        guard year >= indexed.baseYear else {
            let first = indexed.baseYear.range?.from ?? request.on
            throw .noEnactedValue(table: policy.id, date: request.on, estimateAvailable: false,
                                  detail: "the \(scheme(policy)) leaving-care grant starts in \(indexed.baseYear) (from \(first)); no value covers \(request.on)")
        }
        guard let series = ruleBook.indexSeries[indexed.index] else {
            throw .notConfigured(field: nil, message: "the rule book has no index series \(indexed.index)")
        }
        if indexed.baseStatus == .estimated {
            let first = indexed.baseYear.range?.from ?? request.on
            guard request.allowEstimated else {
                throw .noEnactedValue(table: policy.id, date: first, estimateAvailable: true,
                                      detail: "the \(scheme(policy)) leaving-care grant's base amount for \(indexed.baseYear) is only an estimate (\(indexed.baseNote ?? "estimated"))")
            }
            let value = EstimatedValue(table: policy.id, effective: first, until: indexed.baseYear.range?.to, region: nil,
                                       note: indexed.baseNote ?? "estimated")
            if !explanation.estimated.contains(value) { explanation.estimated.append(value) }
        }
        var amount = indexed.baseAmount
        var steps = [IndexationStep(financialYear: indexed.baseYear, rate: nil, amount: amount)]
        var current = indexed.baseYear
        while current < year {
            current = current.next
            let indexYear = current.startYear - 1
            guard let entry = series.entry(year: indexYear, month: indexed.indexMonth) else {
                let date = CalendarDate(year: indexYear, month: indexed.indexMonth, day: 1) ?? request.on
                throw .noEnactedValue(table: series.id, date: date, estimateAvailable: false,
                                      detail: "\(series.title) for \(indexYear)-\(indexed.indexMonth < 10 ? "0" : "")\(indexed.indexMonth) is not recorded, so the \(current) grant cannot be computed (table \(series.id))")
            }
            if entry.status == .estimated {
                guard request.allowEstimated else {
                    let date = CalendarDate(year: indexYear, month: indexed.indexMonth, day: 1) ?? request.on
                    throw .noEnactedValue(table: series.id, date: date, estimateAvailable: true,
                                          detail: "the \(indexYear) index value is only an estimate (\(entry.note ?? ""))")
                }
                if let date = CalendarDate(year: indexYear, month: indexed.indexMonth, day: 1) {
                    let value = EstimatedValue(table: series.id, effective: date, until: nil, region: nil, note: entry.note ?? "estimated")
                    if !explanation.estimated.contains(value) { explanation.estimated.append(value) }
                }
            }
            // amount × (1 + rate), rounded half away from zero to the whole pound.
            let numerator = entry.rate.denominator + entry.rate.numerator
            let (scaled, overflow) = amount.pence.multipliedReportingOverflow(by: numerator)
            guard !overflow else { throw .overflow("on") }
            let pounds = Money.divideRoundingHalfAwayFromZero(scaled, by: entry.rate.denominator * 100)
            amount = Money(pence: pounds * 100)
            steps.append(IndexationStep(financialYear: current, rate: entry.rate, amount: amount))
        }
        return (amount, steps)
    }

    private func scheme(_ policy: GrantPolicy) -> String {
        ruleBook.schemes.first { $0.leavingCareGrant.id == policy.id }?.id ?? policy.id
    }
}
