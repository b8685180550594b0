/// A day of the week, as pay-day rules name them.
public enum Weekday: String, Sendable, CaseIterable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// 0 for Monday to 6 for Sunday.
    var index: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The weekday of a date.
    public init(of date: CalendarDate) {
        // Day number 0 is 1970-01-01, a Thursday (index 3).
        let index = ((date.dayNumber + 3) % 7 + 7) % 7
        self = Self.allCases[index]
    }
}

/// Whether a pay period is paid after it ends or before it starts.
public enum PayTiming: String, Sendable, CaseIterable {
    /// Paid after the period: the pay date counts from the period's last day (the default).
    case arrears
    /// Paid in advance: the pay date counts from the period's first day.
    case advance
}

/// How a calendar month is priced.
public enum MonthlyPricing: String, Sendable, CaseIterable {
    /// `weekly rate × days ÷ 7` for the days of the month (the default).
    case days
    /// An equal twelfth of the annual amount (`weekly rate × 52 ÷ 12`) for a whole month; a part
    /// of a month pays that twelfth × its days ÷ the month's days.
    case twelfths
}

/// When a pay period is paid and how a month is priced; each part nil when not given (a request's
/// rule is laid over the council's, and what neither gives takes the default).
public struct PayDayRule: Sendable, Equatable {
    /// Days added to the period's last day (in arrears) or first day (in advance); default 0.
    public var offsetDays: Int?
    /// After the offset, the pay date moves forward to the first such weekday on or after it.
    public var weekday: Weekday?
    /// In arrears (default) or in advance.
    public var timing: PayTiming?
    /// Calendar months priced by days (default) or in equal twelfths.
    public var monthly: MonthlyPricing?

    /// A rule; every part defaults.
    public init(offsetDays: Int? = nil, weekday: Weekday? = nil, timing: PayTiming? = nil, monthly: MonthlyPricing? = nil) {
        self.offsetDays = offsetDays
        self.weekday = weekday
        self.timing = timing
        self.monthly = monthly
    }

    /// The most days a pay date may be offset by.
    public static let maxOffsetDays = 366

    /// This rule, with what it does not give taken from `fallback` (a council's default).
    public func over(_ fallback: PayDayRule?) -> PayDayRule {
        guard let fallback else { return self }
        return PayDayRule(offsetDays: offsetDays ?? fallback.offsetDays, weekday: weekday ?? fallback.weekday,
                          timing: timing ?? fallback.timing, monthly: monthly ?? fallback.monthly)
    }

    /// The pay date of a pay period running from `first` to `last` (never past 9999-12-31).
    public func payDate(first: CalendarDate, last: CalendarDate) -> CalendarDate {
        let reference = timing == .advance ? first : last
        var day = reference.dayNumber + (offsetDays ?? 0)
        if let weekday {
            let current = ((day + 3) % 7 + 7) % 7
            day += (weekday.index - current + 7) % 7
        }
        return CalendarDate(dayNumber: min(day, CalendarDate.latest.dayNumber))
    }
}
