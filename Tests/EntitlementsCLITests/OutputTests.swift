@testable import Entitlements
@testable import EntitlementsCLI
import Testing

/// The pieces human-readable output is made of.
@Suite struct OutputTests {
    @Test func tableAlignsTextLeftAndAmountsRight() {
        var table = Table([("Name", .left), ("Amount", .right)])
        table.add(["a", "£1.00"])
        table.add(["longer", "£1,234.56"])
        #expect(table.render(style: .plain) == "  Name       Amount\n  a           £1.00\n  longer  £1,234.56\n")
    }

    @Test func styleAddsEscapesOnlyWithColour() {
        #expect(TextStyle.plain.bold("x") == "x")
        #expect(TextStyle.plain.dim("x") == "x")
        #expect(TextStyle(colour: true).bold("x") == "\u{1B}[1mx\u{1B}[0m")
        #expect(TextStyle(colour: true).dim("x") == "\u{1B}[2mx\u{1B}[0m")
    }

    @Test func noColourWhenNoColourIsSet() {
        #expect(!TextStyle.forStandardOutput(environment: ["NO_COLOR": "1"]).colour)
        #expect(!TextStyle.forStandardOutput(environment: ["TERM": "dumb"]).colour)
    }

    @Test func signedDifferences() {
        #expect(Report.signed(Money(pence: 8700)) == "+£87.00")
        #expect(Report.signed(Money(pence: -8700)) == "-£87.00")
        #expect(Report.signed(Money(pence: 0)) == "£0.00")
        #expect(Report.signed(nil) == "—")
    }

    @Test func balances() {
        func result(_ total: Int64, _ balance: Int64?) -> AllowanceResult {
            AllowanceResult(explanation: Explanation(), total: Money(pence: total), lines: [], payments: nil,
                            balance: balance.map { Money(pence: $0) }, eligibleFrom: nil, eligibleUntil: nil)
        }
        func rows(_ total: Int64, _ balance: Int64) -> [String] {
            AllowanceReport.totals(result(total, balance)).map { "\($0.0) \($0.1)" }
        }
        #expect(rows(10_000, 4_000) == ["Total £100.00", "Already paid £60.00", "Arrears owed £40.00"])
        #expect(rows(10_000, -2_550) == ["Total £100.00", "Already paid £125.50", "Overpaid £25.50"])
        #expect(rows(10_000, 0) == ["Total £100.00", "Already paid £100.00", "Balance £0.00 (nothing owed)"])
        #expect(AllowanceReport.totals(result(123_450, nil)).map(\.1) == ["£1,234.50"])
    }

    @Test func rulePeriodLabels() {
        #expect(RulesReport.periodLabel("2025-04-01", "2026-03-31") == "2025-26")
        #expect(RulesReport.periodLabel("2023-04-01", "2024-04-30") == "2023-04-01 to 2024-04-30")
        #expect(RulesReport.periodLabel("2023-04-01", nil) == "from 2023-04-01")
    }

    @Test func wrapping() {
        #expect(TextWrap.wrap("one two three four", width: 9, indent: "• ", hanging: "  ") == "• one two\n  three\n  four")
    }

    @Test func valuesThatAreAbsentShowADash() {
        let value = JSONValue.object(["a": .null, "n": .number("3")])
        #expect(value.shown("a") == "—")
        #expect(value.shown("n") == "3")
        #expect(value.pounds("missing") == "—")
    }
}
