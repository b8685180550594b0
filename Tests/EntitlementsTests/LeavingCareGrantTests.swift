import Testing
@testable import Entitlements

/// The leaving-care grant is for care leavers aged 16 to 24 on the claim date, under both schemes
/// (ages from the rule book); without a date of birth the result says the age was not checked; it is
/// a one-off, so what was paid above it shows as a negative `remaining`, never hidden.
@Suite struct LeavingCareGrantTests {
    let engine: Engine

    init() throws {
        engine = Engine(ruleBook: try RealRuleBook.get())
    }

    func grant(_ scheme: String, on: String, born: String?, paid: String? = nil, in engine: Engine? = nil,
               allowEstimated: Bool = false) throws -> GrantResult {
        let engine = engine ?? self.engine
        let request = GrantRequest(on: try date(on), dateOfBirth: try born.map { try date($0) },
                                   alreadyPaid: try paid.map(money), allowEstimated: allowEstimated)
        return try engine.leavingCareGrant(request, scheme: try engine.scheme(named: scheme))
    }

    @Test(arguments: ["england-statutory", "review-2022"])
    func aFortyYearOldAndAFifteenYearOldGetNothing(scheme: String) throws {
        for born in ["1985-01-01", "2010-01-01"] {
            let result = try grant(scheme, on: "2025-06-01", born: born)
            #expect(!result.explanation.eligible)
            #expect(result.amount == .zero)
        }
    }

    @Test func theGrantRunsFromThe16thBirthdayToTheDayBeforeThe25th() throws {
        #expect(try grant("england-statutory", on: "2025-06-01", born: "2009-06-01").explanation.eligible)  // 16th birthday
        #expect(try grant("england-statutory", on: "2025-06-01", born: "2000-06-02").explanation.eligible)  // last day aged 24
        #expect(try !grant("england-statutory", on: "2025-06-01", born: "2000-06-01").explanation.eligible)  // 25th birthday
        #expect(try !grant("england-statutory", on: "2025-05-31", born: "2009-06-01").explanation.eligible)  // aged 15
    }

    @Test func withoutADateOfBirthTheGrantIsGivenAndTheResultSaysTheAgeWasNotChecked() throws {
        let result = try grant("england-statutory", on: "2025-06-01", born: nil)
        #expect(result.explanation.eligible)
        #expect(result.amount == (try money("3000.00")))
        #expect(result.explanation.reasons.contains { $0.text.contains("the age was not checked") })
    }

    @Test(arguments: [("england-statutory", "-500.00"), ("review-2022", "-587.00")])
    func paidAboveTheGrantLeavesANegativeRemainingThatTheReasonsCallAnOverpayment(scheme: String, remaining: String) throws {
        let result = try grant(scheme, on: "2025-06-01", born: "2005-05-01", paid: "3500.00")
        #expect(result.remaining == (try money(remaining)))
        #expect(result.explanation.reasons.contains { $0.text.contains("an overpayment of") })
    }

    @Test func theAgeLimitsAreRuleData() throws {
        var files = try RuleFiles.real()
        try files.edit("leaving-care-grant.json") { try $0.replace("/policies/1/minAge", with: .number("18")) }
        let edited = Engine(ruleBook: try files.load())
        #expect(try !grant("england-statutory", on: "2025-06-01", born: "2008-01-01", in: edited).explanation.eligible)
        #expect(try grant("england-statutory", on: "2025-06-01", born: "2008-01-01").explanation.eligible)
    }

    @Test func aTwentyNinthOfFebruaryBirthSaysItsBirthdayIsAReading() throws {
        let result = try grant("review-2022", on: "2025-02-28", born: "2000-02-29")
        #expect(result.explanation.eligible)  // still 24: the 25th birthday is read as 2025-03-01
        #expect(result.explanation.reasons.contains { $0.rule == "birthday-29-february" && $0.text.contains("not settled law") })
    }

    /// The real rule book with the review's base amount marked as an estimate, with a note.
    func bookWithEstimatedBase() throws -> Engine {
        var files = try RuleFiles.real()
        try files.edit("leaving-care-grant.json") { root in
            try root.replace("/policies/0/base/status", with: .string("estimated"))
            try root.add(.string("assumed for this test"), key: "note", to: "/policies/0/base")
        }
        return Engine(ruleBook: try files.load())
    }

    @Test func anEstimatedBaseNeedsAllowEstimatedAndIsThenListedWithItsNote() throws {
        let engine = try bookWithEstimatedBase()
        #expect(throws: CalculationError.self) { try grant("review-2022", on: "2025-06-01", born: nil, in: engine) }
        let result = try grant("review-2022", on: "2025-06-01", born: nil, in: engine, allowEstimated: true)
        #expect(result.explanation.estimated.contains { $0.table == "grant-review-2022" && $0.note == "assumed for this test" })
    }

    @Test func anEstimatedBaseWithoutANoteIsRefusedAtLoad() throws {
        var files = try RuleFiles.real()
        try files.edit("leaving-care-grant.json") { try $0.replace("/policies/0/base/status", with: .string("estimated")) }
        #expect(files.loadFailure()?.path == "/policies/0/base/note")
    }
}
