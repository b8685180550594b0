/// How often payments are made.
public enum PaymentFrequency: String, Sendable, CaseIterable {
    /// Every 7 days from the anchor.
    case weekly
    /// Every 14 days from the anchor.
    case fortnightly
    /// Every 28 days from the anchor.
    case fourWeekly = "four-weekly"
    /// Calendar months.
    case monthly
}

/// A payment schedule: pay periods of a frequency aligned on an anchor date.
public struct Schedule: Sendable, Equatable {
    /// The frequency.
    public let frequency: PaymentFrequency
    /// The first day of a pay period (ignored for calendar months).
    public let anchor: CalendarDate
    /// When each period is paid and how a month is priced (the parts not given take the default).
    public let payDay: PayDayRule

    /// Makes a schedule.
    public init(frequency: PaymentFrequency, anchor: CalendarDate, payDay: PayDayRule = PayDayRule()) {
        self.frequency = frequency
        self.anchor = anchor
        self.payDay = payDay
    }

    /// The same schedule with what its pay-day rule does not give taken from `fallback` (a council's default).
    public func payingBy(default fallback: PayDayRule?) -> Schedule {
        Schedule(frequency: frequency, anchor: anchor, payDay: payDay.over(fallback))
    }

    /// Whether whole calendar months are paid in equal twelfths of the annual amount.
    public var paysTwelfths: Bool { frequency == .monthly && payDay.monthly == .twelfths }

    /// The pay date of the pay period that contains a date, by the pay-day rule.
    public func payDate(ofPeriodContaining date: CalendarDate) -> CalendarDate {
        payDay.payDate(first: firstDay(ofPeriodContaining: date), last: lastDay(ofPeriodContaining: date))
    }

    /// The first day of the pay period that contains a date (never before 0001-01-01).
    public func firstDay(ofPeriodContaining date: CalendarDate) -> CalendarDate {
        guard let length else {
            return CalendarDate(checkedYear: date.year, month: date.month, day: 1, dayNumber: date.dayNumber - date.day + 1)
        }
        let startNumber = anchor.dayNumber + periodNumber(containing: date) * length
        return CalendarDate(dayNumber: max(startNumber, CalendarDate.earliest.dayNumber))
    }

    /// The last day of the pay period that contains a date (never past 9999-12-31).
    public func lastDay(ofPeriodContaining date: CalendarDate) -> CalendarDate {
        guard let length else {
            let days = CalendarDate.daysIn(month: date.month, year: date.year)
            return CalendarDate(checkedYear: date.year, month: date.month, day: days, dayNumber: date.dayNumber - date.day + days)
        }
        let endNumber = anchor.dayNumber + (periodNumber(containing: date) + 1) * length - 1
        return CalendarDate(dayNumber: min(endNumber, CalendarDate.latest.dayNumber))
    }

    /// The number of the pay period that contains a date: the same for two dates exactly when they
    /// are in the same period (periods from the anchor's, or calendar months).
    public func periodNumber(containing date: CalendarDate) -> Int {
        guard let length else { return date.year * 12 + date.month }
        let offset = date.dayNumber - anchor.dayNumber
        return offset >= 0 ? offset / length : -((-offset + length - 1) / length)
    }

    /// The length of a pay period in days; nil for calendar months.
    private var length: Int? {
        switch frequency {
        case .weekly: return 7
        case .fortnightly: return 14
        case .fourWeekly: return 28
        case .monthly: return nil
        }
    }
}
