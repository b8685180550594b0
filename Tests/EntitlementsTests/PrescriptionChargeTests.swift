@testable import Entitlements
import Testing

/// Prescription charges follow the same rule as every rate: an estimated charge is used only when
/// the request allows estimates, and the result then lists it.
@Suite struct PrescriptionChargeTests {
    /// The real rule book with the 2026-27 charges marked as an estimate.
    static func bookWithEstimatedCharges() throws -> RuleBook {
        var files = try RuleFiles.real()
        try files.replaceText(in: "prescription-charges.json", #"""
              "effective": "2026-04-01",
              "until": "2027-03-31",
              "status": "enacted",
        """#, with: #"""
              "effective": "2026-04-01",
              "until": "2027-03-31",
              "status": "estimated",
        """#)
        return try files.load()
    }

    @Test func anEstimatedChargeIsRefusedUnlessEstimatesAreAllowed() throws {
        let engine = Engine(ruleBook: try Self.bookWithEstimatedCharges())
        let scheme = try engine.scheme(named: "england-statutory")
        var request = PrescriptionRequest(dateOfBirth: try date("1990-05-01"), on: try date("2026-06-01"))
        #expect(throws: CalculationError.self) { try engine.prescriptionExemption(request, scheme: scheme) }
        request.allowEstimated = true
        let result = try engine.prescriptionExemption(request, scheme: scheme)
        #expect(result.chargePerItem == (try money("9.90")))
        #expect(result.explanation.estimated.map(\.table) == ["prescription-charges"])
    }
}
