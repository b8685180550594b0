import Entitlements

/// Picks the report for an entitlement's result.
enum ResultKind {
    /// The heading detail and body for a result.
    /// `status` is the scheme's: under a proposal the words say "would be".
    static func parts(_ result: EntitlementResult, status: SchemeStatus, style: TextStyle) -> (detail: String, body: String) {
        switch result {
        case .allowance(let result): (AllowanceReport.detail(result, status: status), AllowanceReport.body(result, style: style))
        case .grant(let result): (GrantReport.detail(result), GrantReport.body(result, status: status, style: style))
        case .bursary(let result): (BursaryReport.detail(result, status: status), BursaryReport.body(result, style: style))
        case .prescription(let result): (PrescriptionReport.detail(result, status: status), PrescriptionReport.body(result, status: status, style: style))
        }
    }
}
