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

    /// Makes a schedule.
    public init(frequency: PaymentFrequency, anchor: CalendarDate) {
        self.frequency = frequency
        self.anchor = anchor
    }

    /// The whole pay period that contains a date.
    public func payPeriod(containing date: CalendarDate) -> DateRange? {
        let length: Int
        switch frequency {
        case .weekly: length = 7
        case .fortnightly: length = 14
        case .fourWeekly: length = 28
        case .monthly:
            guard let first = CalendarDate(year: date.year, month: date.month, day: 1),
                  let last = CalendarDate(year: date.year, month: date.month,
                                          day: CalendarDate.daysIn(month: date.month, year: date.year)) else { return nil }
            return DateRange(from: first, to: last)
        }
        let offset = anchor.days(until: date)
        let periods = offset >= 0 ? offset / length : -((-offset + length - 1) / length)
        let startNumber = anchor.dayNumber + periods * length
        let endNumber = startNumber + length - 1
        let start = CalendarDate(dayNumber: max(startNumber, CalendarDate.earliest.dayNumber))
        let end = CalendarDate(dayNumber: min(endNumber, CalendarDate.latest.dayNumber))
        return DateRange(from: start, to: end)
    }
}
