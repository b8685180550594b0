import Testing
@testable import Entitlements

/// Who is paid a kinship allowance under each scheme, and why not (figures.md §2 and §8).
@Suite struct KinshipRulesTests {
    let engine: Engine

    init() throws {
        engine = Engine(ruleBook: try RealRuleBook.get())
    }

    func allowance(_ scheme: String, order: KinshipOrder, dob: String = "2014-09-03", from: String = "2025-04-01",
                   to: String = "2025-06-30", place: Place = Place(region: "london"), allowEstimated: Bool = false,
                   otherwiseInCare: Bool? = nil, receivesAllowance: Bool = false, pilotStartedOn: String? = nil) throws -> AllowanceResult {
        let request = KinshipRequest(
            dateOfBirth: try date(dob), period: try days(from, to), place: place, order: order, allowEstimated: allowEstimated,
            otherwiseInCare: otherwiseInCare, receivesSpecialGuardianshipAllowance: receivesAllowance,
            pilotStartedOn: try pilotStartedOn.map { try date($0) })
        return try engine.kinshipAllowance(request, scheme: try engine.scheme(named: scheme))
    }

    // MARK: england-statutory

    @Test func aStatutorySpecialGuardianIsNotPaidAndIsToldOfTheSGRegulationsRoute() throws {
        let result = try allowance("england-statutory", order: .specialGuardianship)
        #expect(!result.explanation.eligible && result.lines.isEmpty)
        let reason = try #require(result.explanation.reasons.first)
        #expect(reason.text.contains("discretionary and means-tested"))
        #expect(reason.text.contains("Special Guardianship Regulations 2005, regs 6, 7 and 13"))
        #expect(reason.source.contains("Special Guardianship Regulations 2005"))
    }

    @Test func aStatutoryChildArrangementsCarerIsToldOfSchedule1Paragraph15NeverTheSGRegulations() throws {
        let result = try allowance("england-statutory", order: .childArrangements)
        #expect(!result.explanation.eligible && result.lines.isEmpty)
        let reason = try #require(result.explanation.reasons.first)
        #expect(reason.text.contains("Children Act 1989, Schedule 1, paragraph 15"))
        #expect(reason.source == "Children Act 1989, Schedule 1, paragraph 15")
        for reason in result.explanation.reasons {
            #expect(!reason.text.contains("Special Guardianship Regulations") && !reason.source.contains("Special Guardianship Regulations"))
        }
    }

    @Test func kinshipFosterCarersArePaidUnderEveryScheme() throws {
        for scheme in ["england-statutory", "review-2022", "kinship-pilot-2026"] {
            let result = try allowance(scheme, order: .kinshipFosterCare)
            // 2025-04-01..2025-06-30: 91 days × £225 (London 5-10, 2025-26) ÷ 7 = £2,925.00.
            #expect(result.total == Money(pence: 292_500), "\(scheme)")
        }
    }

    @Test func anOrderNotPaidWithoutAReasonFailsAtLoad() throws {
        var files = try RuleFiles.real()
        try files.edit("kinship.json") { try $0.remove("/policies/1/unpaid/1") }
        #expect(files.loadFailure() == RuleBookError(
            file: "kinship.json", path: "/policies/1/unpaid",
            message: "say why child-arrangements is not paid: every order not in paidOrders needs an entry with its reason and source"))
    }

    // MARK: review-2022: would the child otherwise be in care?

    @Test func aChildWhoWouldNotOtherwiseBeInCareIsNotPaidUnderTheReview() throws {
        for order in [KinshipOrder.specialGuardianship, .childArrangements] {
            let result = try allowance("review-2022", order: order, otherwiseInCare: false)
            #expect(!result.explanation.eligible && result.total == Money(pence: 0))
            #expect(result.explanation.reasons.first?.text.contains("would not otherwise be in care") == true)
        }
    }

    @Test func whenNotGivenTheReasonsStateTheAssumptionThatTheChildWouldOtherwiseBeInCare() throws {
        let assumed = try allowance("review-2022", order: .specialGuardianship)
        let given = try allowance("review-2022", order: .specialGuardianship, otherwiseInCare: true)
        #expect(assumed.total == given.total && assumed.explanation.eligible)
        let assumption = "the child is assumed to be one who would otherwise be in care; pass otherwiseInCare: false if not"
        #expect(assumed.explanation.reasons.contains { $0.text.contains(assumption) })
        #expect(!given.explanation.reasons.contains { $0.text.contains(assumption) })
    }

    @Test func otherwiseInCareDoesNotStopAKinshipFosterCarersAllowance() throws {
        let result = try allowance("review-2022", order: .kinshipFosterCare, otherwiseInCare: false)
        #expect(result.explanation.eligible)
    }

    @Test func theReviewSaysWouldBePaidAndTheLawSaysIsPaid() throws {
        let review = try allowance("review-2022", order: .kinshipFosterCare)
        let statute = try allowance("england-statutory", order: .kinshipFosterCare)
        #expect(review.explanation.reasons.first?.text.contains("(a proposal, not the law), a carer with kinship foster care would be paid") == true)
        #expect(statute.explanation.reasons.first?.text.contains("Under the law in England today, a carer with kinship foster care is paid") == true)
    }

    // MARK: kinship-pilot-2026

    @Test func thePilotPaysTheNMAForTheChildsAgeAndTheCouncilsRegionWithTheEstimatedStartListed() throws {
        let result = try allowance("kinship-pilot-2026", order: .specialGuardianship, dob: "2015-11-20", from: "2026-10-01",
                                   to: "2026-12-31", place: Place(localAuthority: "Bexley"), allowEstimated: true)
        // Hand-worked (golden i12-pilot-bexley-sgo-london-estimated): 50 d × £234 ÷ 7 + 42 d × £267 ÷ 7.
        #expect(result.lines.map(\.amount) == [Money(pence: 167_143), Money(pence: 160_200)])
        #expect(result.lines.map(\.region) == ["london", "london"])
        #expect(result.explanation.estimated.contains { $0.table == "kinship-pilot-2026" && $0.effective.isoText == "2026-04-01" })
    }

    @Test func withoutAllowEstimatedThePilotsUnpublishedStartIsRefusedNamingItAndTheDate() throws {
        #expect(throws: CalculationError.self) {
            _ = try allowance("kinship-pilot-2026", order: .specialGuardianship, from: "2026-10-01", to: "2026-12-31",
                              place: Place(localAuthority: "Bexley"))
        }
        var refused: CalculationError?
        do {
            _ = try allowance("kinship-pilot-2026", order: .childArrangements, from: "2026-10-01", to: "2026-12-31",
                              place: Place(localAuthority: "Medway"))
        } catch let error as CalculationError {
            refused = error
        }
        guard case .noEnactedValue(let table, let date, let estimateAvailable, _)? = refused else {
            Issue.record("expected no enacted value, got \(String(describing: refused))")
            return
        }
        #expect(table == "kinship-pilot-2026" && date.isoText == "2026-10-01" && estimateAvailable)
    }

    @Test func outsideTheSevenCouncilsThePilotDoesNotPayAndNeedsNoEstimate() throws {
        let result = try allowance("kinship-pilot-2026", order: .specialGuardianship, place: Place(localAuthority: "Kent"))
        #expect(!result.explanation.eligible)
        #expect(result.explanation.reasons.contains { $0.text.hasPrefix("Kent is not one of the 7 councils of the Kinship Allowance pilot") })
        #expect(result.explanation.reasons.contains { $0.text.contains("regs 6, 7 and 13") })
        #expect(result.explanation.estimated.isEmpty)
    }

    @Test func aCarerAlreadyReceivingASpecialGuardianshipAllowanceIsNotPaidByThePilot() throws {
        let result = try allowance("kinship-pilot-2026", order: .specialGuardianship, from: "2026-10-01", to: "2026-12-31",
                                   place: Place(localAuthority: "Thurrock"), allowEstimated: true, receivesAllowance: true)
        #expect(!result.explanation.eligible && result.lines.isEmpty)
        #expect(result.explanation.reasons.contains { $0.text.hasPrefix("Carers already receiving a special guardianship allowance") })
    }

    @Test func thePilotPaysForThreeYearsPerCarerCountedFromPilotStartedOn() throws {
        // Started 2026-04-01: the third anniversary is 2029-04-01, so the last paid day is 2029-03-31.
        let ended = try allowance("kinship-pilot-2026", order: .specialGuardianship, dob: "2018-01-01", from: "2029-04-01",
                                  to: "2029-04-30", place: Place(localAuthority: "Wiltshire"), pilotStartedOn: "2026-04-01")
        #expect(!ended.explanation.eligible && ended.lines.isEmpty)
        // Started 2025-05-01 (given): nothing before it is paid, and no estimate is needed for 2025-26.
        let started = try allowance("kinship-pilot-2026", order: .specialGuardianship, from: "2025-04-01", to: "2025-05-07",
                                    place: Place(localAuthority: "Bolton"), pilotStartedOn: "2025-05-01")
        // 2025-05-01..2025-05-07: 7 days × £194 (rest of England 5-10, 2025-26) ÷ 7 = £194.00.
        #expect(started.lines.map(\.from.isoText) == ["2025-05-01"])
        #expect(started.total == Money(pence: 19_400))
        #expect(started.explanation.estimated.isEmpty)
    }

    /// SPEC: the pilot's start is not published, so it is an estimate. A carer's `pilotStartedOn` is a
    /// fact about that carer: it replaces the estimated start (no `allowEstimated` for the start, and
    /// the start is not listed as estimated), and the carer's three years run to the day before the
    /// third anniversary of that day (a 29 February start reaching it on 1 March in a common year).
    @Test func pilotStartedOnReplacesTheEstimatedStartAndTheThreeYearsCountFromIt() throws {
        // Before the estimated start (2026-04-01): the given day is trusted over the estimate.
        let early = try allowance("kinship-pilot-2026", order: .childArrangements, from: "2025-04-01", to: "2025-04-30",
                                  place: Place(localAuthority: "Thurrock"), pilotStartedOn: "2025-04-10")
        #expect(early.lines.map(\.from.isoText) == ["2025-04-10"])
        #expect(early.explanation.estimated.isEmpty, "neither the 2025-26 rates nor the start are estimates")
        #expect(!early.explanation.reasons.contains { $0.text.contains("an estimate") })
        // Started 2024-02-29 (a date chosen so the cap falls where the rule book has rates): the third
        // anniversary is 2027-03-01, so 2027-02-28 is the last day paid.
        let capped = try allowance("kinship-pilot-2026", order: .specialGuardianship, dob: "2015-11-20", from: "2027-02-01",
                                   to: "2027-03-31", place: Place(localAuthority: "Bexley"), allowEstimated: true,
                                   pilotStartedOn: "2024-02-29")
        #expect(capped.lines.map(\.from.isoText) == ["2027-02-01"])
        #expect(capped.lines.map(\.to.isoText) == ["2027-02-28"])
        #expect(capped.explanation.estimated.map(\.table) == ["nma"], "only the 2026-27 rate is an estimate, not the start")
    }

    @Test func pilotStartedOnBeforeAPublishedStartIsRefused() throws {
        var files = try RuleFiles.real()
        try files.edit("kinship.json") {
            try $0.replace("/policies/2/pilot/start/status", with: .string("enacted"))
            try $0.remove("/policies/2/pilot/start/note")
        }
        let engine = Engine(ruleBook: try files.load())
        let request = KinshipRequest(
            dateOfBirth: try date("2014-09-03"), period: try days("2026-04-01", "2026-04-30"), place: Place(localAuthority: "Wiltshire"),
            order: .specialGuardianship, allowEstimated: true, pilotStartedOn: try date("2026-03-01"))
        #expect(throws: CalculationError.invalid(
            field: "pilotStartedOn",
            message: "pilotStartedOn 2026-03-01 is before the Kinship Allowance pilot started on 2026-04-01; give the day this carer's pilot payments began")) {
            _ = try engine.kinshipAllowance(request, scheme: try engine.scheme(named: "kinship-pilot-2026"))
        }
    }

    @Test func thePilotIsForSpecialGuardiansAndChildArrangementsCarersOnly() throws {
        let result = try allowance("kinship-pilot-2026", order: .informal, place: Place(localAuthority: "Newcastle upon Tyne"))
        #expect(!result.explanation.eligible)
        #expect(result.explanation.reasons.contains { $0.text.hasPrefix("The Kinship Allowance pilot is for special guardians") })
    }

    @Test func aPilotCouncilThatIsNotACouncilFailsAtLoad() throws {
        var files = try RuleFiles.real()
        try files.edit("kinship.json") { try $0.replace("/policies/2/pilot/councils/3", with: .string("E06099999")) }
        #expect(files.loadFailure() == RuleBookError(
            file: "kinship.json", path: "/policies/2/pilot/councils/3", message: "E06099999 is not a council code in councils.json"))
    }
}
