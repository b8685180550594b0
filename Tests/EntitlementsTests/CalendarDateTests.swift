import TestSupport
import Testing
@testable import Entitlements

/// Calendar dates: exact `YYYY-MM-DD` text, day arithmetic, and ages attained on anniversaries
/// (29 February births on 1 March in a common year).
@Suite struct CalendarDateTests {
    // MARK: Reading and writing

    @Test(arguments: ["2025-02-28", "2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "2025-12-31", "1970-01-01"])
    func aRealDateReadsAndWritesBackTheSameText(text: String) throws {
        let parsed = try #require(CalendarDate(text))
        #expect(parsed.isoText == text)
        #expect(parsed.description == text)
        #expect(Array(text.utf8).withUnsafeBufferPointer { CalendarDate.parse($0) } == parsed)
    }

    @Test(arguments: [
        "2025-02-30", "2023-02-29", "1900-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-01-32",
        "0000-01-01", "99999-01-01", "10000-01-01", "2025-2-3", "2025-02-3", "25-02-03", "2025/02/03", "2025-02-03 ",
        " 2025-02-03", "2025-02-03T00:00", "+025-02-03", "-025-02-03", "2025-+2-03", "2025-02-+3", "", "2025-02",
        "２０２５-02-03", "20250203",
    ])
    func textThatIsNotARealDateIsRefused(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test func componentsOutsideTheCalendarAreRefused() {
        #expect(CalendarDate(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 2025, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: Int.min, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 2025, month: 1, day: Int.max) == nil)
    }

    @Test func leapYearsFollowTheGregorianRule() {
        #expect(CalendarDate.isLeap(2024))
        #expect(!CalendarDate.isLeap(2025))
        #expect(!CalendarDate.isLeap(1900))
        #expect(CalendarDate.isLeap(2000))
        #expect(CalendarDate.daysIn(month: 2, year: 2024) == 29)
        #expect(CalendarDate.daysIn(month: 2, year: 2100) == 28)
        #expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map { CalendarDate.daysIn(month: $0, year: 2025) }
            == [31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    }

    // MARK: Day arithmetic

    @Test func addingDaysCrossesMonthYearAndLeapDayBoundaries() throws {
        #expect(try date("2025-01-31").adding(days: 1) == date("2025-02-01"))
        #expect(try date("2025-02-28").adding(days: 1) == date("2025-03-01"))
        #expect(try date("2024-02-28").adding(days: 1) == date("2024-02-29"))
        #expect(try date("2024-02-29").adding(days: 1) == date("2024-03-01"))
        #expect(try date("2025-12-31").adding(days: 1) == date("2026-01-01"))
        #expect(try date("2026-01-01").adding(days: -1) == date("2025-12-31"))
        #expect(try date("2024-03-01").adding(days: -1) == date("2024-02-29"))
        #expect(try date("2025-04-01").adding(days: 365) == date("2026-04-01"))
        #expect(try date("2023-04-01").adding(days: 366) == date("2024-04-01"))
        #expect(try date("1970-01-01").dayNumber == 0)
        #expect(try date("1969-12-31").dayNumber == -1)
        #expect(try date("2000-03-01").dayNumber == 11_017)
        #expect(try date("2025-04-01").nextDay == date("2025-04-02"))
        #expect(try date("2025-04-01").previousDay == date("2025-03-31"))
        #expect(try date("2024-04-01").days(until: date("2025-04-01")) == 365)
        #expect(try date("2025-04-01").days(until: date("2024-04-01")) == -365)
    }

    @Test func arithmeticIsNilOutsideYears1To9999() throws {
        #expect(CalendarDate.latest == (try date("9999-12-31")))
        #expect(CalendarDate.earliest == (try date("0001-01-01")))
        #expect(CalendarDate.latest.adding(days: 1) == nil)
        #expect(CalendarDate.latest.nextDay == nil)
        #expect(CalendarDate.earliest.previousDay == nil)
        #expect(CalendarDate.earliest.adding(days: -1) == nil)
        #expect(CalendarDate.earliest.adding(days: Int.max) == nil)
        #expect(CalendarDate.latest.adding(days: Int.min) == nil)
        #expect(CalendarDate.earliest.adding(days: CalendarDate.earliest.days(until: .latest)) == .latest)
        #expect(CalendarDate.latest.adding(years: 1) == nil)
        #expect(CalendarDate.earliest.adding(years: -1) == nil)
        #expect(CalendarDate.earliest.adding(years: Int.max) == nil)
        #expect(CalendarDate.latest.adding(years: Int.min) == nil)
        #expect(try date("9990-06-01").birthday(10) == nil)
    }

    /// Days from 0001-01-01 to 1970-01-01 in the proleptic Gregorian calendar.
    static let daysBefore1970 = 719_162

    /// A day number computed a second way, by counting whole years and months: no shared code with the library.
    static func countedDayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = year - 1
        var days = 365 * y + y / 4 - y / 100 + y / 400
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let monthLengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        days += monthLengths.prefix(month - 1).reduce(0, +)
        return days + day - 1 - daysBefore1970
    }

    @Test func dayNumbersRoundTripForRandomDaysInYears1To9999() throws {
        var random = SplitMix64(seed: 0xDA7E)
        let first = CalendarDate.earliest.dayNumber
        let last = CalendarDate.latest.dayNumber
        #expect(first == Self.countedDayNumber(year: 1, month: 1, day: 1))
        #expect(last == Self.countedDayNumber(year: 9999, month: 12, day: 31))
        for _ in 0..<20_000 {
            let number = random.int(in: first...last)
            let day = CalendarDate(dayNumber: number)
            #expect(day.dayNumber == number)
            #expect(Self.countedDayNumber(year: day.year, month: day.month, day: day.day) == number, "\(day)")
            let rebuilt = try #require(CalendarDate(year: day.year, month: day.month, day: day.day), "\(number)")
            #expect(rebuilt.dayNumber == number)
            #expect(CalendarDate(day.isoText) == day)
        }
    }

    @Test func addingDaysAgreesWithDayNumberDifferences() throws {
        var random = SplitMix64(seed: 0xADD5)
        let first = CalendarDate.earliest.dayNumber
        let last = CalendarDate.latest.dayNumber
        for _ in 0..<20_000 {
            let start = CalendarDate(dayNumber: random.int(in: first...last))
            let offset = random.pick([random.int(in: -800...800), random.int(in: -4_000_000...4_000_000)])
            let target = start.dayNumber + offset
            if (first...last).contains(target) {
                let moved = try #require(start.adding(days: offset))
                #expect(moved.dayNumber == target)
                #expect(start.days(until: moved) == offset)
                #expect(moved.adding(days: -offset) == start)
                #expect((moved > start) == (offset > 0))
            } else {
                #expect(start.adding(days: offset) == nil)
            }
        }
    }

    @Test func everyDayOfAFourHundredYearCycleFollowsTheDayBefore() throws {
        var day = try date("2000-01-01")
        for _ in 0..<146_097 {
            let next = try #require(day.nextDay)
            let expected: (Int, Int, Int) =
                day.day < CalendarDate.daysIn(month: day.month, year: day.year) ? (day.year, day.month, day.day + 1)
                : day.month < 12 ? (day.year, day.month + 1, 1) : (day.year + 1, 1, 1)
            guard (next.year, next.month, next.day) == expected, next.dayNumber == day.dayNumber + 1 else {
                Issue.record("\(day) is followed by \(next)")
                return
            }
            day = next
        }
        #expect(day == (try date("2400-01-01")))
    }

    // MARK: Ages

    @Test func aPersonAttainsAnAgeOnTheAnniversaryOfTheirBirth() throws {
        let born = try date("2014-09-03")
        #expect(born.age(on: try date("2025-09-02")) == 10)
        #expect(born.age(on: try date("2025-09-03")) == 11)
        #expect(born.age(on: try date("2025-09-04")) == 11)
        #expect(born.age(on: born) == 0)
        #expect(born.age(on: try date("2015-09-02")) == 0)
        #expect(born.age(on: try date("2015-09-03")) == 1)
        #expect(born.birthday(18) == (try date("2032-09-03")))
    }

    @Test func anAgeBeforeBirthIsZero() throws {
        #expect(try date("2025-09-03").age(on: date("2020-01-01")) == 0)
    }

    @Test func aChildBornOn29FebruaryTurns11On1MarchInACommonYear() throws {
        let born = try date("2012-02-29")
        #expect(born.age(on: try date("2023-02-28")) == 10)
        #expect(born.age(on: try date("2023-03-01")) == 11)
        #expect(born.birthday(11) == (try date("2023-03-01")))
    }

    @Test func aChildBornOn29FebruaryTurns12On29FebruaryInALeapYear() throws {
        let born = try date("2012-02-29")
        #expect(born.age(on: try date("2024-02-28")) == 11)
        #expect(born.age(on: try date("2024-02-29")) == 12)
        #expect(born.age(on: try date("2024-03-01")) == 12)
        #expect(born.birthday(12) == (try date("2024-02-29")))
    }

    @Test func someoneBornOn1MarchIsNotAYearOlderOn29February() throws {
        let born = try date("2012-03-01")
        #expect(born.age(on: try date("2024-02-29")) == 11)
        #expect(born.age(on: try date("2024-03-01")) == 12)
    }

    @Test func addingYearsTo29FebruaryGives1MarchInACommonYear() throws {
        let leapDay = try date("2024-02-29")
        #expect(leapDay.adding(years: 1) == (try date("2025-03-01")))
        #expect(leapDay.adding(years: 4) == (try date("2028-02-29")))
        #expect(leapDay.adding(years: -1) == (try date("2023-03-01")))
        #expect(leapDay.adding(years: 76) == (try date("2100-03-01")))
        #expect(leapDay.adding(years: 0) == leapDay)
        #expect(try date("2025-03-31").adding(years: 1) == date("2026-03-31"))
    }

    @Test func theAgeOnTheBirthdayIsAlwaysTheAgeAttained() throws {
        var random = SplitMix64(seed: 0xB1D)
        let first = try date("1900-01-01").dayNumber
        let last = try date("2100-12-31").dayNumber
        for _ in 0..<5_000 {
            let born = CalendarDate(dayNumber: random.int(in: first...last))
            let age = random.int(in: 1...100)
            let birthday = try #require(born.birthday(age))
            let dayBefore = try #require(birthday.previousDay)
            #expect(born.age(on: birthday) == age, "\(born) \(age)")
            #expect(born.age(on: dayBefore) == age - 1, "\(born) \(age)")
        }
    }
}
