/// The result of one entitlement, whatever its kind.
public enum EntitlementResult: Sendable, Equatable {
    /// A weekly allowance (kinship allowance, Staying Put, Staying Close).
    case allowance(AllowanceResult)
    /// A leaving-care grant.
    case grant(GrantResult)
    /// An apprenticeship bursary.
    case bursary(BursaryResult)
    /// A prescription-charge exemption.
    case prescription(PrescriptionResult)

    /// Eligibility, reasons and estimates.
    public var explanation: Explanation {
        switch self {
        case .allowance(let result): return result.explanation
        case .grant(let result): return result.explanation
        case .bursary(let result): return result.explanation
        case .prescription(let result): return result.explanation
        }
    }

    /// The money figures a comparison subtracts; nil where this kind of result has none.
    public var figures: MoneyFigures {
        switch self {
        case .allowance(let result): return MoneyFigures(balance: result.balance, total: result.total)
        case .grant(let result): return MoneyFigures(amount: result.amount, remaining: result.remaining)
        case .bursary(let result): return MoneyFigures(total: result.total)
        case .prescription(let result): return MoneyFigures(annualSaving: result.annualSaving)
        }
    }
}

/// The money figures of a result that two results can be compared by, each nil when absent.
public struct MoneyFigures: Sendable, Equatable {
    /// A grant's amount.
    public var amount: Money?
    /// A prescription exemption's annual saving.
    public var annualSaving: Money?
    /// An allowance's `total − alreadyPaid`.
    public var balance: Money?
    /// A grant's amount still to pay.
    public var remaining: Money?
    /// An allowance's or a bursary's total.
    public var total: Money?

    /// Figures, each nil when not given.
    public init(amount: Money? = nil, annualSaving: Money? = nil, balance: Money? = nil, remaining: Money? = nil, total: Money? = nil) {
        self.amount = amount
        self.annualSaving = annualSaving
        self.balance = balance
        self.remaining = remaining
        self.total = total
    }
}
