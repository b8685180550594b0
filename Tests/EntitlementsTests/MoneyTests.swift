import TestSupport
import Testing
@testable import Entitlements

/// Money is exact integer pence: read from text, written as text, rounded once, and never trapping on overflow.
@Suite struct MoneyTests {
    // MARK: Reading amounts

    @Test(arguments: [
        ("12.34", 1234), ("12.3", 1230), ("12", 1200), ("-5.00", -500), ("0", 0), ("0.05", 5), ("-0.5", -50),
        ("1000.5", 100_050),  // a JSON number's text
        ("1000000000.00", 100_000_000_000),  // exactly the £1,000,000,000 limit
        ("-1000000000", -100_000_000_000),
    ] as [(String, Int64)])
    func anAmountIsReadExactlyFromItsText(text: String, pence: Int64) throws {
        #expect(try Money(parsing: text) == Money(pence: pence))
        #expect(try Money(parsingUTF8: Array(text.utf8)) == Money(pence: pence))
    }

    @Test func moreThanTwoDecimalsIsRefused() {
        #expect(throws: Money.ParseFailure.tooManyDecimals) { try Money(parsing: "12.345") }
        #expect(throws: Money.ParseFailure.tooManyDecimals) { try Money(parsing: "0.001") }
        #expect(throws: Money.ParseFailure.tooManyDecimals) { try Money(parsing: "12.340") }
    }

    @Test(arguments: ["1e3", "1E3", "12.5e1", "1,000.00", "", ".5", "-.5", "01.00", "00", "-01", "+1", "12.", "1.2.3",
                      " 12", "12 ", "£12", "12p", "-", "--1", "0x10", "١٢", "1_000"])
    func textThatIsNotAPlainAmountIsRefused(text: String) {
        #expect(throws: Money.ParseFailure.notAnAmount) { try Money(parsing: text) }
    }

    @Test func amountsPastOneBillionPoundsAreRefused() {
        #expect(throws: Money.ParseFailure.tooLarge) { try Money(parsing: "1000000000.01") }
        #expect(throws: Money.ParseFailure.tooLarge) { try Money(parsing: "-1000000000.01") }
        #expect(throws: Money.ParseFailure.tooLarge) { try Money(parsing: "1000000001") }
        // Digits that would overflow Int64 are refused as too large, not trapped on.
        #expect(throws: Money.ParseFailure.tooLarge) { try Money(parsing: "99999999999999999999999") }
        #expect(throws: Money.ParseFailure.tooLarge) { try Money(parsing: "9223372036854775808") }
    }

    // MARK: Writing amounts

    @Test(arguments: [
        (123_450, "1234.50"), (5, "0.05"), (-5, "-0.05"), (0, "0.00"), (100, "1.00"), (-123_456, "-1234.56"),
        (Int64.max, "92233720368547758.07"), (Int64.min, "-92233720368547758.08"),
    ] as [(Int64, String)])
    func decimalTextHasTwoDecimalsAndNoSeparators(pence: Int64, text: String) {
        #expect(Money(pence: pence).decimalText == text)
        #expect(Money(pence: pence).description == text)
    }

    @Test(arguments: [
        (123_450, "£1,234.50"), (-5, "-£0.05"), (0, "£0.00"), (100_000_000, "£1,000,000.00"), (99_999, "£999.99"),
        (100_000, "£1,000.00"), (-123_456_789, "-£1,234,567.89"), (Int64.min, "-£92,233,720,368,547,758.08"),
    ] as [(Int64, String)])
    func formattedAmountsArePoundsWithThousandsSeparators(pence: Int64, text: String) {
        #expect(Money(pence: pence).formatted == text)
    }

    @Test func decimalTextReadsBackToTheSameAmount() throws {
        var random = SplitMix64(seed: 0x4D6F_6E65_79)
        for _ in 0..<2_000 {
            let pence = Int64(random.int(in: -100_000_000_000...100_000_000_000))
            #expect(try Money(parsing: Money(pence: pence).decimalText) == Money(pence: pence))
        }
    }

    // MARK: Rounding: once, half away from zero, to the penny

    @Test(arguments: [
        (1, 1, 2, 1),     // 0.5p rounds up to 1p
        (-1, 1, 2, -1),   // -0.5p rounds away from zero to -1p
        (3, 1, 2, 2),     // 1.5p → 2p
        (-3, 1, 2, -2),   // -1.5p → -2p
        (5, 1, 10, 1),    // 0.5p → 1p
        (-5, 1, 10, -1),  // -0.5p → -1p
        (4, 1, 10, 0),    // 0.4p → 0p
        (-4, 1, 10, 0),   // -0.4p → 0p
        (6, 1, 10, 1),    // 0.6p → 1p
        (1, 3, 7, 0),     // 3/7p → 0p
        (7, 1, 2, 4),     // 3.5p → 4p (not to even)
        (5, 1, 2, 3),     // 2.5p → 3p (not to even)
        (19_100, 3, 7, 8_186),  // £191 a week for 3 days: 8185.71p → £81.86
        (19_100, 7, 7, 19_100),
        (100, -1, 2, -50),
    ] as [(Int64, Int64, Int64, Int64)])
    func scalingRoundsOnceHalfAwayFromZero(pence: Int64, numerator: Int64, denominator: Int64, expected: Int64) throws {
        #expect(try Money(pence: pence).scaled(by: numerator, dividedBy: denominator) == Money(pence: expected))
    }

    @Test func aWeeklyRateOverDaysMatchesIntegerArithmetic() throws {
        var random = SplitMix64(seed: 7)
        for _ in 0..<5_000 {
            let weekly = random.int(in: 0...100_000)
            let days = random.int(in: 0...3_660)
            let product = weekly * days
            let expected = product / 7 + (product % 7 >= 4 ? 1 : 0)  // x.5 and up away from zero; 4/7 > 1/2 > 3/7
            #expect(try Money(pence: Int64(weekly)).scaled(by: Int64(days), dividedBy: 7) == Money(pence: Int64(expected)))
        }
    }

    @Test func aDenominatorOfZeroOrLessIsAnErrorNotATrap() {
        #expect(throws: MoneyError.overflow) { try Money(pence: 100).scaled(by: 1, dividedBy: 0) }
        #expect(throws: MoneyError.overflow) { try Money(pence: 100).scaled(by: 1, dividedBy: -7) }
    }

    // MARK: Overflow throws rather than traps

    @Test func addingPastInt64MaxPenceThrows() {
        #expect(throws: MoneyError.overflow) { try Money(pence: .max).adding(Money(pence: 1)) }
        #expect(throws: MoneyError.overflow) { try Money(pence: .min).adding(Money(pence: -1)) }
        #expect(throws: MoneyError.overflow) { try Money(pence: .min).subtracting(Money(pence: 1)) }
        #expect(throws: MoneyError.overflow) { try Money(pence: 0).subtracting(Money(pence: .min)) }
        #expect(throws: MoneyError.overflow) { try Money.sum([Money(pence: .max), Money(pence: .max)]) }
        #expect(throws: Never.self) { try Money(pence: .max).adding(Money(pence: .min)) }
    }

    @Test func scalingByAHugeFactorThrows() {
        #expect(throws: MoneyError.overflow) { try Money(pence: 100_000_000_000).scaled(by: 100_000_000_000, dividedBy: 7) }
        #expect(throws: MoneyError.overflow) { try Money(pence: .min).scaled(by: -1, dividedBy: 1) }
        #expect(throws: MoneyError.overflow) { try Money(pence: 2).scaled(by: .max, dividedBy: 1) }
    }

    @Test func theLargestExactProductsStillRound() throws {
        #expect(try Money(pence: .max).scaled(by: 1, dividedBy: 2) == Money(pence: Int64.max / 2 + 1))
        #expect(try Money(pence: .min).scaled(by: 1, dividedBy: 2) == Money(pence: Int64.min / 2))
        #expect(try Money(pence: .min + 1).scaled(by: 1, dividedBy: .max) == Money(pence: -1))
        #expect(try Money(pence: .max).scaled(by: 1, dividedBy: .max) == Money(pence: 1))
    }

    @Test func inputLimitIsOneBillionPounds() {
        #expect(Money.inputLimit == Money(pence: 100_000_000_000))
        #expect(Money.inputLimit.formatted == "£1,000,000,000.00")
    }
}
