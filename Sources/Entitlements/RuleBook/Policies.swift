/// Kinship allowance rules of one scheme.
public struct KinshipPolicy: Sendable {
    /// The policy id.
    public let id: String
    /// A title.
    public let title: String
    /// The policy's source.
    public let source: String
    /// The national table of weekly rates.
    public let rateTable: String
    /// The orders whose carers are paid.
    public let paidOrders: [String]
    /// Payment stops on the birthday of this age.
    public let endsAtAge: Int
    /// What to say when the order is not paid.
    public let unpaidReason: String
}

/// Leaving-care grant rules of one scheme: fixed dated amounts, or a base amount indexed yearly.
public struct GrantPolicy: Sendable {
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
    /// A remark on how the policy is read.
    public let note: String?
    /// The rule.
    public let rule: Rule
}

/// A base amount for a financial year, indexed every 1 April by a monthly index rate.
public struct IndexedAmount: Sendable {
    /// The year the base amount applies to.
    public let baseYear: FinancialYear
    /// The base amount.
    public let baseAmount: Money
    /// The base amount's status.
    public let baseStatus: ValueStatus
    /// The base amount's source.
    public let baseSource: String
    /// The index series id.
    public let index: String
    /// The month of the previous calendar year whose rate indexes each 1 April (9 = September).
    public let indexMonth: Int
}

/// Apprenticeship bursary rules of one scheme.
public struct BursaryPolicy: Sendable {
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
        /// How it pays.
        public let payment: Payment
    }

    /// The policy id.
    public let id: String
    /// A title.
    public let title: String
    /// The policy's source.
    public let source: String
    /// The youngest eligible age.
    public let minAge: Int
    /// The oldest eligible age.
    public let maxAge: Int
    /// When ages are tested.
    public let ageTest: AgeTest
    /// The plans by start date.
    public let plans: [Plan]
}

/// Staying Put or Staying Close rules of one scheme.
public struct StayingPutPolicy: Sendable {
    /// The policy id.
    public let id: String
    /// `staying-put` or `staying-close`.
    public let arrangement: String
    /// A title.
    public let title: String
    /// The policy's source.
    public let source: String
    /// Funding starts on the birthday of this age.
    public let startsAtAge: Int
    /// Funding stops on the birthday of this age.
    public let endsAtAge: Int
    /// The national table whose band gives the rate where the council has none.
    public let fallbackTable: String?
    /// The band of the fallback table to use.
    public let fallbackBand: String?
}

/// Prescription-charge exemption rules of one scheme.
public struct PrescriptionPolicy: Sendable {
    /// The policy id.
    public let id: String
    /// A title.
    public let title: String
    /// The policy's source.
    public let source: String
    /// Exempt before this age.
    public let underAge: Int
    /// Full-time education exempts from this age...
    public let educationFromAge: Int
    /// ...until the day before this age.
    public let educationUntilAge: Int
    /// Exempt from this age on.
    public let olderFromAge: Int
    /// Care leavers are exempt until the day before this age, if the scheme says so.
    public let careLeaverUntilAge: Int?
    /// The source of the care-leaver exemption.
    public let careLeaverSource: String?
}

/// A rule scheme: the policy each entitlement follows.
public struct Scheme: Sendable {
    /// The scheme id, e.g. `review-2022`.
    public let id: String
    /// A title.
    public let title: String
    /// The scheme's source.
    public let source: String
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
}
