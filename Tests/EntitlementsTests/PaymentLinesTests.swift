import Entitlements
import Testing

/// A payment's lines are indexed from 0 as a library user expects: `payments[1].lines[0]` is the
/// second payment's first line, not a trap (they were a slice indexed as the result's lines).
@Suite struct PaymentLinesTests {
    /// Staying Close at £70 a week through July 2025, paid weekly from Tuesday 1 July: five
    /// payments, 1–7, 8–14, 15–21, 22–28 and 29–31 July, one line each.
    func july() throws -> AllowanceResult {
        let engine = Engine(ruleBook: try RealRuleBook.get())
        let request = StayingPutRequest(dateOfBirth: try date("2006-03-01"), period: try days("2025-07-01", "2025-07-31"),
                                        place: Place(region: "london"), arrangement: .stayingClose,
                                        weeklyRate: try money("70.00"),
                                        schedule: Schedule(frequency: .weekly, anchor: try date("2025-07-01")))
        return try engine.stayingPutFunding(request, scheme: try engine.scheme(named: "review-2022"))
    }

    @Test func theSecondPaymentsFirstLineIsAtIndexZero() throws {
        let payments = try #require(try july().payments)
        #expect(payments.count == 5)
        guard payments.count == 5 else { return }
        let second = payments[1].lines
        #expect(second.startIndex == 0)
        #expect(second.count == 1)
        #expect(second[0].from == (try date("2025-07-08")))
        #expect(second[0].to == (try date("2025-07-14")))
        #expect(second[0].days == 7)
        #expect(second[0].amount == (try money("70.00")))
        #expect(payments[4].lines[0].from == (try date("2025-07-29")))
        #expect(payments[4].lines[0].days == 3)
    }

    @Test func everyPaymentsLinesCountFromZero() throws {
        let result = try july()
        let payments = try #require(result.payments)
        #expect(payments.allSatisfy { Array($0.lines.indices) == Array(0..<$0.lines.count) })
        #expect(payments.flatMap { Array($0.lines) } == result.lines)
    }
}
