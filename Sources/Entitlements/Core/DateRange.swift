/// A run of calendar days, inclusive at both ends.
public struct DateRange: Hashable, Sendable {
    /// The first day.
    public let from: CalendarDate
    /// The last day (not before `from`).
    public let to: CalendarDate

    /// Makes a range, or nil if `to` is before `from`.
    public init?(from: CalendarDate, to: CalendarDate) {
        guard from <= to else { return nil }
        self.from = from
        self.to = to
    }

    /// The number of days, counting both ends.
    public var days: Int { from.days(until: to) + 1 }

    /// Whether a day lies in the range.
    public func contains(_ date: CalendarDate) -> Bool { from <= date && date <= to }

    /// The days both ranges share, or nil if none.
    public func intersection(_ other: DateRange) -> DateRange? {
        DateRange(from: max(from, other.from), to: min(to, other.to))
    }

    /// The range from `from` to the day before `end` (a half-open end), or nil if empty.
    public static func from(_ from: CalendarDate, before end: CalendarDate) -> DateRange? {
        guard let last = end.previousDay else { return nil }
        return DateRange(from: from, to: last)
    }
}

extension DateRange: CustomStringConvertible {
    /// The range as `YYYY-MM-DD..YYYY-MM-DD`.
    public var description: String { "\(from)..\(to)" }
}
