import Testing
@testable import Entitlements

/// Pay-day rules: the pay date is the period's last day (in arrears) or first day (in advance),
/// plus an offset, moved forward to a weekday; a council's rule in the rule book is the default and
/// a request's rule overrides each part of it.
@Suite struct PayDayRuleTests {
    @Test func weekdaysFollowTheCalendar() throws {
        #expect(Weekday(of: try date("1970-01-01")) == .thursday)
        #expect(Weekday(of: try date("1969-12-31")) == .wednesday)
        #expect(Weekday(of: try date("2000-02-29")) == .tuesday)
        #expect(Weekday(of: try date("2025-06-02")) == .monday)
        #expect(Weekday(of: try date("2026-12-25")) == .friday)
    }

    @Test func byDefaultAPeriodIsPaidOnItsLastDay() throws {
        #expect(PayDayRule().payDate(first: try date("2025-06-02"), last: try date("2025-06-08")) == (try date("2025-06-08")))
    }

    @Test func anOffsetCountsDaysAfterTheLastDay() throws {
        let rule = PayDayRule(offsetDays: 5)
        #expect(rule.payDate(first: try date("2025-06-02"), last: try date("2025-06-08")) == (try date("2025-06-13")))
        // Across a year end.
        #expect(rule.payDate(first: try date("2025-12-01"), last: try date("2025-12-31")) == (try date("2026-01-05")))
    }

    @Test func aWeekdayIsTheFirstOnOrAfterTheOffsetDay() throws {
        // Sunday 8 June 2025: the first Friday on or after it is 13 June; a Sunday rule keeps the Sunday.
        #expect(PayDayRule(weekday: .friday).payDate(first: try date("2025-06-02"), last: try date("2025-06-08")) == (try date("2025-06-13")))
        #expect(PayDayRule(weekday: .sunday).payDate(first: try date("2025-06-02"), last: try date("2025-06-08")) == (try date("2025-06-08")))
        // "The Sunday after": one day on, then the first Sunday, a week later.
        #expect(PayDayRule(offsetDays: 1, weekday: .sunday).payDate(first: try date("2025-06-02"), last: try date("2025-06-08"))
                == (try date("2025-06-15")))
    }

    @Test func inAdvanceCountsFromTheFirstDay() throws {
        let rule = PayDayRule(offsetDays: 2, timing: .advance)
        #expect(rule.payDate(first: try date("2025-06-02"), last: try date("2025-06-08")) == (try date("2025-06-04")))
    }

    @Test func aPayDateNeverPassesTheLastCalendarDay() throws {
        let rule = PayDayRule(offsetDays: 366, weekday: .monday)
        #expect(rule.payDate(first: try date("9999-12-01"), last: try date("9999-12-31")) == CalendarDate.latest)
    }

    @Test func aRequestsRuleOverridesEachPartOfTheCouncils() {
        let council = PayDayRule(offsetDays: 3, weekday: .friday, timing: .arrears, monthly: .twelfths)
        let merged = PayDayRule(offsetDays: 0, timing: .advance).over(council)
        #expect(merged == PayDayRule(offsetDays: 0, weekday: .friday, timing: .advance, monthly: .twelfths))
        #expect(PayDayRule().over(nil) == PayDayRule())
    }

    @Test func aMonthInAdvanceStartsOnItsFirstDay() throws {
        let schedule = Schedule(frequency: .monthly, anchor: try date("2025-04-15"), payDay: PayDayRule(timing: .advance))
        #expect(schedule.payDate(ofPeriodContaining: try date("2025-04-15")) == (try date("2025-04-01")))
        #expect(schedule.firstDay(ofPeriodContaining: try date("2024-02-29")) == (try date("2024-02-01")))
    }

    /// The real rule book with Camden (E09000007) paying on the Friday after each period.
    static func camdenPaysFridays(_ payDay: JSONValue = .object(["weekday": .string("friday"), "source": .string("test: a council's payment calendar")]))
        throws -> RuleFiles {
        var files = try RuleFiles.real()
        try files.edit("councils.json") { root in
            try root.add(payDay, key: "payDay", to: "/councils/105")
            #expect(root.value(at: "/councils/105/code") == .string("E09000007"))
        }
        return files
    }

    func weekly(_ schedule: Schedule) throws -> KinshipRequest {
        KinshipRequest(dateOfBirth: try date("2016-01-10"), period: try days("2025-06-02", "2025-06-15"),
                       place: Place(localAuthority: "Camden"), schedule: schedule)
    }

    @Test func aCouncilsPayDayRuleIsTheDefaultForItsSchedules() throws {
        let engine = Engine(ruleBook: try Self.camdenPaysFridays().load())
        let result = try engine.kinshipAllowance(try weekly(Schedule(frequency: .weekly, anchor: try date("2025-06-02"))),
                                                 scheme: try engine.scheme(named: "review-2022"))
        // Weeks end on Sundays 8 and 15 June 2025; Camden pays on the Friday on or after: 13 and 20 June.
        #expect(result.payments?.map(\.payDate) == [try date("2025-06-13"), try date("2025-06-20")])
    }

    @Test func aRequestsPayDayRuleOverridesTheCouncils() throws {
        let engine = Engine(ruleBook: try Self.camdenPaysFridays().load())
        let schedule = Schedule(frequency: .weekly, anchor: try date("2025-06-02"), payDay: PayDayRule(weekday: .monday))
        let result = try engine.kinshipAllowance(try weekly(schedule), scheme: try engine.scheme(named: "review-2022"))
        #expect(result.payments?.map(\.payDate) == [try date("2025-06-09"), try date("2025-06-16")])
    }

    @Test func aCouncilsPayDayRuleNeedsASourceAndARule() throws {
        let noSource = try Self.camdenPaysFridays(.object(["weekday": .string("friday")]))
        #expect(noSource.loadFailure()?.message.contains("\"source\" is required") == true)
        let noRule = try Self.camdenPaysFridays(.object(["source": .string("a calendar")]))
        #expect(noRule.loadFailure()?.message == "give at least one of offsetDays, weekday, timing and monthly")
        let badDay = try Self.camdenPaysFridays(.object(["weekday": .string("fri"), "source": .string("a calendar")]))
        #expect(badDay.loadFailure() != nil)
    }

    @Test func twelfthsPayAWholeMonthATwelfthOfFiftyTwoWeeks() throws {
        let engine = Engine(ruleBook: try RealRuleBook.get())
        let request = KinshipRequest(dateOfBirth: try date("2016-01-10"), period: try days("2025-04-01", "2026-03-31"),
                                     place: Place(region: "london"),
                                     schedule: Schedule(frequency: .monthly, anchor: try date("2025-04-01"), payDay: PayDayRule(monthly: .twelfths)))
        let result = try engine.kinshipAllowance(request, scheme: try engine.scheme(named: "review-2022"))
        // London 5–10 2025-26: £225 × 52 ÷ 12 = £975.00 each month, twelve months £11,700.00 = 52 weeks.
        #expect(result.payments?.map(\.amount) == Array(repeating: try money("975.00"), count: 12))
        #expect(result.total == (try money("11700.00")))
        #expect(result.explanation.reasons.contains { $0.text.contains("difference of −£") })
    }
}
