import Testing
@testable import Entitlements

/// Under `england-statutory` there is no statutory weekly Staying Close funding: a programme rate
/// (the council's, or `weeklyRate`) is paid and labelled "programme, not statutory"; without one the
/// answer is `eligible: false` with that reason, not an error. Under `review-2022` Staying Close is
/// funded, and a missing rate is still an error naming `weeklyRate`.
@Suite struct StayingCloseTests {
    let engine: Engine

    init() throws {
        engine = Engine(ruleBook: try RealRuleBook.get())
    }

    func close(_ scheme: String, weeklyRate: String?) throws -> AllowanceResult {
        let request = StayingPutRequest(dateOfBirth: try date("2006-03-01"), period: try days("2025-07-01", "2025-07-31"),
                                        place: Place(region: "london"), arrangement: .stayingClose,
                                        weeklyRate: try weeklyRate.map(money))
        return try engine.stayingPutFunding(request, scheme: try engine.scheme(named: scheme))
    }

    @Test func statutoryWithoutAProgrammeRateIsNotEligibleAndSaysWhy() throws {
        let result = try close("england-statutory", weeklyRate: nil)
        #expect(!result.explanation.eligible)
        #expect(result.total == .zero)
        #expect(result.explanation.reasons.contains { $0.text.contains("no statutory weekly Staying Close funding") })
    }

    @Test func statutoryWithAWeeklyRatePaysItLabelledAProgramme() throws {
        let result = try close("england-statutory", weeklyRate: "250.00")
        #expect(result.explanation.eligible)
        #expect(result.total == (try money("1107.14")))  // 31 × 250 ÷ 7 = 1107.142…
        #expect(result.explanation.reasons.contains { $0.text.contains("programme, not statutory") })
    }

    @Test func theReviewStillNeedsARate() throws {
        #expect(throws: CalculationError.notConfigured(field: "weeklyRate", message: "Staying Close has no national rate and the rule book holds no rate for this council; give weeklyRate (the council's weekly rate, e.g. \"250.00\")")) {
            try close("review-2022", weeklyRate: nil)
        }
        #expect(!(try close("review-2022", weeklyRate: "250.00").explanation.reasons.contains { $0.text.contains("programme") }))
    }

    @Test func aProgrammePolicyNeedsItsNoteAndHasNoNationalFallback() throws {
        var files = try RuleFiles.real()
        try files.edit("staying-put.json") { try $0.remove("/policies/3/fundingNote") }
        #expect(files.loadFailure()?.path == "/policies/3/fundingNote")
    }

    @Test func theFundingEndDateSaidIsTheDayBeforeTheBirthday() throws {
        let result = try close("england-statutory", weeklyRate: "250.00")
        // 21st birthday 2027-03-01, so the day before is 2027-02-28.
        #expect(result.explanation.reasons.contains { $0.text.contains("the day before the 21st birthday (2027-02-28)") })
    }
}
