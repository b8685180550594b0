/// A request to check prescription-charge exemption on a date.
public struct PrescriptionRequest: Sendable, Equatable {
    /// The person's date of birth.
    public var dateOfBirth: CalendarDate
    /// The date of dispensing.
    public var on: CalendarDate
    /// Whether the person is a care leaver.
    public var careLeaver: Bool = false
    /// In full-time education.
    public var fullTimeEducation: Bool = false
    /// Holds a valid maternity exemption certificate.
    public var maternityExemption: Bool = false
    /// Holds a valid medical exemption certificate.
    public var medicalExemption: Bool = false
    /// Holds a valid war pension exemption certificate.
    public var warPensionExemption: Bool = false
    /// Is an NHS inpatient.
    public var nhsInpatient: Bool = false
    /// Qualifying benefits and certificates, by the words the rule book gives them (`PrescriptionPolicy.benefitWords`).
    public var benefits: [String] = []
    /// The qualifying benefits of the person this person is a dependant of (the under-20 dependant ground).
    public var dependantOfBenefits: [String] = []
    /// Items a month, to price a year of prescriptions.
    public var itemsPerMonth: Int?
    /// Whether the items are HRT items, which the HRT prepayment certificate covers.
    public var hrtItems: Bool = false
    /// Whether estimated charges may be used.
    public var allowEstimated: Bool = false

    /// Makes a request.
    public init(dateOfBirth: CalendarDate, on: CalendarDate) {
        self.dateOfBirth = dateOfBirth
        self.on = on
    }
}

extension PrescriptionRequest: EntitlementRequest {
    /// The prescription exemption.
    public static var kind: EntitlementKind { .prescriptionExemption }

    /// The exemption under `scheme`.
    public func result(engine: Engine, scheme: Scheme) throws(CalculationError) -> EntitlementResult {
        .prescription(try engine.prescriptionExemption(self, scheme: scheme))
    }
}

/// One ground of exemption, and its last day when known.
public struct ExemptionGround: Sendable, Equatable {
    /// The ground's id, e.g. `under-16`.
    public let ground: String
    /// The last day it applies, or nil when it lasts (or its end is not known).
    public let until: CalendarDate?
}

/// The cheapest way to pay for a year of prescriptions.
public struct AnnualCost: Sendable, Equatable {
    /// `per-item`, `prepayment-3-month`, `prepayment-12-month`, `hrt-prepayment-12-month` (HRT items
    /// only) or `exempt`.
    public let option: String
    /// The cost over a year.
    public let amount: Money
}

/// Whether prescriptions are free on a date, on which grounds, and what they would cost.
public struct PrescriptionResult: Sendable, Equatable {
    /// Eligibility (exempt), reasons and estimated values used.
    public var explanation: Explanation
    /// Whether the person pays no charge.
    public var exempt: Bool
    /// The grounds in a fixed order: age (under 16, full-time education, 60 or over), the
    /// certificates (maternity, medical, war pension), NHS inpatient, the benefits in the rule book's
    /// order (`PrescriptionPolicy.benefitWords`), the under-20 dependant ground, then care leaver.
    public var grounds: [ExemptionGround]
    /// The charge per item on the date.
    public var chargePerItem: Money
    /// The cheapest yearly cost, when items per month were given.
    public var annualCost: AnnualCost?
    /// Paying per item minus the cheapest cost, when items per month were given.
    public var annualSaving: Money?
}

/// The grounds of exemption that are not a qualifying benefit (those are the rule book's words).
public enum PrescriptionExemption {
    /// The grounds before the benefits, in the order results list them.
    public static let groundsBeforeBenefits = ["under-16", "full-time-education", "aged-60-or-over", "maternity-exemption",
                                               "medical-exemption", "war-pension-exemption", "nhs-inpatient"]
    /// The ground of a person under the dependant age who is the dependant of someone getting a qualifying benefit.
    public static let dependantGround = "under-20-dependant"
    /// The grounds after the benefits, in the order results list them.
    public static let groundsAfterBenefits = [dependantGround, "care-leaver"]
}

extension Engine {
    /// Prescription-charge exemption on a date under a scheme, with the charge and the cheapest yearly cost.
    public func prescriptionExemption(_ request: PrescriptionRequest, scheme: Scheme) throws(CalculationError) -> PrescriptionResult {
        let policy = scheme.prescription
        try policy.check(request.benefits, field: "benefits")
        try policy.check(request.dependantOfBenefits, field: "dependantOfBenefits")
        let status = scheme.status
        // "exempt" as fact under the law; under a proposal, "would be exempt".
        let exemptWord = status.says("exempt", "would be exempt")
        var explanation = explanation()
        let age = request.dateOfBirth.age(on: request.on)
        let birth = request.dateOfBirth
        var grounds: [ExemptionGround] = []
        func add(_ ground: String, until: CalendarDate?, _ text: Sentence, _ source: Citation = policy.citation) {
            grounds.append(ExemptionGround(ground: ground, until: until))
            explanation.say(policy.id, text, source)
        }
        explanation.sayLeapBirthdayReading(born: birth, ageOn: request.on)
        if age < policy.underAge {
            let until = birth.birthday(policy.underAge)?.previousDay
            add("under-16", until: until, "Age \(age) on \(request.on): under \(policy.underAge), \(exemptWord) until \(until.map(\.isoText) ?? "the day before the birthday").")
            explanation.sayLeapBirthdayReading(born: birth, birthday: policy.underAge)
        }
        if request.fullTimeEducation, age >= policy.educationFromAge, age < policy.educationUntilAge {
            let until = birth.birthday(policy.educationUntilAge)?.previousDay
            add("full-time-education", until: until, "Age \(age) and in full-time education: \(exemptWord) until \(until.map(\.isoText) ?? ""), the day before the \(ordinal: policy.educationUntilAge) birthday.")
            explanation.sayLeapBirthdayReading(born: birth, birthday: policy.educationUntilAge)
        }
        if age >= policy.olderFromAge {
            add("aged-60-or-over", until: nil, "Age \(age): \(policy.olderFromAge) or over, \(exemptWord).")
        }
        let flags: [(Bool, String, String)] = [
            (request.maternityExemption, "maternity-exemption", "holds a valid maternity exemption certificate"),
            (request.medicalExemption, "medical-exemption", "holds a valid medical exemption certificate"),
            (request.warPensionExemption, "war-pension-exemption", "holds a valid war pension exemption certificate"),
            (request.nhsInpatient, "nhs-inpatient", "is an NHS inpatient"),
        ]
        for (flag, ground, phrase) in flags where flag {
            add(ground, until: nil, "The person \(phrase): \(exemptWord) while that lasts.")
        }
        for benefit in policy.benefits where request.benefits.contains(benefit.id) {
            guard let until = benefit.until, let source = benefit.untilCitation else {
                add(benefit.id, until: nil, "The person (or partner) gets or holds \(benefit.name): \(exemptWord) while that lasts.", policy.benefitsCitation)
                continue
            }
            if request.on <= until {
                add(benefit.id, until: until, "The person holds \(benefit.name): \(exemptWord) on this ground until \(until) at the latest. \(benefit.untilNote ?? "").", source)
            } else {
                explanation.say(policy.id, "\(benefit.name.prefix(1).uppercased() + benefit.name.dropFirst()) gives no exemption on \(request.on): the ground ended on \(until). \(benefit.untilNote ?? "").", source)
            }
        }
        if !request.dependantOfBenefits.isEmpty {
            let named = policy.benefits.filter { request.dependantOfBenefits.contains($0.id) }
            let qualifying = named.filter(\.dependant)
            for benefit in named where !benefit.dependant {
                explanation.say(policy.id, "Being the dependant of someone who holds \(benefit.name) is not a ground of exemption.", policy.benefitsCitation)
            }
            if let first = qualifying.first {
                let limit = policy.dependantUnderAge
                let until = birth.birthday(limit)?.previousDay
                if age < limit {
                    add(PrescriptionExemption.dependantGround, until: until, "Age \(age), under \(limit), and the dependant of someone getting \(first.name): \(exemptWord) until \(until.map(\.isoText) ?? ""), the day before the \(ordinal: limit) birthday.", policy.benefitsCitation)
                } else {
                    explanation.say(policy.id, "The dependant of someone getting \(first.name) \(status.says("is", "would be")) exempt only until the day before the \(ordinal: limit) birthday (\(until.map(\.isoText) ?? "")); this person is \(age).", policy.benefitsCitation)
                }
                explanation.sayLeapBirthdayReading(born: birth, birthday: limit)
            }
        }
        if request.careLeaver {
            if let limit = policy.careLeaverUntilAge, let source = policy.careLeaverCitation {
                if age < limit {
                    let until = birth.birthday(limit)?.previousDay
                    add("care-leaver", until: until, "Under \(scheme.id), care leavers \(status.says("are", "would be")) exempt until the day before their \(ordinal: limit) birthday (\(until.map(\.isoText) ?? "")).", source)
                    explanation.sayLeapBirthdayReading(born: birth, birthday: limit)
                } else {
                    explanation.say(policy.id, "Under \(scheme.id), care leavers \(status.says("are", "would be")) exempt only until their \(ordinal: limit) birthday; this person is \(age).", source)
                }
            } else {
                explanation.say(policy.id, "Under \(scheme.id), being a care leaver is not a ground of exemption\(policy.careLeaverNote.map { " (\($0))" } ?? "").", policy.citation)
            }
        }

        let chargesID = policy.charges
        guard let table = ruleBook.amountTables[chargesID] else {
            throw .notConfigured(field: nil, message: "the rule book has no table \(chargesID)")
        }
        let choice = table.rows.choose(on: request.on, allowEstimated: request.allowEstimated)
        guard case .found(let row) = choice, let charges = row.payload,
              let perItem = charges["perItem"], let threeMonth = charges["prepayment3Month"],
              let twelveMonth = charges["prepayment12Month"] else {
            throw CalculationError.missing(choice, table: chargesID, tableTitle: table.title, date: request.on, region: nil)
        }
        explanation.used(row, table: chargesID)
        explanation.say(chargesID, "On \(request.on) a prescription item costs \(pounds: perItem); a 3-month prepayment certificate \(pounds: threeMonth), a 12-month one \(pounds: twelveMonth).", row.citation)

        let exempt = !grounds.isEmpty
        if !exempt { explanation.say(policy.id, "No ground of exemption applies on \(request.on), so charges \(status.says("are", "would be")) paid.", policy.citation) }
        var annualCost: AnnualCost?
        var annualSaving: Money?
        if let items = request.itemsPerMonth {
            let perItemYear: Money
            let quarters: Money
            do {
                perItemYear = try perItem.scaled(by: Int64(items) * 12, dividedBy: 1)
                quarters = try threeMonth.scaled(by: 4, dividedBy: 1)
            } catch { throw .overflow("itemsPerMonth") }
            var options = [AnnualCost(option: "per-item", amount: perItemYear),
                           AnnualCost(option: "prepayment-3-month", amount: quarters),
                           AnnualCost(option: "prepayment-12-month", amount: twelveMonth)]
            // HRT items may instead be covered by the HRT certificate: compared only when it could be bought.
            if request.hrtItems, !exempt {
                options.append(AnnualCost(option: "hrt-prepayment-12-month",
                                          amount: try hrtCertificate(policy: policy, request: request, explanation: &explanation)))
            }
            var cheapest = options[0]
            for option in options.dropFirst() where option.amount < cheapest.amount { cheapest = option }
            annualCost = exempt ? AnnualCost(option: "exempt", amount: .zero) : cheapest
            let cost = annualCost?.amount ?? .zero
            annualSaving = Money(pence: perItemYear.pence - cost.pence)
            explanation.say(chargesID, exempt
                ? "\(status.says("Exempt", "Would be exempt")), so \(items) item(s) a month \(status.says("cost", "would cost")) nothing instead of \(pounds: perItemYear) a year."
                : "At \(items) item(s) a month the cheapest way to pay is \(cheapest.option) at \(pounds: cheapest.amount) a year.", row.citation)
        }
        explanation.eligible = exempt
        return PrescriptionResult(explanation: explanation, exempt: exempt, grounds: grounds, chargePerItem: perItem,
                                  annualCost: annualCost, annualSaving: annualSaving)
    }
    /// The HRT prepayment certificate's 12-month charge on the request's date, said and listed as
    /// used; an error naming the table and the date when no value covers it.
    private func hrtCertificate(policy: PrescriptionPolicy, request: PrescriptionRequest,
                                explanation: inout Explanation) throws(CalculationError) -> Money {
        guard let tableID = policy.hrtCharges, let table = ruleBook.amountTables[tableID] else {
            throw .notConfigured(field: "hrtItems", message: "the rule book has no HRT prepayment certificate charges (hrtCharges in the prescription-policies file), so HRT items cannot be priced")
        }
        let choice = table.rows.choose(on: request.on, allowEstimated: request.allowEstimated)
        guard case .found(let row) = choice, let charge = row.payload?["prepayment12Month"] else {
            throw CalculationError.missing(choice, table: tableID, tableTitle: table.title, date: request.on, region: nil,
                                           hint: "the HRT items cannot be priced against it")
        }
        explanation.used(row, table: tableID)
        explanation.say(tableID, "On \(request.on) an HRT prepayment certificate costs \(pounds: charge) for 12 months and covers HRT items only; the items are HRT items (hrtItems), so it is compared too.", row.citation)
        return charge
    }
}
