import Entitlements

/// One payment made earlier: a case's period and the amount paid for it, with the rate it was paid at.
public struct PaidPeriod: Sendable, Equatable {
    /// The case reference.
    public let caseRef: String
    /// The first day paid.
    public let from: CalendarDate
    /// The last day paid.
    public let to: CalendarDate
    /// The amount paid for the period.
    public let paid: Money
    /// The pay date, if the file gives one.
    public let payDate: CalendarDate?
    /// The weekly rate it was paid at, if the file gives it.
    public let weeklyRate: Money?
    /// The table row it was paid from (`nma 2026-04-01`), if the file gives the table.
    public let tableRow: String?
    /// The line of the file.
    public let line: Int
}
