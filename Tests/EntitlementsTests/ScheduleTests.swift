import TestSupport
import Testing
@testable import Entitlements

/// Pay periods: 7, 14 or 28 days aligned on an anchor (repeating backwards as well as forwards),
/// or calendar months. A period is seen as the engine cuts lines with it: the days that share a
/// period number, up to `lastDay(ofPeriodContaining:)`.
@Suite struct ScheduleTests {
    /// The pay period that holds `day`: back from it while the period number stays the same, on to
    /// the schedule's last day of that period.
    static func payPeriod(_ schedule: Schedule, containing day: CalendarDate) -> DateRange? {
        let number = schedule.periodNumber(containing: day)
        var first = day
        while let before = first.previousDay, schedule.periodNumber(containing: before) == number { first = before }
        return DateRange(from: first, to: schedule.lastDay(ofPeriodContaining: day))
    }

    func period(_ frequency: PaymentFrequency, anchor: String, containing day: String) throws -> DateRange? {
        Self.payPeriod(Schedule(frequency: frequency, anchor: try date(anchor)), containing: try date(day))
    }

    @Test func aWeeklyPeriodStartsOnTheAnchor() throws {
        #expect(try period(.weekly, anchor: "2025-04-07", containing: "2025-04-07") == days("2025-04-07", "2025-04-13"))
        #expect(try period(.weekly, anchor: "2025-04-07", containing: "2025-04-13") == days("2025-04-07", "2025-04-13"))
        #expect(try period(.weekly, anchor: "2025-04-07", containing: "2025-04-14") == days("2025-04-14", "2025-04-20"))
    }

    @Test func weeklyPeriodsRepeatBackwardsBeforeTheAnchor() throws {
        #expect(try period(.weekly, anchor: "2025-04-07", containing: "2025-04-06") == days("2025-03-31", "2025-04-06"))
        #expect(try period(.weekly, anchor: "2025-04-07", containing: "2025-03-31") == days("2025-03-31", "2025-04-06"))
        #expect(try period(.weekly, anchor: "2025-04-07", containing: "2025-03-30") == days("2025-03-24", "2025-03-30"))
        #expect(try period(.weekly, anchor: "2025-04-07", containing: "2024-04-07") == days("2024-04-01", "2024-04-07"))
    }

    @Test func fortnightlyPeriodsAreFourteenDaysEitherSideOfTheAnchor() throws {
        #expect(try period(.fortnightly, anchor: "2025-04-07", containing: "2025-04-20") == days("2025-04-07", "2025-04-20"))
        #expect(try period(.fortnightly, anchor: "2025-04-07", containing: "2025-04-21") == days("2025-04-21", "2025-05-04"))
        #expect(try period(.fortnightly, anchor: "2025-04-07", containing: "2025-04-06") == days("2025-03-24", "2025-04-06"))
        #expect(try period(.fortnightly, anchor: "2025-04-07", containing: "2025-03-24") == days("2025-03-24", "2025-04-06"))
        #expect(try period(.fortnightly, anchor: "2025-04-07", containing: "2025-03-23") == days("2025-03-10", "2025-03-23"))
    }

    @Test func fourWeeklyPeriodsAreTwentyEightDaysEitherSideOfTheAnchor() throws {
        #expect(try period(.fourWeekly, anchor: "2025-04-07", containing: "2025-05-04") == days("2025-04-07", "2025-05-04"))
        #expect(try period(.fourWeekly, anchor: "2025-04-07", containing: "2025-05-05") == days("2025-05-05", "2025-06-01"))
        #expect(try period(.fourWeekly, anchor: "2025-04-07", containing: "2025-04-06") == days("2025-03-10", "2025-04-06"))
        #expect(try period(.fourWeekly, anchor: "2025-04-07", containing: "2024-02-29") == days("2024-02-12", "2024-03-10"))
    }

    @Test func monthlyPeriodsAreCalendarMonthsWhateverTheAnchor() throws {
        #expect(try period(.monthly, anchor: "2025-04-07", containing: "2025-04-07") == days("2025-04-01", "2025-04-30"))
        #expect(try period(.monthly, anchor: "2025-04-07", containing: "2025-04-01") == days("2025-04-01", "2025-04-30"))
        #expect(try period(.monthly, anchor: "2025-04-07", containing: "2025-12-31") == days("2025-12-01", "2025-12-31"))
        #expect(try period(.monthly, anchor: "2030-01-01", containing: "2025-03-15") == days("2025-03-01", "2025-03-31"))
    }

    @Test func februaryHas29DaysInALeapYear() throws {
        #expect(try period(.monthly, anchor: "2024-04-01", containing: "2024-02-10") == days("2024-02-01", "2024-02-29"))
        #expect(try period(.monthly, anchor: "2024-04-01", containing: "2025-02-10") == days("2025-02-01", "2025-02-28"))
        #expect(try period(.monthly, anchor: "2024-04-01", containing: "2100-02-28") == days("2100-02-01", "2100-02-28"))
        #expect(try period(.monthly, anchor: "2024-04-01", containing: "2000-02-29") == days("2000-02-01", "2000-02-29"))
    }

    @Test func periodsTileTheCalendarForEveryFrequencyAndAnchor() throws {
        var random = SplitMix64(seed: 0x5C4E)
        let start = try date("2023-01-01")
        for _ in 0..<200 {
            let frequency = random.pick(PaymentFrequency.allCases)
            let anchor = try #require(start.adding(days: random.int(in: -800...1_600)))
            let schedule = Schedule(frequency: frequency, anchor: anchor)
            var day = start
            var current = try #require(Self.payPeriod(schedule, containing: day))
            #expect(current.from <= day && day <= current.to)
            for _ in 0..<400 {
                day = try #require(day.nextDay)
                let next = try #require(Self.payPeriod(schedule, containing: day))
                #expect(next.from <= day && day <= next.to)
                #expect(schedule.periodNumber(containing: next.to.nextDay ?? next.to) != schedule.periodNumber(containing: day)
                        || next.to == CalendarDate.latest)
                if next != current {
                    #expect(next.from == current.to.nextDay, "\(frequency) from \(anchor): \(current) then \(next)")
                    current = next
                }
                switch frequency {
                case .weekly: #expect(next.days == 7)
                case .fortnightly: #expect(next.days == 14)
                case .fourWeekly: #expect(next.days == 28)
                case .monthly: #expect(next.from.day == 1 && next.to.nextDay?.day == 1)
                }
                if frequency != .monthly {
                    #expect(anchor.days(until: next.from) % next.days == 0, "\(frequency) from \(anchor): \(next)")
                }
            }
        }
    }

    @Test func periodsNearTheEndsOfTheCalendarAreCutRatherThanTrapping() throws {
        let early = Schedule(frequency: .fourWeekly, anchor: try date("0001-01-10"))
        #expect(Self.payPeriod(early, containing: CalendarDate.earliest) == (try days("0001-01-01", "0001-01-09")))
        let late = Schedule(frequency: .fourWeekly, anchor: try date("9999-12-30"))
        #expect(Self.payPeriod(late, containing: CalendarDate.latest) == (try days("9999-12-30", "9999-12-31")))
        let far = Schedule(frequency: .weekly, anchor: CalendarDate.latest)
        #expect(far.lastDay(ofPeriodContaining: CalendarDate.earliest) >= CalendarDate.earliest)
        #expect(Self.payPeriod(far, containing: CalendarDate.earliest)?.from == CalendarDate.earliest)
    }
}
