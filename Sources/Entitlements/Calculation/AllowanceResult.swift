/// One line of a weekly allowance: a run of days at one rate from one table row.
public struct AllowanceLine: Sendable, Equatable {
    /// The first day.
    public let from: CalendarDate
    /// The last day.
    public let to: CalendarDate
    /// The number of days, both ends counted.
    public let days: Int
    /// The region whose rates apply.
    public let region: String
    /// The age band of the table row used.
    public let ageBand: String?
    /// The weekly rate paid.
    public let weeklyRate: Money
    /// `weeklyRate × days ÷ 7`, rounded half away from zero to the penny.
    public let amount: Money
    /// The table the rate comes from (`request` for a rate given in the request).
    public let table: String
    /// The effective date of the table row used (nil for a rate given in the request).
    public let effective: CalendarDate?
    /// The rate before the young person's contribution (Staying Put and Staying Close only).
    public let grossWeeklyRate: Money?
    /// The young person's weekly contribution (Staying Put and Staying Close only).
    public let weeklyContribution: Money?
}

/// One payment of a schedule: the paid days of one pay period.
public struct Payment: Sendable, Equatable {
    /// The first paid day of the period.
    public let from: CalendarDate
    /// The last paid day of the period.
    public let to: CalendarDate
    /// The last day of the whole pay period.
    public let payDate: CalendarDate
    /// The sum of the lines.
    public let amount: Money
    /// The lines of the period (indexed from 0).
    public let lines: PaymentLines

    /// A payment of `lines`, a slice of the result's lines.
    init(from: CalendarDate, to: CalendarDate, payDate: CalendarDate, amount: Money, lines: ArraySlice<AllowanceLine>) {
        self.from = from
        self.to = to
        self.payDate = payDate
        self.amount = amount
        self.lines = PaymentLines(lines)
    }
}

/// The result of a weekly allowance over a period (kinship allowance, Staying Put, Staying Close).
public struct AllowanceResult: Sendable, Equatable {
    /// Eligibility, reasons and estimated values used.
    public var explanation: Explanation
    /// The sum of the lines.
    public var total: Money
    /// The lines in date order.
    public var lines: [AllowanceLine]
    /// The payments, when a schedule was asked for.
    public var payments: [Payment]?
    /// `total − alreadyPaid`, when `alreadyPaid` was given.
    public var balance: Money?
    /// The first paid day in the period.
    public var eligibleFrom: CalendarDate?
    /// The last paid day in the period.
    public var eligibleUntil: CalendarDate?
}
