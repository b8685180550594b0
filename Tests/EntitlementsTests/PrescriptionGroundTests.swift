@testable import Entitlements
import Testing

/// A person exempt on many grounds at once gets them listed in one fixed order, whatever the order
/// of the request's benefits.
@Suite struct PrescriptionGroundTests {
    @Test func groundsAreListedInTheirFixedOrder() throws {
        let engine = Engine(ruleBook: try RealRuleBook.get())
        var request = PrescriptionRequest(dateOfBirth: try date("2008-09-01"), on: try date("2025-10-01"))
        request.fullTimeEducation = true
        request.maternityExemption = true
        request.medicalExemption = true
        request.warPensionExemption = true
        request.nhsInpatient = true
        request.benefits = ["tax-credit-exemption", "hc2", "income-support"]
        request.careLeaver = true
        let result = try engine.prescriptionExemption(request, scheme: engine.scheme(named: "review-2022"))
        #expect(result.exempt)
        #expect(result.grounds.map(\.ground) == [
            "full-time-education", "maternity-exemption", "medical-exemption", "war-pension-exemption", "nhs-inpatient",
            "income-support", "hc2", "tax-credit-exemption", "care-leaver",
        ])
    }
}
