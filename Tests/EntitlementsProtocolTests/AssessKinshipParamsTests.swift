import Entitlements
@testable import EntitlementsProtocol
import Testing

/// `assess` passes the kinship allowance's own facts through: a child who would not otherwise be in
/// care gets no review allowance, as `kinship.allowance` says.
@Suite struct AssessKinshipParamsTests {
    static func kinshipEntry(_ params: String) throws -> JSONValue? {
        let handler = RequestHandler(dispatcher: Dispatcher(ruleBook: try RuleBook.builtIn.get()))
        let line = #"{"jsonrpc":"2.0","id":1,"method":"assess","params":{"dateOfBirth":"2014-09-03","on":"2025-10-01","region":"london""#
            + params + "}}"
        let response = try JSONParser.parse(try #require(handler.respond(toLine: Array(line.utf8))))
        guard case .array(let entries)? = response["result"]?["entitlements"] else { return nil }
        return entries.first { $0["method"] == .string("kinship.allowance") }
    }

    @Test func aChildWhoWouldNotOtherwiseBeInCareGetsNoReviewAllowance() throws {
        #expect(try Self.kinshipEntry("")?["eligible"] == .bool(true))
        #expect(try Self.kinshipEntry(#","otherwiseInCare":false"#)?["eligible"] == .bool(false))
        #expect(try Self.kinshipEntry(#","otherwiseInCare":true"#)?["total"] == Self.kinshipEntry("")?["total"])
    }
}
