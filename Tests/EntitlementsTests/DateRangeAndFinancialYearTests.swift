import Testing
@testable import Entitlements

/// Inclusive date ranges, and English financial years (1 April to 31 March, written `2025-26`).
@Suite struct DateRangeAndFinancialYearTests {
    // MARK: Date ranges

    @Test func aRangeCountsBothEnds() throws {
        #expect(try days("2025-04-01", "2025-04-01").days == 1)
        #expect(try days("2025-04-01", "2025-04-07").days == 7)
        #expect(try days("2025-04-01", "2026-03-31").days == 365)
        #expect(try days("2023-04-01", "2024-03-31").days == 366)
        #expect(try days("2024-02-01", "2024-02-29").days == 29)
    }

    @Test func aRangeCannotEndBeforeItStarts() throws {
        #expect(DateRange(from: try date("2025-04-02"), to: try date("2025-04-01")) == nil)
    }

    @Test func aRangeIsWrittenWithTwoDots() throws {
        #expect(try days("2025-04-01", "2026-03-31").description == "2025-04-01..2026-03-31")
    }

    // MARK: Financial years

    @Test func thirtyFirstMarchIsInTheYearBeforeFirstApril() throws {
        #expect(FinancialYear(containing: try date("2025-03-31")) == FinancialYear(startYear: 2024))
        #expect(FinancialYear(containing: try date("2025-04-01")) == FinancialYear(startYear: 2025))
        #expect(FinancialYear(containing: try date("2026-01-01")) == FinancialYear(startYear: 2025))
        #expect(FinancialYear(containing: try date("2025-12-31")) == FinancialYear(startYear: 2025))
        #expect(FinancialYear(containing: try date("2025-04-05")) == FinancialYear(startYear: 2025))  // not the tax year
    }

    @Test func yearTwentyTwentyFiveToTwentySixRunsFromFirstAprilToThirtyFirstMarch() throws {
        let year = try #require(FinancialYear("2025-26"))
        #expect(year.startYear == 2025)
        #expect(year.range == (try days("2025-04-01", "2026-03-31")))
        #expect(year.description == "2025-26")
        #expect(year.next.description == "2026-27")
        #expect(FinancialYear(startYear: 2023).range?.days == 366)
    }

    @Test(arguments: [("1999-00", 1999), ("2009-10", 2009), ("2099-00", 2099), ("0001-02", 1), ("2022-23", 2022)])
    func aYearCrossingACenturyOrDecadeReadsAndWritesBack(text: String, startYear: Int) throws {
        let year = try #require(FinancialYear(text))
        #expect(year.startYear == startYear)
        #expect(year.description == text)
    }

    @Test(arguments: ["2025-27", "25-26", "2025-2026", "2025/26", "2025-6", "2025-026", "2025-26-27", "", "2025",
                      "+025-26", "2025-+6", " 025-26", "2025- 6", "abcd-ef", "２０２５-26"])
    func aYearNotWrittenLike2025Dash26IsRefused(text: String) {
        #expect(FinancialYear(text) == nil)
    }

    @Test func everyYearReadsBackFromItsDescription() {
        for start in 1...9998 {
            let year = FinancialYear(startYear: start)
            #expect(FinancialYear(year.description) == year, "\(start)")
        }
    }

    @Test func theRangeIsNilWhereTheCalendarEnds() throws {
        #expect(FinancialYear(startYear: 9999).range == nil)
        #expect(FinancialYear(startYear: 0).range == nil)
        #expect(FinancialYear(startYear: 9998).range == (try days("9998-04-01", "9999-03-31")))
        #expect(FinancialYear(containing: CalendarDate.earliest) == FinancialYear(startYear: 0))
    }

    @Test func financialYearsAreOrderedInTime() {
        #expect(FinancialYear(startYear: 2024) < FinancialYear(startYear: 2025))
        #expect(!(FinancialYear(startYear: 2025) < FinancialYear(startYear: 2025)))
        #expect(!(FinancialYear(startYear: 2026) < FinancialYear(startYear: 2025)))
    }
}
