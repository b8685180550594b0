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

extension BursaryPolicy {
    /// Reads an apprenticeship bursary policy.
    static func decodeBursaryPolicy(_ field: JSONField) throws(FieldError) -> BursaryPolicy {
        let object = try field.object(allowed: RuleBook.policyKeys + ["minAge", "maxAge", "ageTest", "plans"])
        let minAge = try RuleFileDecoding.age(try object.required("minAge"))
        let maxAgeField = try object.required("maxAge")
        let maxAge = try RuleFileDecoding.age(maxAgeField)
        if maxAge < minAge { throw maxAgeField.error("maxAge \(maxAge) is below minAge \(minAge)") }
        let ageTest = BursaryPolicy.AgeTest(rawValue: try object.required("ageTest").oneOf(["start", "each-payment"])) ?? .start
        var plans: [BursaryPolicy.Plan] = []
        for planField in try object.required("plans").array() {
            let plan = try planField.object(allowed: ["startsFrom", "startsUntil", "status", "source", "note", "notModelled", "instalments", "annual"])
            let startsFrom = try plan.required("startsFrom").date()
            let startsUntil = try plan.optional("startsUntil")?.date()
            if let previous = plans.last, previous.startsUntil.map({ $0 >= startsFrom }) ?? true {
                throw FieldError(path: JSONField.pointer(planField.path, "startsFrom"),
                                 message: "plans overlap or are out of order: this plan starts \(startsFrom) but the one before covers it")
            }
            let status = try RuleFileDecoding.status(plan)
            let note = try RuleFileDecoding.note(plan, status: status)
            var notModelled: [(startsFrom: CalendarDate, reason: String)] = []
            for caseField in try plan.optional("notModelled")?.array() ?? [] {
                let unmodelled = try caseField.object(allowed: ["startsFrom", "reason"])
                let fromField = try unmodelled.required("startsFrom")
                let from = try fromField.date()
                if from < startsFrom || startsUntil.map({ from > $0 }) ?? false {
                    throw fromField.error("\(from) is outside the plan's start dates")
                }
                notModelled.append((from, try unmodelled.required("reason").nonEmptyString()))
            }
            let payment: BursaryPolicy.Plan.Payment
            if let annual = plan.optional("annual") {
                if plan.optional("instalments") != nil {
                    throw FieldError(path: JSONField.pointer(plan.path, "instalments"), message: "a plan pays either \"annual\" or \"instalments\", not both")
                }
                payment = .annual(try annual.exactMoney())
            } else {
                var instalments: [(afterDays: Int, amount: Money)] = []
                for instalmentField in try plan.required("instalments").array() {
                    let instalment = try instalmentField.object(allowed: ["afterDays", "amount"])
                    let afterField = try instalment.required("afterDays")
                    let after = try afterField.integer(in: 0...3660)
                    if let last = instalments.last, last.afterDays >= after {
                        throw afterField.error("instalments must be in ascending order of afterDays")
                    }
                    instalments.append((after, try instalment.required("amount").exactMoney()))
                }
                payment = .instalments(instalments)
            }
            plans.append(BursaryPolicy.Plan(startsFrom: startsFrom, startsUntil: startsUntil, status: status,
                                            source: try plan.required("source").nonEmptyString(), note: note,
                                            notModelled: notModelled, payment: payment))
        }
        return BursaryPolicy(
            id: try object.required("id").nonEmptyString(), title: try object.required("title").nonEmptyString(),
            source: try object.required("source").nonEmptyString(), minAge: minAge, maxAge: maxAge, ageTest: ageTest,
            plans: plans)
    }
}

extension BursaryPolicy: RulePolicy {}

extension EntitlementKind {
    /// The apprenticeship bursary's payments.
    public static let apprenticeshipBursary = EntitlementKind(id: "apprenticeshipBursary", title: "Apprenticeship bursary")
}

/// The apprenticeship bursary in the registry: `bursary-policies` files, one `apprenticeshipBursary` slot per scheme.
enum ApprenticeshipBursaryEntitlement: Entitlement {
    static let kind = EntitlementKind.apprenticeshipBursary
    static let ruleFileKind = "bursary-policies"
    static let slots = ["apprenticeshipBursary"]

    /// Reads each policy.
    static func policies(in file: FieldObject) throws(FieldError) -> [(policy: BursaryPolicy, field: JSONField)] {
        try eachPolicy(in: file, BursaryPolicy.decodeBursaryPolicy)
    }
}

extension Scheme {
    /// The apprenticeship bursary policy.
    public var apprenticeshipBursary: BursaryPolicy { policy(ApprenticeshipBursaryEntitlement.self) }
}
