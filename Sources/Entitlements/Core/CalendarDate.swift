/// A calendar date (year, month, day) with no time and no time zone, for all rule logic.
public struct CalendarDate: Hashable, Comparable, Sendable {
    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 28, 29, 30 or 31.
    public let day: Int
    /// Days since 1970-01-01 (negative before), for arithmetic and ordering.
    public let dayNumber: Int

    /// The earliest date the engine accepts.
    public static let earliest = CalendarDate(dayNumber: CalendarDate.dayNumber(year: 1, month: 1, day: 1))
    /// The latest date the engine accepts.
    public static let latest = CalendarDate(dayNumber: CalendarDate.dayNumber(year: 9999, month: 12, day: 31))

    /// Makes a date, or nil if it does not exist (e.g. 2025-02-30) or lies outside years 1 to 9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.dayNumber = CalendarDate.dayNumber(year: year, month: month, day: day)
    }

    /// Makes a date from parts already known to agree (a neighbour of a valid date in its month).
    init(checkedYear year: Int, month: Int, day: Int, dayNumber: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.dayNumber = dayNumber
    }

    /// Makes the date with the given day number (days since 1970-01-01).
    init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        self.day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        self.month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.year = yearOfEra + era * 400 + (self.month <= 2 ? 1 : 0)
        self.dayNumber = dayNumber
    }

    /// Days since 1970-01-01 of a valid date (Howard Hinnant's days_from_civil).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Whether a year has a 29 February.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Orders dates in time.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}
