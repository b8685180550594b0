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
                             order: .specialGuardianship, arrangement: nil, prescription: prescription,
                             apprenticeship: nil, weeklyContribution: nil, weeklyRate: nil)
    }

    @Test func theStatutoryGrantOf3000AgainstTheReviewsIndexed2913IsMinus87() throws {
        // Review: £2,438 in 2022-23, then × 1.101, × 1.067, × 1.017, each rounded to the pound: £2,913 in 2025-26.
        let request = GrantRequest(on: try date("2025-06-01"))
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
        let request = GrantRequest(on: try date("2025-06-01"))
        let byID = try engine.compare(request, schemeIDs: ("england-statutory", "review-2022"))
        let byValue = try engine.compare(request, schemes: (try engine.scheme(named: "england-statutory"), try engine.scheme(named: "review-2022")))
        #expect(byID == byValue)
    }

    @Test func anAssessmentListsEachEntitlementInOrderEachAsComputedAlone() throws {
        let request = try londonChild(on: "2025-10-01")
        let scheme = try engine.scheme(named: nil)
        let assessment = try engine.assess(request, scheme: scheme)
        #expect(assessment.on == request.on)
        #expect(assessment.entries.map(\.kind) == [.kinshipAllowance, .prescriptionExemption],
                "a child in kinship care: no grant, bursary or Staying Put")
        #expect(assessment.notApplicable.map(\.kind) == [.leavingCareGrant, .apprenticeshipBursary, .stayingPutFunding])
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
        #expect((try? assessment.entries[1].outcome.get()) != nil, "prescriptions are still computed")
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

    /// A care leaver born 2005-05-01, assessed on `on` under `scheme`, with an arrangement if given.
    func careLeaver(on: String, arrangement: StayingArrangement?, scheme: String = "england-statutory",
                    apprenticeship: (String, String)? = nil, born: String = "2005-05-01") throws -> Assessment {
        let born = try date(born), on = try date(on)
        var prescription = PrescriptionRequest(dateOfBirth: born, on: on)
        prescription.careLeaver = true
        let programme = try apprenticeship.map { BursaryRequest(dateOfBirth: born, start: try date($0.0), end: try date($0.1)) }
        let request = AssessRequest(dateOfBirth: born, on: on, year: try #require(FinancialYear(containing: on).range), allowEstimated: false,
                                    place: Place(region: "london"), careLeaver: true, order: .specialGuardianship, arrangement: arrangement,
                                    prescription: prescription, apprenticeship: programme, weeklyContribution: nil, weeklyRate: nil)
        return try engine.assess(request, scheme: try engine.scheme(named: scheme))
    }

    @Test func aCareLeaverWithoutAnArrangementHasNoStayingPutAndNoKinshipAllowance() throws {
        let assessment = try careLeaver(on: "2025-06-01", arrangement: nil)
        #expect(assessment.entries.map(\.kind) == [.leavingCareGrant, .prescriptionExemption])
        #expect(assessment.notApplicable.map(\.kind) == [.kinshipAllowance, .apprenticeshipBursary, .stayingPutFunding])
        #expect(assessment.notApplicable.allSatisfy { !$0.reason.isEmpty })
    }

    @Test func stayingPutRunningOnTheDateIsDueAndPastTheAgeLimitHasEnded() throws {
        // Statutory Staying Put runs from the 18th birthday (2023-05-01) to the day before the 21st (2026-04-30).
        let running = try careLeaver(on: "2025-06-01", arrangement: .stayingPut)
        #expect(running.entries.map(\.kind) == [.leavingCareGrant, .stayingPutFunding, .prescriptionExemption])
        #expect(running.entries[1].status == .due)
        // Born 2004-05-01: the 21st birthday 2025-05-01 is before 2025-06-01; April 2025 was paid, then it ended.
        let over = try careLeaver(on: "2025-06-01", arrangement: .stayingPut, born: "2004-05-01")
        #expect(over.entries[1].status == .ended)
        // Under the review it runs to the day before the 23rd birthday (2027-04-30).
        let review = try careLeaver(on: "2025-06-01", arrangement: .stayingPut, scheme: "review-2022", born: "2004-05-01")
        #expect(review.entries[1].status == .due)
    }

    @Test func aGrantThatCanBeClaimedIsDueAndAPrescriptionChargeIsNotEligible() throws {
        let assessment = try careLeaver(on: "2025-06-01", arrangement: nil)
        #expect(assessment.entries[0].status == .due)
        #expect(assessment.entries[1].status == .notEligible, "no statutory care-leaver exemption; aged 20")
        let aged25 = try careLeaver(on: "2030-06-01", arrangement: nil)
        #expect(aged25.entries[0].status == .notEligible, "the grant is for ages 16 to 24")
    }

    @Test func aBursaryInstalmentAfterTheDateIsUpcomingWithItsDateAndOneOnTheDateIsDue() throws {
        // Statutory, a start on 2025-04-10: £1,000 at start + 60 days (2025-06-09), + 120, + 300.
        let before = try careLeaver(on: "2025-05-01", arrangement: nil, apprenticeship: ("2025-04-10", "2027-04-09"))
        #expect(before.entries[1].kind == .apprenticeshipBursary)
        #expect(before.entries[1].status == .upcoming)
        #expect(before.entries[1].nextDue == (try date("2025-06-09")))
        let onTheDay = try careLeaver(on: "2025-06-09", arrangement: nil, apprenticeship: ("2025-04-10", "2027-04-09"))
        #expect(onTheDay.entries[1].status == .due)
        let after = try careLeaver(on: "2026-03-01", arrangement: nil, apprenticeship: ("2025-04-10", "2027-04-09"))
        #expect(after.entries[1].status == .paidEarlier, "the third instalment fell due on 2026-02-04")
        #expect(after.entries[1].nextDue == nil)
    }

    @Test func aKinshipAllowanceForAnOrderNotPaidIsNotEligible() throws {
        // A "lives with" child arrangements order has no national allowance under england-statutory.
        var request = try londonChild(on: "2025-10-01")
        request.order = .childArrangements
        let assessment = try engine.assess(request, scheme: try engine.scheme(named: "england-statutory"))
        #expect(assessment.entries[0].kind == .kinshipAllowance)
        #expect(assessment.entries[0].status == .notEligible)
        #expect(assessment.entries[1].status == .due, "under 16: prescriptions are free")
    }
}
