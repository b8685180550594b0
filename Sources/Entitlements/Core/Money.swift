/// An exact amount of money in pence, with overflow reported as an error rather than a trap.
public struct Money: Hashable, Comparable, Sendable {
    /// The amount in pence (may be negative, e.g. an overpayment balance).
    public let pence: Int64

    /// The largest amount accepted from input: £1,000,000,000.
    public static let inputLimit = Money(pence: 100_000_000_000)

    /// Zero pounds.
    public static let zero = Money(pence: 0)

    /// Makes an amount from a number of pence.
    public init(pence: Int64) {
        self.pence = pence
    }

    /// Compares two amounts.
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pence < rhs.pence }

    /// The sum of two amounts, or an overflow error.
    public func adding(_ other: Money) throws(MoneyError) -> Money {
        let (value, overflow) = pence.addingReportingOverflow(other.pence)
        if overflow { throw .overflow }
        return Money(pence: value)
    }

    /// The difference of two amounts, or an overflow error.
    public func subtracting(_ other: Money) throws(MoneyError) -> Money {
        let (value, overflow) = pence.subtractingReportingOverflow(other.pence)
        if overflow { throw .overflow }
        return Money(pence: value)
    }

    /// The sum of many amounts, or an overflow error.
    public static func sum<S: Sequence>(_ amounts: S) throws(MoneyError) -> Money where S.Element == Money {
        var total = Money.zero
        for amount in amounts { total = try total.adding(amount) }
        return total
    }

    /// `self × numerator ÷ denominator`, rounded once, half away from zero, to the penny.
    ///
    /// A weekly rate over a number of days is `rate.scaled(by: days, dividedBy: 7)`.
    public func scaled(by numerator: Int64, dividedBy denominator: Int64) throws(MoneyError) -> Money {
        guard denominator > 0 else { throw .overflow }
        let (product, overflow) = pence.multipliedReportingOverflow(by: numerator)
        if overflow { throw .overflow }
        return Money(pence: Money.divideRoundingHalfAwayFromZero(product, by: denominator))
    }

    /// Integer division rounding half away from zero.
    static func divideRoundingHalfAwayFromZero(_ value: Int64, by divisor: Int64) -> Int64 {
        let quotient = value / divisor
        let remainder = value % divisor
        // |remainder| * 2 >= divisor rounds away from zero; remainder is below divisor so no overflow.
        if remainder.magnitude * 2 >= divisor.magnitude {
            return value < 0 ? quotient - 1 : quotient + 1
        }
        return quotient
    }
}

/// Why a money calculation could not be done.
public enum MoneyError: Error, Sendable, Equatable {
    /// The amount is too large to represent exactly.
    case overflow
}
