import Testing
@testable import Entitlements

/// A council's own table replaces the NMA for its carers: a day it does not cover is an error naming
/// the council's table and the day, never the NMA in silence; an estimated council row is used only
/// when the request allows estimates, and is then listed.
@Suite struct CouncilTableTests {
    let engine: Engine
    let scheme: Scheme

    init() throws {
        engine = Engine(ruleBook: try RealRuleBook.get())
        scheme = try engine.scheme(named: "review-2022")
    }

    /// A Kent kinship request for a child born 2014-09-03 (the example).
    func kent(_ from: String, _ to: String, allowEstimated: Bool = false) throws -> KinshipRequest {
        KinshipRequest(dateOfBirth: try date("2014-09-03"), period: try days(from, to), place: Place(localAuthority: "Kent"),
                       allowEstimated: allowEstimated)
    }

    /// The error a request gives, or nil when it is computed.
    func failure(_ request: KinshipRequest) -> CalculationError? {
        do {
            _ = try engine.kinshipAllowance(request, scheme: scheme)
            return nil
        } catch {
            return error
        }
    }

    /// The table and day an error names, and whether an estimate exists.
    func named(_ error: CalculationError?) -> (table: String, date: CalendarDate, estimateAvailable: Bool)? {
        guard case .noEnactedValue(let table, let date, let estimateAvailable, _)? = error else { return nil }
        return (table, date, estimateAvailable)
    }

    @Test func kentsEstimatedRowIsRefusedWithoutAllowEstimatedNamingKentsTableAndTheDay() throws {
        let named = try #require(named(failure(try kent("2026-04-01", "2026-12-31"))))
        #expect(named.table == "kent-fostering")
        #expect(named.date == (try date("2026-04-01")))
        #expect(named.estimateAvailable)
    }

    @Test func withAllowEstimatedKentsOwnEstimateIsPaidAndListedNeverTheNMA() throws {
        let result = try engine.kinshipAllowance(try kent("2026-04-01", "2026-12-31", allowEstimated: true), scheme: scheme)
        #expect(result.lines.map(\.table) == ["kent-fostering"])
        // Kent's 2025-26 11–15 rate £266.00 × 1.038 = £276.108, to the pound £276.
        #expect(result.lines.map(\.weeklyRate) == [try money("276.00")])
        #expect(result.explanation.estimated.map(\.table) == ["kent-fostering"])
        #expect(!result.explanation.estimated.contains { $0.table == "nma" })
    }

    @Test func aDayBeforeKentsFirstRowIsAnErrorNamingKentNotAFallBackToTheNMA() throws {
        let named = try #require(named(failure(try kent("2025-03-01", "2025-04-30", allowEstimated: true))))
        #expect(named.table == "kent-fostering")
        #expect(named.date == (try date("2025-03-01")))
        #expect(!named.estimateAvailable)
    }

    /// The real Kent file with a first row for 2024-25 that pays `paysTable` instead of rates.
    static func kentFirstPaying(_ paysTable: String) throws -> RuleFiles {
        var files = try RuleFiles.real()
        try files.edit("council-kent-fostering.json") { root in
            guard case .array(let rows)? = root.value(at: "/rows") else { throw JSONEditFailure(description: "council-kent-fostering.json has no /rows array") }
            let paying = JSONValue.object([
                JSONMember("effective", .string("2024-04-01")), JSONMember("until", .string("2025-03-31")),
                JSONMember("status", .string("enacted")), JSONMember("source", .string("a test: Kent paid the NMA in 2024-25")),
                JSONMember("paysTable", .string(paysTable)),
            ])
            try root.replace("/rows", with: .array([paying] + rows))
        }
        return files
    }

    @Test func aCouncilThatPaysTheNMAFromADateSaysSoInItsTable() throws {
        let engine = Engine(ruleBook: try Self.kentFirstPaying("nma").load())
        let request = KinshipRequest(dateOfBirth: try date("2017-03-15"), period: try days("2025-03-01", "2025-04-30"),
                                     place: Place(localAuthority: "Kent"))
        let result = try engine.kinshipAllowance(request, scheme: try engine.scheme(named: "review-2022"))
        // March 2025: the NMA South East 2024-25 5–10 rate, £208, as Kent's table says; April: Kent's own £232.62.
        #expect(result.lines.map(\.table) == ["nma", "kent-fostering"])
        #expect(result.lines.map(\.weeklyRate) == [try money("208.00"), try money("232.62")])
        #expect(result.explanation.reasons.contains { $0.rule == "kent-fostering" && $0.text.contains("says it pays the NMA") })
    }

    @Test func paysTableMustNameANationalFosteringTable() throws {
        let files = try Self.kentFirstPaying("kent-fostering")
        #expect(files.loadFailure()?.message == "paysTable \"kent-fostering\" is not a national fostering table")
    }

    @Test func theReasonsNeverSayTheNMAIsPaidOnDaysKentsTableDoesNotCover() throws {
        let result = try engine.kinshipAllowance(try kent("2025-06-01", "2025-06-30"), scheme: scheme)
        let texts = result.explanation.reasons.map(\.text)
        #expect(!texts.contains { $0.contains("applies on other days") })
        #expect(texts.contains { $0.contains("replace the NMA") })
    }

    @Test func kentsEstimatedRowIsKentsOwnRatesTimesTheNMAsAssumedUpliftToThePound() throws {
        let kent = try #require(engine.ruleBook.rateTables["kent-fostering"])
        let published = try #require(kent.rows.rows.first { $0.status == .enacted }?.payload)
        let estimate = try #require(kent.rows.rows.first { $0.status == .estimated })
        #expect(estimate.effective == (try date("2026-04-01")))
        #expect(estimate.until == (try date("2027-03-31")))
        // Each 2025-26 rate × 1.038, rounded half away from zero to the whole pound.
        let uplifted = published.map { Money(pence: Money.divideRoundingHalfAwayFromZero($0.pence * 1038, by: 100_000) * 100) }
        #expect(estimate.payload == uplifted)
        #expect(estimate.note?.contains("1.038") == true)
    }

    @Test func theNMAEstimateFor2026To27SaysCPIHasUnderstatedTheUplift() throws {
        let nma = try #require(engine.ruleBook.rateTables["nma"])
        let first = try date("2026-04-01")
        let estimates = nma.rows.rows.filter { $0.effective == first }
        #expect(estimates.count == 3)
        for row in estimates {
            #expect(row.status == .estimated)
            #expect(row.note?.contains("understated") == true)
            #expect(row.note?.contains("0.2 to 2.3 points") == true)
        }
    }
}
