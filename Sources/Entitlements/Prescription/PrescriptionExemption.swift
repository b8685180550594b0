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
    /// Qualifying benefits and certificates (`PrescriptionExemption.benefits`).
    public var benefits: [String] = []
    /// Items a month, to price a year of prescriptions.
    public var itemsPerMonth: Int?
    /// Whether estimated charges may be used.
    public var allowEstimated: Bool = false

    /// Makes a request.
    public init(dateOfBirth: CalendarDate, on: CalendarDate) {
        self.dateOfBirth = dateOfBirth
        self.on = on
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
    /// `per-item`, `prepayment-3-month`, `prepayment-12-month` or `exempt`.
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
    /// certificates (maternity, medical, war pension), NHS inpatient, the benefits in the order of
    /// `PrescriptionExemption.benefits`, then care leaver.
    public var grounds: [ExemptionGround]
    /// The charge per item on the date.
    public var chargePerItem: Money
    /// The cheapest yearly cost, when items per month were given.
    public var annualCost: AnnualCost?
    /// Paying per item minus the cheapest cost, when items per month were given.
    public var annualSaving: Money?
}

/// The grounds of exemption.
public enum PrescriptionExemption {
    /// The qualifying benefits and certificates accepted in `benefits`, in the order results list them.
    public static let benefits = ["income-support", "income-related-esa", "income-based-jsa", "pension-credit-guarantee",
                                  "universal-credit-qualifying", "hc2", "tax-credit-exemption"]
}

extension Engine {
    /// Prescription-charge exemption on a date under a scheme, with the charge and the cheapest yearly cost.
    public func prescriptionExemption(_ request: PrescriptionRequest, scheme: Scheme) throws(CalculationError) -> PrescriptionResult {
        let policy = scheme.prescription
        var explanation = explanation()
        let age = request.dateOfBirth.age(on: request.on)
        let birth = request.dateOfBirth
        var grounds: [ExemptionGround] = []
        func add(_ ground: String, until: CalendarDate?, _ text: Sentence, _ source: Citation = policy.citation) {
            grounds.append(ExemptionGround(ground: ground, until: until))
            explanation.say(policy.id, text, source)
        }
        if age < policy.underAge {
            let until = birth.birthday(policy.underAge)?.previousDay
            add("under-16", until: until, "Age \(age) on \(request.on): under \(policy.underAge), exempt until \(until.map(\.isoText) ?? "the \(policy.underAge)th birthday").")
        }
        if request.fullTimeEducation, age >= policy.educationFromAge, age < policy.educationUntilAge {
            let until = birth.birthday(policy.educationUntilAge)?.previousDay
            add("full-time-education", until: until, "Age \(age) and in full-time education: exempt until \(until.map(\.isoText) ?? ""), the day before the \(ordinal: policy.educationUntilAge) birthday.")
        }
        if age >= policy.olderFromAge {
            add("aged-60-or-over", until: nil, "Age \(age): \(policy.olderFromAge) or over, exempt.")
        }
        let flags: [(Bool, String, String)] = [
            (request.maternityExemption, "maternity-exemption", "holds a valid maternity exemption certificate"),
            (request.medicalExemption, "medical-exemption", "holds a valid medical exemption certificate"),
            (request.warPensionExemption, "war-pension-exemption", "holds a valid war pension exemption certificate"),
            (request.nhsInpatient, "nhs-inpatient", "is an NHS inpatient"),
        ]
        for (flag, ground, phrase) in flags where flag {
            add(ground, until: nil, "The person \(phrase): exempt while that lasts.")
        }
        for benefit in PrescriptionExemption.benefits where request.benefits.contains(benefit) {
            add(benefit, until: nil, "The person (or partner) gets or holds \(benefit): exempt while that lasts.")
        }
        if request.careLeaver {
            if let limit = policy.careLeaverUntilAge, let source = policy.careLeaverCitation {
                if age < limit {
                    let until = birth.birthday(limit)?.previousDay
                    add("care-leaver", until: until, "Under \(scheme.id), care leavers are exempt until the day before their \(ordinal: limit) birthday (\(until.map(\.isoText) ?? "")).", source)
                } else {
                    explanation.say(policy.id, "Under \(scheme.id), care leavers are exempt only until their \(ordinal: limit) birthday; this person is \(age).", source)
                }
            } else {
                explanation.say(policy.id, "Under \(scheme.id), being a care leaver is not a ground of exemption (free prescriptions for care leavers were announced in December 2025 but are not confirmed in force).", policy.citation)
            }
        }

        let chargesID = ruleBook.prescriptionCharges
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
        if !exempt { explanation.say(policy.id, "No ground of exemption applies on \(request.on), so charges are paid.", policy.citation) }
        var annualCost: AnnualCost?
        var annualSaving: Money?
        if let items = request.itemsPerMonth {
            let perItemYear: Money
            let quarters: Money
            do {
                perItemYear = try perItem.scaled(by: Int64(items) * 12, dividedBy: 1)
                quarters = try threeMonth.scaled(by: 4, dividedBy: 1)
            } catch { throw .overflow("itemsPerMonth") }
            let options = [AnnualCost(option: "per-item", amount: perItemYear),
                           AnnualCost(option: "prepayment-3-month", amount: quarters),
                           AnnualCost(option: "prepayment-12-month", amount: twelveMonth)]
            var cheapest = options[0]
            for option in options.dropFirst() where option.amount < cheapest.amount { cheapest = option }
            annualCost = exempt ? AnnualCost(option: "exempt", amount: .zero) : cheapest
            let cost = annualCost?.amount ?? .zero
            annualSaving = Money(pence: perItemYear.pence - cost.pence)
            explanation.say(chargesID, exempt
                ? "Exempt, so \(items) item(s) a month cost nothing instead of \(pounds: perItemYear) a year."
                : "At \(items) item(s) a month the cheapest way to pay is \(cheapest.option) at \(pounds: cheapest.amount) a year.", row.citation)
        }
        explanation.eligible = exempt
        return PrescriptionResult(explanation: explanation, exempt: exempt, grounds: grounds, chargePerItem: perItem,
                                  annualCost: annualCost, annualSaving: annualSaving)
    }
}
