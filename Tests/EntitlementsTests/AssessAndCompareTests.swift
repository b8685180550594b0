import Entitlements
import Testing

/// `assess` and `compare` as library calls with typed results: no JSON anywhere (only the public API).
@Suite struct AssessAndCompareTests {
    let engine: Engine

    init() throws {
        guard case .success(let book) = RuleBook.builtIn else { throw Missing() }
        engine = Engine(ruleBook: book)
    }

    struct Missing: Error {}

    func date(_ text: String) throws -> CalendarDate { try #require(CalendarDate(text)) }

    /// An assessment of a child in London on `on`.
    func londonChild(on: String, allowEstimated: Bool = false, region: String = "london") throws -> AssessRequest {
        let on = try date(on)
        var prescription = PrescriptionRequest(dateOfBirth: try date("2011-06-20"), on: on)
        prescription.allowEstimated = allowEstimated
        return AssessRequest(dateOfBirth: try date("2011-06-20"), on: on, year: try #require(FinancialYear(containing: on).range),
                             allowEstimated: allowEstimated, place: Place(region: region), careLeaver: nil,
                             order: .specialGuardianship, arrangement: .stayingPut, prescription: prescription,
                             apprenticeship: nil, weeklyContribution: nil, weeklyRate: nil)
    }

    @Test func theStatutoryGrantOf3000AgainstTheReviewsIndexed2913IsMinus87() throws {
        // Review: £2,438 in 2022-23, then × 1.101, × 1.067, × 1.017, each rounded to the pound: £2,913 in 2025-26.
        let request = EntitlementRequest.grant(GrantRequest(on: try date("2025-06-01")))
        let comparison = try engine.compare(request, schemeIDs: ("england-statutory", "review-2022"))
        #expect(comparison.kind == .leavingCareGrant)
        #expect(comparison.first.scheme.id == "england-statutory" && comparison.second.scheme.id == "review-2022")
        guard case .grant(let statutory) = comparison.first.result, case .grant(let review) = comparison.second.result else {
            Issue.record("a grant comparison holds two grant results")
            return
        }
        #expect(statutory.amount == Money(pence: 300_000))
        #expect(review.amount == Money(pence: 291_300))
        #expect(comparison.difference.amount == Money(pence: -8_700))
        #expect(comparison.difference.total == nil, "a grant has no total")
        #expect(comparison.eligibility == .unchanged)
    }

    @Test func comparingUnderSchemesGivenByValueIsTheSameAsByID() throws {
        let request = EntitlementRequest.grant(GrantRequest(on: try date("2025-06-01")))
        let byID = try engine.compare(request, schemeIDs: ("england-statutory", "review-2022"))
        let byValue = try engine.compare(request, schemes: (try engine.scheme(named: "england-statutory"), try engine.scheme(named: "review-2022")))
        #expect(byID == byValue)
    }

    @Test func anAssessmentListsEachEntitlementInOrderEachAsComputedAlone() throws {
        let request = try londonChild(on: "2025-10-01")
        let scheme = try engine.scheme(named: nil)
        let assessment = try engine.assess(request, scheme: scheme)
        #expect(assessment.on == request.on)
        #expect(assessment.entries.map(\.kind) == [.kinshipAllowance, .leavingCareGrant, .stayingPutFunding, .prescriptionExemption],
                "no apprenticeship, so no bursary")
        for (entry, alone) in zip(assessment.entries, request.entitlements) {
            #expect(entry.outcome == .success(try engine.entitlement(alone, scheme: scheme)))
        }
        #expect(assessment.eligible == assessment.entries.contains { (try? $0.outcome.get())?.explanation.eligible == true })
    }

    @Test func anEntitlementThatCannotBeComputedIsAnEntryWithItsError() throws {
        // 2026-27 London rates are only estimated, so the kinship allowance needs allowEstimated.
        let assessment = try engine.assess(try londonChild(on: "2026-10-01"), scheme: try engine.scheme(named: "review-2022"))
        guard case .failure(.noEnactedValue(_, _, let estimateAvailable, _)) = assessment.entries[0].outcome else {
            Issue.record("the kinship allowance should fail for want of an enacted rate: \(assessment.entries[0].outcome)")
            return
        }
        #expect(estimateAvailable)
        #expect((try? assessment.entries[1].outcome.get()) != nil, "the grant is still computed")
        let allowed = try engine.assess(try londonChild(on: "2026-10-01", allowEstimated: true), scheme: try engine.scheme(named: "review-2022"))
        #expect((try? allowed.entries[0].outcome.get()) != nil)
    }

    @Test func anInvalidRequestIsThrownNotListed() throws {
        #expect(throws: CalculationError.self) {
            try engine.assess(try londonChild(on: "2025-10-01", region: "atlantis"), scheme: try engine.scheme(named: nil))
        }
    }

    @Test func engineErrorsNameTheParamAndSayEstimatesWereNotAllowed() throws {
        let assessment = try engine.assess(try londonChild(on: "2026-10-01"), scheme: try engine.scheme(named: "review-2022"))
        guard case .failure(let error) = assessment.entries[0].outcome else {
            Issue.record("the kinship allowance should fail for want of an enacted rate")
            return
        }
        #expect(error.message.hasSuffix("; estimated values were not allowed"), "\(error.message)")
        #expect(!error.message.contains("allowEstimated"), "protocol wording: \(error.message)")
        let request = try londonChild(on: "2025-10-01", region: "atlantis")
        let scheme = try engine.scheme(named: nil)
        let thrown = #expect(throws: CalculationError.self) { try engine.assess(request, scheme: scheme) }
        guard case .invalid(let field, _)? = thrown else { Issue.record("an unknown region is invalid: \(String(describing: thrown))"); return }
        #expect(field == "region", "the field by its param name, not a pointer")
    }
}
