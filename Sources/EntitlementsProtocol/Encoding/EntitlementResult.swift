import Entitlements

/// The result of one entitlement method, whatever its kind.
enum EntitlementResult {
    case allowance(AllowanceResult)
    case grant(GrantResult)
    case bursary(BursaryResult)
    case prescription(PrescriptionResult)

    /// Eligibility, reasons and estimates.
    var explanation: Explanation {
        switch self {
        case .allowance(let result): return result.explanation
        case .grant(let result): return result.explanation
        case .bursary(let result): return result.explanation
        case .prescription(let result): return result.explanation
        }
    }

    /// The money figures `compare` subtracts, by result key.
    var money: [String: Money] {
        switch self {
        case .allowance(let result):
            var figures = ["total": result.total]
            if let balance = result.balance { figures["balance"] = balance }
            return figures
        case .grant(let result): return ["amount": result.amount, "remaining": result.remaining]
        case .bursary(let result): return ["total": result.total]
        case .prescription(let result): return result.annualSaving.map { ["annualSaving": $0] } ?? [:]
        }
    }
}
