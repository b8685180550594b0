import Entitlements
import EntitlementsProtocol

/// Picks the report for a method's result.
enum ResultKind {
    /// The heading detail and body for a result of `method`.
    static func parts(_ method: String, _ result: JSONValue, style: TextStyle) -> (detail: String, body: String) {
        switch method {
        case Method.kinshipAllowance.rawValue, Method.stayingPutFunding.rawValue:
            (AllowanceReport.detail(result), AllowanceReport.body(result, style: style))
        case Method.leavingCareGrant.rawValue:
            (GrantReport.detail(result), GrantReport.body(result, style: style))
        case Method.apprenticeshipBursary.rawValue:
            (BursaryReport.detail(result), BursaryReport.body(result, style: style))
        case Method.prescriptionExemption.rawValue:
            (PrescriptionReport.detail(result), PrescriptionReport.body(result, style: style))
        default:
            ("", JSONWriter.string(result) + "\n")
        }
    }
}
