import Foundation
import Testing
@testable import Entitlements

/// The rule book in `rules/`: it loads, the binary carries exactly it, its revision can be recomputed
/// with standard tools, and every table is complete for every year it covers.
@Suite struct RealRuleBookTests {
    let book: RuleBook

    init() throws {
        book = try RealRuleBook.get()
    }

    static let regions = ["london", "south-east", "rest-of-england"]
    static let nmaBands = ["0-2", "3-4", "5-10", "11-15", "16-17"]

    /// The NMA rows of a region, in date order.
    func nmaRows(_ region: String) throws -> [DatedRow<[Money]>] {
        let nma = try #require(book.rateTables["nma"])
        return nma.rows.rows.filter { $0.region == region }.sorted { $0.effective < $1.effective }
    }

    /// The NMA row of a region that starts the financial year beginning 1 April `startYear`.
    func nmaRow(_ region: String, _ startYear: Int) throws -> DatedRow<[Money]> {
        let first = try #require(CalendarDate(year: startYear, month: 4, day: 1))
        return try #require(try nmaRows(region).first { $0.effective == first }, "no NMA row for \(region) \(startYear)")
    }

    // MARK: Loading and revision

    @Test func theBuiltInRuleBookIsTheRulesDirectory() throws {
        let builtIn = try RuleBook.builtIn.get()
        #expect(builtIn.revision == book.revision)
        #expect(builtIn.files.map(\.name) == book.files.map(\.name))
        #expect(builtIn.files.map(\.sha256) == book.files.map(\.sha256))
        #expect(builtIn.version == book.version)
        #expect(builtIn.defaultScheme.id == book.defaultScheme.id)
    }

    @Test func theRevisionIsTheSHA256OfTheSha256sumListingInByteOrder() throws {
        let files = try RuleFiles.real().files
        #expect(files.map(\.name) == book.files.map(\.name))
        var listing = ""
        for file in files {
            listing += SHA256.hexDigest(file.bytes) + "  " + file.name + "\n"
        }
        #expect(SHA256.hexDigest(Array(listing.utf8)) == book.revision)
        #expect(book.revision.count == 64)
        #expect(book.revision.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")
                   && FileManager.default.isExecutableFile(atPath: "/usr/bin/sha256sum")))
    func theReadmeCommandPrintsTheRevision() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "(cd rules && LC_ALL=C ls *.json | LC_ALL=C sort | xargs sha256sum) | sha256sum"]
        process.currentDirectoryURL = URL(fileURLWithPath: RuleFiles.directory).deletingLastPathComponent()
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self) == book.revision + "  -\n")
    }

    @Test func oneChangedByteChangesTheRevision() throws {
        var files = try RuleFiles.real()
        try files.replaceText(in: "rulebook.json", "\"version\"", with: " \"version\"")
        #expect(try files.load().revision != book.revision)
    }

    @Test func theRuleBookSaysWhatItIs() {
        #expect(!book.version.isEmpty)
        #expect(!book.title.isEmpty)
        #expect(book.regions == Self.regions)
    }

    // MARK: The National Minimum Allowance

    @Test func theNMAHasOneRowPerRegionForEachFinancialYear2016To2027() throws {
        for region in Self.regions {
            let rows = try nmaRows(region)
            #expect(rows.map(\.effective) == (2016...2026).compactMap { CalendarDate(year: $0, month: 4, day: 1) }, "\(region)")
            #expect(rows.map(\.until) == (2017...2027).compactMap { CalendarDate(year: $0, month: 3, day: 31) }, "\(region)")
        }
        #expect(try #require(book.rateTables["nma"]).rows.rows.count == 33)
        #expect(try #require(book.rateTables["nma"]).bands.map(\.id) == Self.nmaBands)
    }

    @Test func nmaRowsRunFromFirstAprilAndEachStartsTheDayAfterThePreviousEnds() throws {
        for region in Self.regions {
            let rows = try nmaRows(region)
            for (earlier, later) in zip(rows, rows.dropFirst()) {
                #expect(earlier.until?.nextDay == later.effective, "\(region): \(earlier.effective) then \(later.effective)")
            }
            for row in rows {
                #expect(row.effective.month == 4 && row.effective.day == 1)
                #expect(FinancialYear(containing: row.effective).range == row.until.flatMap { DateRange(from: row.effective, to: $0) })
            }
        }
    }

    @Test func only2021To22SouthEastAndRestOfEnglandAreNotFound() throws {
        let nma = try #require(book.rateTables["nma"])
        let notFound = nma.rows.rows.filter { $0.status == .notFound }
        #expect(notFound.map { "\($0.region ?? "") \($0.effective)" } == ["south-east 2021-04-01", "rest-of-england 2021-04-01"])
        for row in notFound {
            #expect(row.payload == nil)
            #expect(row.note?.isEmpty == false)
        }
        for row in nma.rows.rows where row.status != .notFound {
            #expect(row.payload?.count == Self.nmaBands.count, "nma \(row.region ?? "") \(row.effective)")
            #expect(row.payload?.allSatisfy { $0 > .zero } == true, "nma \(row.region ?? "") \(row.effective)")
        }
    }

    @Test func everyRowHasASourceAndEveryEstimateANote() throws {
        for table in book.rateTables.values {
            for row in table.rows.rows {
                #expect(!row.source.trimmingCharacters(in: .whitespaces).isEmpty, "\(table.id) \(row.region ?? "") \(row.effective)")
                if row.status != .enacted { #expect(row.note?.isEmpty == false, "\(table.id) \(row.region ?? "") \(row.effective)") }
            }
        }
        for table in book.amountTables.values {
            for row in table.rows.rows {
                #expect(!row.source.isEmpty, "\(table.id) \(row.region ?? "") \(row.effective)")
                if row.status != .enacted { #expect(row.note?.isEmpty == false, "\(table.id) \(row.region ?? "") \(row.effective)") }
            }
        }
    }

    @Test func publishedYearsAreEnactedAndEveryOtherYearIsEstimatedOrNotFound() throws {
        // P or S in figures.md: 2024-25 and 2025-26 everywhere, 2021-22 London, 2016-17 Rest of England.
        for region in Self.regions {
            for year in 2016...2026 {
                let row = try nmaRow(region, year)
                let published = year == 2024 || year == 2025 || (year == 2021 && region == "london")
                    || (year == 2016 && region == "rest-of-england")
                if published {
                    #expect(row.status == .enacted, "\(region) \(year)")
                } else {
                    #expect(row.status != .enacted, "\(region) \(year) is \(row.status.rawValue)")
                }
            }
        }
    }

    @Test func the2024To26RatesAreThePublishedTables() throws {
        let published: [(String, Int, [Int64])] = [
            ("london", 2024, [191, 195, 217, 248, 289]), ("south-east", 2024, [183, 189, 208, 238, 278]),
            ("rest-of-england", 2024, [165, 170, 187, 213, 249]),
            ("london", 2025, [198, 201, 225, 257, 299]), ("south-east", 2025, [189, 196, 216, 247, 288]),
            ("rest-of-england", 2025, [170, 176, 194, 220, 258]),
        ]
        for (region, year, pounds) in published {
            #expect(try nmaRow(region, year).payload == pounds.map { Money(pence: $0 * 100) }, "\(region) \(year)")
        }
    }

    /// `pence × numerator ÷ denominator`, rounded half away from zero to the whole pound, in pence.
    static func toThePound(_ pence: Int64, times numerator: Int64, over denominator: Int64) -> Int64 {
        let scaled = pence * numerator
        let perPound = denominator * 100
        return (2 * scaled + perPound) / (2 * perPound) * 100
    }

    @Test func the2026To27EstimatesAre2025To26UpliftedBySeptember2025CPIToThePound() throws {
        let cpi = try #require(book.indexSeries["cpi-september"]?.entry(year: 2025, month: 9))
        #expect(cpi.rate.text == "3.8")
        for region in Self.regions {
            let estimate = try nmaRow(region, 2026)
            #expect(estimate.status == .estimated)
            #expect(estimate.note?.contains("1.038") == true, "\(region): \(estimate.note ?? "no note")")
            let base = try #require(try nmaRow(region, 2025).payload)
            let expected = base.map {
                Money(pence: Self.toThePound($0.pence, times: cpi.rate.denominator + cpi.rate.numerator, over: cpi.rate.denominator))
            }
            #expect(estimate.payload == expected, "\(region)")
        }
    }

    @Test func derivedEarlierYearsAreTheLaterYearDividedByThePublishedUpliftToThePound() throws {
        // 2023-24 = 2024-25 ÷ 1.0688 and 2022-23 = 2023-24 ÷ 1.1243 (DfE uplifts), each rounded to the pound.
        for region in Self.regions {
            for (year, uplift) in [(2023, Int64(10_688)), (2022, Int64(11_243))] {
                let later = try #require(try nmaRow(region, year + 1).payload)
                let derived = try nmaRow(region, year)
                #expect(derived.note?.hasPrefix("D") == true, "\(region) \(year)")
                let expected = later.map { Money(pence: Self.toThePound($0.pence, times: 10_000, over: uplift)) }
                #expect(derived.payload == expected, "\(region) \(year)")
            }
        }
    }

    // MARK: Kent, prescriptions, CPI, grants

    @Test func kentsOwnTableCovers2025To26PublishedAnd2026To27EstimatedWithItsOwnBands() throws {
        let kent = try #require(book.councilTable(for: "E10000016", purpose: .fostering))
        #expect(kent.id == "kent-fostering")
        #expect(kent.bands.map(\.id) == ["under-2", "2-4", "5-10", "11-15", "16+"])
        #expect(kent.bands.last?.toAge == nil)
        #expect(kent.rows.rows.map(\.status) == [.enacted, .estimated])
        let row = try #require(kent.rows.rows.first)
        #expect(row.effective == (try date("2025-04-01")))
        #expect(row.until == (try date("2026-03-31")))
        #expect(row.status == .enacted)
        #expect(row.payload == [20_354, 21_108, 23_262, 26_600, 31_015].map { Money(pence: $0) })
        #expect(book.councils.council(code: "E10000016")?.region == "south-east")
    }

    @Test func prescriptionChargesRunWithoutGapsFromApril2019ToMarch2027() throws {
        let charges = try #require(book.amountTables[book.defaultScheme.prescription.charges])
        #expect(charges.fields == ["perItem", "prepayment3Month", "prepayment12Month"])
        let rows = charges.rows.rows
        #expect(rows.first?.effective == (try date("2019-04-01")))
        #expect(rows.last?.until == (try date("2027-03-31")))
        for (earlier, later) in zip(rows, rows.dropFirst()) {
            #expect(earlier.until?.nextDay == later.effective, "\(earlier.effective) then \(later.effective)")
        }
        for row in rows {
            #expect(row.status == .enacted)
            #expect(Set(row.payload?.keys.map { $0 } ?? []) == Set(charges.fields))
        }
        // The 2024 increase took effect on 1 May 2024, not 1 April.
        let may2024 = try #require(rows.first { $0.effective == (try? date("2024-05-01")) })
        #expect(may2024.payload?["perItem"] == Money(pence: 990))
        let april2024 = try #require(rows.first { $0.covers(try date("2024-04-30")) })
        #expect(april2024.payload?["perItem"] == Money(pence: 965))
    }

    @Test func septemberCPIIsRecordedFor2014To2025() throws {
        let cpi = try #require(book.indexSeries["cpi-september"])
        #expect(cpi.entries.map(\.year) == Array(2014...2025))
        #expect(cpi.entries.allSatisfy { $0.month == 9 && $0.status == .enacted && !$0.source.isEmpty })
        #expect(cpi.entries.map(\.rate.text) == ["1.2", "-0.1", "1.0", "3.0", "2.4", "1.7", "0.5", "3.1", "10.1", "6.7", "1.7", "3.8"])
        #expect(cpi.entry(year: 2022, month: 9)?.rate.numerator == 101)
        #expect(cpi.entry(year: 2022, month: 9)?.rate.denominator == 1_000)
    }

    @Test func theStatutoryGrantIsTwoThousandThenThreeThousandFromApril2023() throws {
        let scheme = try #require(book.scheme("england-statutory"))
        guard case .fixed(let amounts) = scheme.leavingCareGrant.rule else {
            Issue.record("the statutory grant should be fixed amounts")
            return
        }
        #expect(amounts.rows.map(\.effective) == [try date("2022-04-01"), try date("2023-04-01")])
        #expect(amounts.rows.map(\.until) == [try date("2023-03-31"), nil])
        #expect(amounts.rows.map(\.payload) == [Money(pence: 200_000), Money(pence: 300_000)])
        let review = try #require(book.scheme("review-2022"))
        guard case .indexed(let indexed) = review.leavingCareGrant.rule else {
            Issue.record("the review grant should be indexed")
            return
        }
        #expect(indexed.baseYear == FinancialYear(startYear: 2022))
        #expect(indexed.baseAmount == Money(pence: 243_800))
        #expect(book.indexSeries[indexed.index] != nil)
        #expect(indexed.indexMonth == 9)
    }

    // MARK: Councils

    @Test func all153CouncilsLoadWith33InLondonAnd19InTheSouthEast() {
        let councils = book.councils.councils
        #expect(councils.count == 153)
        #expect(Set(councils.map(\.code)).count == 153)
        #expect(councils.filter { $0.region == "london" }.count == 33)
        #expect(councils.filter { $0.region == "south-east" }.count == 19)
        #expect(councils.filter { $0.region == "rest-of-england" }.count == 101)
        #expect(councils.allSatisfy { ($0.onsRegion == "London") == ($0.region == "london") })
        #expect(councils.allSatisfy { ($0.onsRegion == "South East") == ($0.region == "south-east") })
    }

    /// The code of the current council a lookup finds, if it finds one.
    func foundCode(_ text: String) -> String? {
        guard case .council(let council)? = book.councils.find(text) else { return nil }
        return council.code
    }

    @Test func aCouncilIsFoundByItsCodeInAnyCase() {
        #expect(foundCode("E09000007") == "E09000007")
        #expect(foundCode("e09000007") == "E09000007")
        #expect(foundCode(" E10000016 ") == "E10000016")
        #expect(book.councils.council(code: "E10000016")?.name == "Kent")
    }

    @Test(arguments: [
        ("kingston upon hull", "E06000010"), ("Hull", "E06000010"), ("City of Kingston upon Hull", "E06000010"),
        ("Kingston upon Hull, City of", "E06000010"), ("KINGSTON UPON HULL", "E06000010"),
        ("St Helens", "E08000013"), ("St. Helens", "E08000013"), ("st helens", "E08000013"),
        ("bristol", "E06000023"), ("City of Bristol", "E06000023"), ("Camden", "E09000007"),
        ("Bournemouth, Christchurch & Poole", "E06000058"), ("BCP", "E06000058"), ("Durham", "E06000047"),
        ("Kent", "E10000016"),
    ])
    func aCouncilIsFoundByNameIgnoringCaseAndPunctuation(name: String, code: String) {
        #expect(foundCode(name) == code)
    }

    @Test func anAmbiguousShortNameFindsNoCouncil() {
        // "Kingston" could be Kingston upon Hull or Kingston upon Thames.
        #expect(book.councils.find("Kingston") == nil)
    }

    @Test func aFormerCodeFindsTheCouncilsThatReplacedIt() throws {
        guard case .former(let barnsley, let successors)? = book.councils.find("E08000016") else {
            Issue.record("E08000016 should be a former code")
            return
        }
        #expect(barnsley.name == "Barnsley")
        #expect(successors.map(\.code) == ["E08000038"])
        #expect(successors.map(\.name) == ["Barnsley"])
        guard case .former(let cumbria, let cumbrianSuccessors)? = book.councils.find("e10000006") else {
            Issue.record("E10000006 should be a former code")
            return
        }
        #expect(cumbria.name == "Cumbria")
        #expect(cumbrianSuccessors.map(\.name) == ["Cumberland", "Westmorland and Furness"])
        #expect(cumbrianSuccessors.allSatisfy { $0.region == "rest-of-england" })
        for former in book.councils.formerCodes {
            #expect(book.councils.council(code: former.code) == nil)
            #expect(former.replacedBy.allSatisfy { book.councils.council(code: $0) != nil })
        }
    }

    @Test func cumbriasFormerCodeIsPaidRestOfEnglandRates() throws {
        let engine = Engine(ruleBook: book)
        let request = KinshipRequest(
            dateOfBirth: try date("2015-06-01"), period: try days("2025-04-01", "2025-04-30"),
            place: Place(localAuthority: "E10000006"))
        let result = try engine.kinshipAllowance(request, scheme: engine.scheme(named: nil))
        #expect(result.lines.map(\.region) == ["rest-of-england"])
        #expect(result.lines.map(\.weeklyRate) == [Money(pence: 19_400)])
    }

    @Test func aTypoSuggestsTheNearestCouncil() {
        #expect(book.councils.find("Camdem") == nil)
        #expect(book.councils.suggestions(for: "Camdem").first == "Camden")
        #expect(book.councils.suggestions(for: "Camdem").count <= 3)
        // Two letters swapped are one edit, as they are for a mistyped option.
        #expect(book.councils.suggestions(for: "Knet").first == "Kent")
    }

    // MARK: Schemes

    @Test func theThreeSchemesExistAndReview2022IsTheDefault() throws {
        #expect(book.schemes.map(\.id) == ["review-2022", "england-statutory", "kinship-pilot-2026"])
        #expect(book.defaultScheme.id == "review-2022")
        let review = try #require(book.scheme("review-2022"))
        let statutory = try #require(book.scheme("england-statutory"))
        #expect(review.kinship.paidOrders == ["special-guardianship", "child-arrangements", "kinship-foster-care"])
        #expect(statutory.kinship.paidOrders == ["kinship-foster-care"])
        #expect(review.kinship.endsAtAge == 18 && statutory.kinship.endsAtAge == 18)
        #expect(review.stayingPut.endsAtAge == 23 && statutory.stayingPut.endsAtAge == 21)
        #expect(review.stayingClose.endsAtAge == 23 && statutory.stayingClose.endsAtAge == 21)
        #expect(review.stayingPut.fallbackBand == "16-17" && review.stayingClose.fallbackTable == nil)
        #expect(review.prescription.careLeaverUntilAge == 25 && statutory.prescription.careLeaverUntilAge == nil)
        let engine = Engine(ruleBook: book)
        #expect(try engine.scheme(named: nil).id == "review-2022")
        #expect(throws: CalculationError.self) { try engine.scheme(named: "review-2023") }
    }
}
