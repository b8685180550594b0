@testable import Entitlements
@testable import EntitlementsProtocol
import Testing

/// A payment's lines are written the same whether they share the result's storage (as the engine
/// makes them, copied from the bytes already written) or not (written afresh).
@Suite struct ResultEncoderTests {
    static let dispatcher: Dispatcher? = {
        guard case .success(let book) = RuleBook.builtIn else { return nil }
        return Dispatcher(ruleBook: book)
    }()

    /// A kinship result paid four-weekly over a year, with a band change inside a pay period.
    static func scheduledResult(_ dispatcher: Dispatcher) throws -> AllowanceResult {
        let from = try #require(CalendarDate("2025-04-01")), to = try #require(CalendarDate("2026-03-31"))
        let request = KinshipRequest(
            dateOfBirth: try #require(CalendarDate("2014-09-03")), period: try #require(DateRange(from: from, to: to)),
            place: Place(region: "london"), schedule: Schedule(frequency: .fourWeekly, anchor: from))
        let engine = dispatcher.engine
        return try engine.kinshipAllowance(request, scheme: try engine.scheme(named: "review-2022"))
    }

    static func encoded(_ result: AllowanceResult, _ dispatcher: Dispatcher) throws -> [UInt8] {
        var out = JSONBytes()
        dispatcher.encoder(try dispatcher.engine.scheme(named: "review-2022")).write(.allowance(result), into: &out)
        return out.bytes
    }

    @Test func paymentLinesAreTheSameCopiedOrWrittenAfresh() throws {
        let dispatcher = try #require(Self.dispatcher)
        let shared = try Self.scheduledResult(dispatcher)
        let payments = try #require(shared.payments)
        #expect(payments.count == 14)
        #expect(payments.allSatisfy { ResultEncoder.shareStorage($0.lines.slice, shared.lines) })

        var apart = shared
        apart.payments = payments.map {
            Payment(from: $0.from, to: $0.to, payDate: $0.payDate, amount: $0.amount, lines: ArraySlice(Array($0.lines)))
        }
        #expect(try #require(apart.payments).allSatisfy { !ResultEncoder.shareStorage($0.lines.slice, apart.lines) })
        #expect(try Self.encoded(apart, dispatcher) == Self.encoded(shared, dispatcher))

        var shifted = shared  // the result's lines changed after payments were made: no longer shared
        shifted.lines.append(shared.lines[0])
        #expect(try #require(shifted.payments).allSatisfy { !ResultEncoder.shareStorage($0.lines.slice, shifted.lines) })
    }
}
