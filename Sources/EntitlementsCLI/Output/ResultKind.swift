import Entitlements

/// Picks the report for an entitlement's result.
enum ResultKind {
    /// The heading detail and body for a result.
    static func parts(_ result: EntitlementResult, style: TextStyle) -> (detail: String, body: String) {
        switch result {
        case .allowance(let result): (AllowanceReport.detail(result), AllowanceReport.body(result, style: style))
        case .grant(let result): (GrantReport.detail(result), GrantReport.body(result, style: style))
        case .bursary(let result): (BursaryReport.detail(result), BursaryReport.body(result, style: style))
        case .prescription(let result): (PrescriptionReport.detail(result), PrescriptionReport.body(result, style: style))
        }
    }
}
