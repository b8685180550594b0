import Entitlements
@testable import EntitlementsProtocol
import Testing

/// The protocol's errors for the engine's: a param name becomes a pointer under the params, and an
/// estimate not allowed gets the `allowEstimated` remedy.
@Suite struct RPCErrorMappingTests {
    @Test func aParamNameBecomesAPointerUnderThePrefix() {
        let invalid = RPCError.from(.invalid(field: "region", message: "unknown region"), prefix: "/params/params")
        #expect(invalid.code == RPCError.invalidParams)
        #expect(invalid.message == "unknown region")
        #expect(invalid.data == .object(["path": .string("/params/params/region")]))
        let unconfigured = RPCError.from(.notConfigured(field: nil, message: "the rule book has no table x"), prefix: "/params")
        #expect(unconfigured.data == .object(["path": .string("/params")]), "no param: the params as a whole")
    }

    @Test func anEstimateNotAllowedIsRetriedWithAllowEstimated() throws {
        let date = try #require(CalendarDate("2026-04-01"))
        let refused = CalculationError.noEnactedValue(table: "nma", date: date, estimateAvailable: true, detail: "only an estimate exists")
        #expect(refused.message == "only an estimate exists; estimated values were not allowed")
        let error = RPCError.from(refused, prefix: "/params")
        #expect(error.code == RPCError.noEnactedRate)
        #expect(error.message == "only an estimate exists; retry with allowEstimated: true to use it")
        #expect(error.data == .object(["table": .string("nma"), "date": .string("2026-04-01")]))
        let none = CalculationError.noEnactedValue(table: "nma", date: date, estimateAvailable: false, detail: "no value covers it")
        #expect(RPCError.from(none, prefix: "/params").message == "no value covers it")
        #expect(none.message == "no value covers it")
    }
}
