/// Kinship allowance rules of one scheme.
public final class KinshipPolicy: Sendable {
    /// Why a carer with an order is not paid, and the law or report that says so.
    public struct Unpaid: Sendable {
        /// The order.
        public let order: KinshipOrder
        /// The sentence that says why, and what route there is instead.
        public let reason: String
        /// Its source, e.g. the regulations that give a discretionary route.
        public let source: String
    }

    /// A condition on the child: paid only for a child who would otherwise be in care.
    public struct OtherwiseInCare: Sendable {
        /// The orders it applies to.
        public let orders: [KinshipOrder]
        /// Said when the request does not say (the assumption taken).
        public let assumed: String
        /// Said when the request says the child would not otherwise be in care.
        public let notInCare: String
        /// Its source.
        public let source: String
        /// `source`, escaped for JSON once.
        let citation: Citation
    }

    /// The policy id.
    public let id: String
    /// A title.
    public let title: String
    /// The policy's source.
    public let source: String
    /// The source, escaped for JSON once (`Citation`).
    let citation: Citation
    /// The national table of weekly rates.
    public let rateTable: String
    /// The orders whose carers are paid.
    public let paidOrders: [String]
    /// Payment stops on the birthday of this age.
    public let endsAtAge: Int
    /// Why each order that is not paid is not paid.
    public let unpaid: [Unpaid]
    /// The "would otherwise be in care" condition, if the policy has one.
    public let otherwiseInCare: OtherwiseInCare?
    /// A pilot that pays some carers in some councils, if the policy has one.
    public let pilot: KinshipPilot?

    /// Makes the value from its parts.
    init(id: String, title: String, source: String, rateTable: String, paidOrders: [String], endsAtAge: Int, unpaid: [Unpaid],
         otherwiseInCare: OtherwiseInCare? = nil, pilot: KinshipPilot? = nil) {
        self.id = id
        self.title = title
        self.source = source
        citation = Citation(source)
        self.rateTable = rateTable
        self.paidOrders = paidOrders
        self.endsAtAge = endsAtAge
        self.unpaid = unpaid
        self.otherwiseInCare = otherwiseInCare
        self.pilot = pilot
    }

    /// Why `order` is not paid, if the policy says.
    public func unpaid(_ order: KinshipOrder) -> Unpaid? {
        unpaid.first { $0.order == order }
    }
}

/// Leaving-care grant rules of one scheme: fixed dated amounts, or a base amount indexed yearly.
public final class GrantPolicy: Sendable {
    /// How the yearly amount is found.
    public enum Rule: Sendable {
        /// Fixed amounts by date.
        case fixed(DatedRows<Money>)
        /// A base amount carried forward each 1 April by an index.
        case indexed(IndexedAmount)
    }

    /// The policy id.
    public let id: String
    /// A title.
    public let title: String
    /// The policy's source.
    public let source: String
    /// The source, escaped for JSON once (`Citation`).
    let citation: Citation
    /// A remark on how the policy is read.
    public let note: String?
    /// What the indexed grant's sentence cites: the note if there is one, else the source.
    let indexationCitation: Citation
    /// The youngest age at which a care leaver may claim, on the claim date.
    public let minAge: Int
    /// The oldest age at which a care leaver may claim (to the day before the next birthday).
    public let maxAge: Int
    /// Where the age limits come from.
    public let ageSource: String
    /// `ageSource`, escaped for JSON once.
    let ageCitation: Citation
    /// The rule.
    public let rule: Rule

    /// Makes the value from its parts.
    init(id: String, title: String, source: String, note: String?, minAge: Int, maxAge: Int, ageSource: String, rule: Rule) {
        self.id = id
        self.title = title
        self.source = source
        citation = Citation(source)
        self.note = note
        indexationCitation = Citation(note ?? source)
        self.minAge = minAge
        self.maxAge = maxAge
        self.ageSource = ageSource
        ageCitation = Citation(ageSource)
        self.rule = rule
    }
}

/// A base amount for a financial year, indexed every 1 April by a monthly index rate.
public final class IndexedAmount: Sendable {
    /// The year the base amount applies to.
    public let baseYear: FinancialYear
    /// The base amount.
    public let baseAmount: Money
    /// The base amount's status.
    public let baseStatus: ValueStatus
    /// The base amount's source.
    public let baseSource: String
    /// How an estimated base amount was made, or other remarks (required when estimated).
    public let baseNote: String?
    /// The index series id.
    public let index: String
    /// The month of the previous calendar year whose rate indexes each 1 April (9 = September).
    public let indexMonth: Int

    /// Makes the value from its parts.
    init(baseYear: FinancialYear, baseAmount: Money, baseStatus: ValueStatus, baseSource: String, baseNote: String?,
         index: String, indexMonth: Int) {
        self.baseYear = baseYear
        self.baseAmount = baseAmount
        self.baseStatus = baseStatus
        self.baseSource = baseSource
        self.baseNote = baseNote
        self.index = index
        self.indexMonth = indexMonth
    }
}

/// Apprenticeship bursary rules of one scheme.
public final class BursaryPolicy: Sendable {
    /// When the age limits are tested.
    public enum AgeTest: String, Sendable {
        /// Once, on the start date.
        case start
        /// On the due date of each payment.
        case eachPayment = "each-payment"
    }

    /// A payment plan for apprenticeships starting in a date range.
    public struct Plan: Sendable {
        /// How the plan pays.
        public enum Payment: Sendable {
            /// Fixed instalments due a number of days after the start.
            case instalments([(afterDays: Int, amount: Money)])
            /// An amount at the start of each apprenticeship year.
            case annual(Money)
        }

        /// The first start date the plan covers.
        public let startsFrom: CalendarDate
        /// The last start date the plan covers, if it ends.
        public let startsUntil: CalendarDate?
        /// The plan's status.
        public let status: ValueStatus
        /// The plan's source.
        public let source: String
        /// The source, escaped for JSON once (`Citation`).
        let citation: Citation
        /// How the plan is read, or what it does not model.
        public let note: String?
        /// Cases the plan does not model, each said in the reasons for starts from its date.
        public let notModelled: [(startsFrom: CalendarDate, reason: String)]
        /// How it pays.
        public let payment: Payment

        /// Makes the value from its parts.
        init(startsFrom: CalendarDate, startsUntil: CalendarDate?, status: ValueStatus, source: String, note: String?,
             notModelled: [(startsFrom: CalendarDate, reason: String)], payment: Payment) {
            self.startsFrom = startsFrom
            self.startsUntil = startsUntil
            self.status = status
            self.source = source
            citation = Citation(source)
            self.note = note
            self.notModelled = notModelled
            self.payment = payment
        }
    }

    /// The policy id.
    public let id: String
    /// A title.
    public let title: String
    /// The policy's source.
    public let source: String
    /// The source, escaped for JSON once (`Citation`).
    let citation: Citation
    /// The youngest eligible age.
    public let minAge: Int
    /// The oldest eligible age.
    public let maxAge: Int
    /// When ages are tested.
    public let ageTest: AgeTest
    /// The plans by start date.
    public let plans: [Plan]

    /// Makes the value from its parts.
    init(id: String, title: String, source: String, minAge: Int, maxAge: Int, ageTest: AgeTest, plans: [Plan]) {
        self.id = id
        self.title = title
        self.source = source
        citation = Citation(source)
        self.minAge = minAge
        self.maxAge = maxAge
        self.ageTest = ageTest
        self.plans = plans
    }
}

/// Staying Put or Staying Close rules of one scheme.
public final class StayingPutPolicy: Sendable {
    /// The policy id.
    public let id: String
    /// `staying-put` or `staying-close`.
    public let arrangement: String
    /// A title.
    public let title: String
    /// The policy's source.
    public let source: String
    /// The source, escaped for JSON once (`Citation`).
    let citation: Citation
    /// Funding starts on the birthday of this age.
    public let startsAtAge: Int
    /// Funding stops on the birthday of this age.
    public let endsAtAge: Int
    /// The national table whose band gives the rate where the council has none.
    public let fallbackTable: String?
    /// The band of the fallback table to use.
    public let fallbackBand: String?
    /// Why there is no statutory weekly funding, when only a programme rate (a council's or the
    /// request's) is paid; nil when the funding is statutory.
    public let programmeNote: String?

    /// Makes the value from its parts.
    init(id: String, arrangement: String, title: String, source: String, startsAtAge: Int, endsAtAge: Int, fallbackTable: String?, fallbackBand: String?,
         programmeNote: String? = nil) {
        self.id = id
        self.arrangement = arrangement
        self.title = title
        self.source = source
        citation = Citation(source)
        self.startsAtAge = startsAtAge
        self.endsAtAge = endsAtAge
        self.fallbackTable = fallbackTable
        self.fallbackBand = fallbackBand
        self.programmeNote = programmeNote
    }
}

/// A qualifying benefit or certificate for prescription exemption, as the rule book describes it.
public final class PrescriptionBenefit: Sendable {
    /// The word a request gives, e.g. `income-support`.
    public let id: String
    /// Its name in a sentence, e.g. "Income Support".
    public let name: String
    /// Whether a person under the dependant age is exempt as the dependant of someone getting it.
    public let dependant: Bool
    /// The last day it gives exemption, if it ended.
    public let until: CalendarDate?
    /// Why it ended, and the reading taken, when it did.
    public let untilNote: String?
    /// The source of the end date, escaped for JSON once.
    let untilCitation: Citation?

    /// Makes the value from its parts.
    init(id: String, name: String, dependant: Bool, until: CalendarDate?, untilNote: String?, untilSource: String?) {
        self.id = id
        self.name = name
        self.dependant = dependant
        self.until = until
        self.untilNote = untilNote
        untilCitation = untilSource.map(Citation.init)
    }
}

/// Prescription-charge exemption rules of one scheme.
public final class PrescriptionPolicy: Sendable {
    /// The policy id.
    public let id: String
    /// A title.
    public let title: String
    /// The policy's source.
    public let source: String
    /// The source, escaped for JSON once (`Citation`).
    let citation: Citation
    /// Exempt before this age.
    public let underAge: Int
    /// Full-time education exempts from this age...
    public let educationFromAge: Int
    /// ...until the day before this age.
    public let educationUntilAge: Int
    /// Exempt from this age on.
    public let olderFromAge: Int
    /// The dependant of someone getting a qualifying benefit is exempt until the day before this age.
    public let dependantUnderAge: Int
    /// The qualifying benefits and certificates, in the order of `PrescriptionExemption.benefits`.
    public let benefits: [PrescriptionBenefit]
    /// The source of the benefit grounds, escaped for JSON once.
    let benefitsCitation: Citation
    /// Care leavers are exempt until the day before this age, if the scheme says so.
    public let careLeaverUntilAge: Int?
    /// The source of the care-leaver exemption.
    public let careLeaverSource: String?
    /// `careLeaverSource`, escaped for JSON once.
    let careLeaverCitation: Citation?
    /// Said when being a care leaver is not a ground under this policy (e.g. an announcement not in force).
    public let careLeaverNote: String?

    /// Makes the value from its parts.
    init(id: String, title: String, source: String, underAge: Int, educationFromAge: Int, educationUntilAge: Int, olderFromAge: Int,
         dependantUnderAge: Int, benefits: [PrescriptionBenefit], benefitsSource: String,
         careLeaverUntilAge: Int?, careLeaverSource: String?, careLeaverNote: String?) {
        self.id = id
        self.title = title
        self.source = source
        citation = Citation(source)
        self.underAge = underAge
        self.educationFromAge = educationFromAge
        self.educationUntilAge = educationUntilAge
        self.olderFromAge = olderFromAge
        self.dependantUnderAge = dependantUnderAge
        self.benefits = benefits
        benefitsCitation = Citation(benefitsSource)
        self.careLeaverUntilAge = careLeaverUntilAge
        self.careLeaverSource = careLeaverSource
        careLeaverCitation = careLeaverSource.map(Citation.init)
        self.careLeaverNote = careLeaverNote
    }
}

/// A rule scheme: the policy each entitlement follows.
public final class Scheme: Sendable {
    /// The scheme id, e.g. `review-2022`.
    public let id: String
    /// A title.
    public let title: String
    /// The scheme's source.
    public let source: String
    /// Whether it is the law, a pilot or a proposal.
    public let status: SchemeStatus
    /// The scheme in words for people, e.g. "the Independent Review's recommendations (a proposal, not the law)".
    public let inWords: String
    /// Kinship allowance.
    public let kinship: KinshipPolicy
    /// Leaving-care grant.
    public let leavingCareGrant: GrantPolicy
    /// Apprenticeship bursary.
    public let apprenticeshipBursary: BursaryPolicy
    /// Staying Put.
    public let stayingPut: StayingPutPolicy
    /// Staying Close.
    public let stayingClose: StayingPutPolicy
    /// Prescription exemption.
    public let prescription: PrescriptionPolicy
    /// What the scheme says to a kinship carer under each order, worded once at load
    /// (in `KinshipOrder.allCases` order).
    let kinshipSentences: [(paid: Bool, sentence: Sentence, citation: Citation)]

    /// Makes the value from its parts.
    init(id: String, title: String, source: String, status: SchemeStatus, inWords: String, kinship: KinshipPolicy, leavingCareGrant: GrantPolicy, apprenticeshipBursary: BursaryPolicy, stayingPut: StayingPutPolicy, stayingClose: StayingPutPolicy, prescription: PrescriptionPolicy) {
        self.id = id
        self.title = title
        self.source = source
        self.status = status
        self.inWords = inWords
        self.kinship = kinship
        self.leavingCareGrant = leavingCareGrant
        self.apprenticeshipBursary = apprenticeshipBursary
        self.stayingPut = stayingPut
        self.stayingClose = stayingClose
        self.prescription = prescription
        kinshipSentences = KinshipOrder.allCases.map { KinshipPolicy.sentence(status: status, inWords: inWords, policy: kinship, order: $0) }
    }
}
