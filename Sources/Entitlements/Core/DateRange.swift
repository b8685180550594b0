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

}

extension DateRange: CustomStringConvertible {
    /// The range as `YYYY-MM-DD..YYYY-MM-DD`.
    public var description: String { "\(from)..\(to)" }
}
