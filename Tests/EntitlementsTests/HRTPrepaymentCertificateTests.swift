@testable import Entitlements
import Testing

/// The HRT prepayment certificate (figures.md §8, WMS HCWS1091: £19.80 for 12 months, HRT items
/// only, 2026-27) is compared with the other ways to pay only when the items are HRT items; on a date
/// the rule book has no HRT charge for, pricing HRT items is an error, never a silent omission.
@Suite struct HRTPrepaymentCertificateTests {
    let engine: Engine

    init() throws {
        engine = Engine(ruleBook: try RealRuleBook.get())
    }

    func cost(on: String, items: Int, hrt: Bool, born: String = "1975-05-10", in engine: Engine? = nil) throws -> PrescriptionResult {
        let engine = engine ?? self.engine
        var request = PrescriptionRequest(dateOfBirth: try date(born), on: try date(on))
        request.itemsPerMonth = items
        request.hrtItems = hrt
        return try engine.prescriptionExemption(request, scheme: try engine.scheme(named: "england-statutory"))
    }

    @Test func forHRTItemsTheHRTCertificateBeatsThe12MonthOneIn2026To27() throws {
        let result = try cost(on: "2026-06-01", items: 2, hrt: true)
        // 24 items × £9.90 = £237.60 per item; the HRT certificate £19.80.
        #expect(result.annualCost == AnnualCost(option: "hrt-prepayment-12-month", amount: try money("19.80")))
        #expect(result.annualSaving == (try money("217.80")))
        #expect(result.explanation.reasons.contains { $0.rule == "hrt-prepayment-certificate" && $0.source.contains("HCWS1091") })
    }

    @Test func itemsNotSaidToBeHRTAreNeverPricedAgainstTheHRTCertificate() throws {
        let result = try cost(on: "2026-06-01", items: 2, hrt: false)
        #expect(result.annualCost == AnnualCost(option: "prepayment-12-month", amount: try money("114.50")))
        #expect(!result.explanation.reasons.contains { $0.rule == "hrt-prepayment-certificate" })
    }

    @Test func hrtItemsBeforeTheFirstSourcedHRTChargeAreAnErrorNamingTheTableAndDate() throws {
        #expect(throws: CalculationError.self) { try cost(on: "2026-03-31", items: 2, hrt: true) }
        do {
            _ = try cost(on: "2026-03-31", items: 2, hrt: true)
        } catch let error as CalculationError {
            guard case .noEnactedValue(let table, let date, _, _) = error else { Issue.record("\(error)"); return }
            #expect(table == "hrt-prepayment-certificate")
            #expect(date.isoText == "2026-03-31")
        }
    }

    @Test func anExemptPersonNeedsNoHRTCharge() throws {
        let result = try cost(on: "2025-06-01", items: 2, hrt: true, born: "1960-01-01")
        #expect(result.exempt)
        #expect(result.annualCost == AnnualCost(option: "exempt", amount: .zero))
    }

    @Test func hrtChargesNamingAMissingTableFailAtLoad() throws {
        var files = try RuleFiles.real()
        try files.edit("prescription.json") { try $0.replace("/hrtCharges", with: .string("hrt-certificates")) }
        #expect(files.loadFailure()?.file == "prescription.json")
        #expect(files.loadFailure()?.path == "/hrtCharges")
    }

    @Test func withoutHRTChargesHRTItemsCannotBePricedAndSaySo() throws {
        var files = try RuleFiles.real()
        try files.edit("prescription.json") { try $0.remove("/hrtCharges") }
        let edited = Engine(ruleBook: try files.load())
        #expect(throws: CalculationError.self) { try cost(on: "2026-06-01", items: 2, hrt: true, in: edited) }
    }
}
