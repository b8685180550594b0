/// A request for the care-leaver apprenticeship bursary.
public struct BursaryRequest: Sendable, Equatable {
    /// The care leaver's date of birth.
    public var dateOfBirth: CalendarDate
    /// The apprenticeship's first day.
    public var start: CalendarDate
    /// The expected or actual last day on the programme.
    public var end: CalendarDate
    /// Whether the person is a care leaver.
    public var careLeaver: Bool

    /// Makes a request.
    public init(dateOfBirth: CalendarDate, start: CalendarDate, end: CalendarDate, careLeaver: Bool = true) {
        self.dateOfBirth = dateOfBirth
        self.start = start
        self.end = end
        self.careLeaver = careLeaver
    }
}

extension BursaryRequest: EntitlementRequest {
    /// The apprenticeship bursary.
    public static var kind: EntitlementKind { .apprenticeshipBursary }

    /// The bursary under `scheme`.
    public func result(engine: Engine, scheme: Scheme) throws(CalculationError) -> EntitlementResult {
        .bursary(try engine.apprenticeshipBursary(self, scheme: scheme))
    }
}

/// One bursary payment.
public struct BursaryPayment: Sendable, Equatable {
    /// The day it is due.
    public let due: CalendarDate
    /// The amount.
    public let amount: Money
    /// The apprenticeship year it belongs to (1 for the first).
    public let year: Int
    /// The instalment number, for fixed instalments.
    public let instalment: Int?
}

/// The bursary payments for an apprenticeship.
public struct BursaryResult: Sendable, Equatable {
    /// Eligibility, reasons and estimated values used.
    public var explanation: Explanation
    /// The sum of the payments.
    public var total: Money
    /// The payments in date order.
    public var payments: [BursaryPayment]
}

extension Engine {
    /// The apprenticeship bursary: fixed instalments after the start, or an amount each
    /// apprenticeship year, while on the programme and within the scheme's ages.
    public func apprenticeshipBursary(_ request: BursaryRequest, scheme: Scheme) throws(CalculationError) -> BursaryResult {
        let policy = scheme.apprenticeshipBursary
        let status = scheme.status
        var explanation = explanation()
        var payments: [BursaryPayment] = []
        func finish() throws(CalculationError) -> BursaryResult {
            let total: Money
            do { total = try Money.sum(payments.map(\.amount)) } catch { throw .overflow("end") }
            explanation.eligible = !payments.isEmpty
            return BursaryResult(explanation: explanation, total: total, payments: payments)
        }
        guard request.careLeaver else {
            explanation.say(policy.id, "The bursary \(status.says("is", "would be")) for care leavers; this person is not a care leaver.", policy.citation)
            return try finish()
        }
        guard let plan = policy.plans.first(where: { $0.startsFrom <= request.start && (request.start <= ($0.startsUntil ?? request.start)) }) else {
            let first = policy.plans.first.map { " (the first covers starts from \($0.startsFrom))" } ?? ""
            explanation.say(policy.id, "Under \(scheme.id), no bursary \(status.says("covers", "would cover")) an apprenticeship starting on \(request.start)\(first).", policy.citation)
            return try finish()
        }
        let ages = "\(policy.minAge) to \(policy.maxAge)"
        func ageAllows(_ date: CalendarDate) -> Bool {
            let age = request.dateOfBirth.age(on: date)
            return age >= policy.minAge && age <= policy.maxAge
        }
        // The rule book says when the ages are tested: once on the start date, or on each payment's due date.
        let startAge = request.dateOfBirth.age(on: request.start)
        if policy.ageTest == .start {
            explanation.sayLeapBirthdayReading(born: request.dateOfBirth, ageOn: request.start)
            guard ageAllows(request.start) else {
                explanation.say(policy.id, "Age \(startAge) on the start date \(request.start); the bursary \(status.says("is", "would be")) for care leavers aged \(ages) at the start.", plan.citation)
                return try finish()
            }
        }
        switch plan.payment {
        case .instalments(let instalments):
            if policy.ageTest == .start {
                explanation.say(policy.id, "Age \(startAge) on the start date \(request.start), within \(ages); apprenticeships starting from \(plan.startsFrom) \(status.says("are", "would be")) paid \(instalments.count == 1 ? "once" : "in \(instalments.count) instalments").", plan.citation)
            } else {
                explanation.say(policy.id, "Apprenticeships starting from \(plan.startsFrom) \(status.says("are", "would be")) paid \(instalments.count == 1 ? "once" : "in \(instalments.count) instalments"), each while the care leaver is aged \(ages) on its due date.", plan.citation)
            }
            for unmodelled in plan.notModelled where request.start >= unmodelled.startsFrom {
                explanation.say(policy.id, Sentence(unmodelled.reason), plan.citation)
            }
            for (number, instalment) in instalments.enumerated() {
                guard let due = request.start.adding(days: instalment.afterDays) else { continue }
                guard due <= request.end else {
                    explanation.say(policy.id, "Instalment \(number + 1) (\(pounds: instalment.amount), due \(instalment.afterDays) days after the start, on \(due)) \(status.says("is not", "would not be")) paid: the programme ends on \(request.end).", plan.citation)
                    continue
                }
                if policy.ageTest == .eachPayment {
                    explanation.sayLeapBirthdayReading(born: request.dateOfBirth, ageOn: due)
                    guard ageAllows(due) else {
                        explanation.say(policy.id, "Instalment \(number + 1) \(status.says("is", "would be")) due on \(due) at age \(request.dateOfBirth.age(on: due)), outside \(ages), so it \(status.says("is not", "would not be")) paid.", plan.citation)
                        continue
                    }
                }
                payments.append(BursaryPayment(due: due, amount: instalment.amount, year: 1, instalment: number + 1))
            }
        case .annual(let amount):
            if policy.ageTest == .start {
                explanation.say(policy.id, "Under \(scheme.id), \(pounds: amount) \(status.says("is", "would be")) paid on the first day of each apprenticeship year while the care leaver is still on the programme, for care leavers aged \(ages) at the start.", plan.citation)
            } else {
                explanation.say(policy.id, "Under \(scheme.id), \(pounds: amount) \(status.says("is", "would be")) paid on the first day of each apprenticeship year that begins while the care leaver is aged \(ages) and still on the programme.", plan.citation)
            }
            for unmodelled in plan.notModelled where request.start >= unmodelled.startsFrom {
                explanation.say(policy.id, Sentence(unmodelled.reason), plan.citation)
            }
            var year = 1
            while let due = request.start.adding(years: year - 1), due <= request.end {
                if policy.ageTest == .start || ageAllows(due) {
                    payments.append(BursaryPayment(due: due, amount: amount, year: year, instalment: nil))
                } else {
                    let age = request.dateOfBirth.age(on: due)
                    explanation.say(policy.id, "Year \(year) begins on \(due) at age \(age), outside \(ages), so it \(status.says("is not", "would not be")) paid.", plan.citation)
                    if age > policy.maxAge { break }
                }
                if policy.ageTest == .eachPayment { explanation.sayLeapBirthdayReading(born: request.dateOfBirth, ageOn: due) }
                year += 1
            }
        }
        return try finish()
    }
}
