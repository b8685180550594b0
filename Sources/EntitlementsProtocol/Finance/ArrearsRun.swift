import Entitlements

/// What was paid against what the current rule book says was owed: per period, per case and in total.
/// A positive difference is arrears (owed to the payee), a negative one an overpayment.
public struct ArrearsRun: Sendable, Equatable {
    /// One paid period recomputed.
    public struct Line: Sendable, Equatable {
        /// The payment as made.
        public let paid: PaidPeriod
        /// What the current rule book says was owed for the same days.
        public let owed: Money
        /// `owed − paid`.
        public let difference: Money
        /// The weekly rates the current rule book pays over the period, in date order, without repeats.
        public let newWeeklyRates: [Money]
        /// The table rows they come from (`nma 2026-04-01`), in date order, without repeats.
        public let newTableRows: [String]
    }

    /// One case's lines and totals.
    public struct Case: Sendable, Equatable {
        /// The case reference.
        public let caseRef: String
        /// The periods, in the order of the payments file.
        public let lines: [Line]
        /// The sum paid.
        public let paid: Money
        /// The sum owed.
        public let owed: Money
        /// `owed − paid`.
        public let difference: Money
    }

    /// The cases, in the order each first appears in the payments file.
    public let cases: [Case]
    /// The sum paid.
    public let paid: Money
    /// The sum owed.
    public let owed: Money
    /// `owed − paid`: arrears when positive, overpayment when negative.
    public let difference: Money
    /// The sum of the positive case differences (arrears to pay).
    public let arrears: Money
    /// The sum of the negative case differences, as a positive amount (overpayments to recover or write off).
    public let overpayment: Money
    /// The revision of the rule book the periods were recomputed with.
    public let revision: String
    /// The payments and cases that could not be read or recomputed, each naming its file, row,
    /// column and fix; they are left out of every total.
    public let faults: [FinanceInputError]
}
