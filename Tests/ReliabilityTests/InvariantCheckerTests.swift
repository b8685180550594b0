import Entitlements
import Foundation
import Testing

/// The checks the fuzzer relies on are themselves right: every golden response passes them, and
/// responses broken in the ways they look for fail them.
struct InvariantCheckerTests {
    @Test func everyGoldenResponsePasses() {
        #expect(GoldenRequests.responses.count > 50)
        for golden in GoldenRequests.responses {
            let problems = ResponseInvariants.problems(golden.line[...], expectedID: golden.id, request: golden.request)
            #expect(problems.isEmpty, "\(golden.name): \(problems)")
        }
    }

    static let good = #"{"id":1,"jsonrpc":"2.0","result":{"lines":[{"amount":"964.29","days":30,"from":"2025-04-01","to":"2025-04-30","weeklyRate":"225.00"},{"amount":"996.43","days":31,"from":"2025-05-01","to":"2025-05-31","weeklyRate":"225.00"}],"payments":[{"amount":"1960.72","from":"2025-04-01","lines":[{"amount":"964.29","days":30,"from":"2025-04-01","to":"2025-04-30","weeklyRate":"225.00"},{"amount":"996.43","days":31,"from":"2025-05-01","to":"2025-05-31","weeklyRate":"225.00"}],"payDate":"2025-05-31","to":"2025-05-31"}],"total":"1960.72"}}"#

    static func problems(_ text: String, id: JSONValue = .number("1")) -> [String] {
        ResponseInvariants.problems(Array(text.utf8)[...], expectedID: id)
    }

    @Test func brokenResponsesFail() {
        #expect(Self.problems(Self.good).isEmpty, "\(Self.problems(Self.good))")
        let broken = [
            ("a total that is not the sum of its lines", Self.good.replacingOccurrences(of: #""total":"1960.72""#, with: #""total":"1960.73""#)),
            ("a line that is not rate × days ÷ 7", Self.good.replacingOccurrences(of: #""amount":"964.29""#, with: #""amount":"964.28""#)
                .replacingOccurrences(of: "1960.72", with: "1960.71")),
            ("a payment that is not the sum of its lines", Self.good.replacingOccurrences(of: #"{"amount":"1960.72","from""#, with: #"{"amount":"1960.70","from""#)),
            ("a wrong day count", Self.good.replacingOccurrences(of: #""days":30"#, with: #""days":29"#)),
            ("money with three decimals", Self.good.replacingOccurrences(of: #""weeklyRate":"225.00""#, with: #""weeklyRate":"225.000""#)),
            ("money as a number", Self.good.replacingOccurrences(of: #""total":"1960.72""#, with: #""total":1960.72"#)),
            ("negative money", Self.good.replacingOccurrences(of: #""weeklyRate":"225.00""#, with: #""weeklyRate":"-225.00""#)),
            ("a payment after its pay date", Self.good.replacingOccurrences(of: #""payDate":"2025-05-31""#, with: #""payDate":"2025-05-30""#)),
            ("keys out of order", Self.good.replacingOccurrences(of: #"{"id":1,"jsonrpc":"2.0","#, with: #"{"jsonrpc":"2.0","id":1,"#)),
            ("an impossible date", Self.good.replacingOccurrences(of: "2025-04-30", with: "2025-04-31")),
            ("an internal error", #"{"error":{"code":-32603,"message":"internal error (a bug)"},"id":1,"jsonrpc":"2.0"}"#),
            ("an unknown code", #"{"error":{"code":-1,"message":"x"},"id":1,"jsonrpc":"2.0"}"#),
            ("-32602 without a path", #"{"error":{"code":-32602,"message":"x"},"id":1,"jsonrpc":"2.0"}"#),
            ("-32001 without a date", #"{"error":{"code":-32001,"data":{"table":"nma"},"message":"x"},"id":1,"jsonrpc":"2.0"}"#),
            ("not JSON", #"{"id":1"#),
            ("spaces", #"{"id": 1,"jsonrpc":"2.0","result":{}}"#),
        ]
        for (what, text) in broken {
            #expect(!Self.problems(text).isEmpty, "\(what) passed")
        }
        #expect(!Self.problems(Self.good, id: .number("2")).isEmpty, "a wrong id passed")
        // Found by the long fuzz: a key starting with a combining mark is still under /params.
        let combining = #"{"error":{"code":-32602,"data":{"path":"/params/\#u{05B3}zn~1region"},"message":"x"},"id":1,"jsonrpc":"2.0"}"#
        #expect(Self.problems(combining).isEmpty, "\(Self.problems(combining))")
    }

    @Test func expectationsFollowTheProtocol() {
        #expect(Expectation.of(Array("".utf8)) == .none)
        #expect(Expectation.of(Array(" \t\r".utf8)) == .none)
        #expect(Expectation.of(Array(#"{"jsonrpc":"2.0","method":"x"}"#.utf8)) == .none)
        #expect(Expectation.of(Array(#"{"method":"x"}"#.utf8)) == .response(id: .null, request: try? JSONParser.parse(#"{"method":"x"}"#)))
        #expect(Expectation.of(Array("x".utf8)) == .response(id: .null, request: nil))
        guard case .response(let id, _) = Expectation.of(Array(#"{"jsonrpc":"2.0","id":"a","method":"x"}"#.utf8)) else {
            Issue.record("no response expected")
            return
        }
        #expect(id == .string("a"))
    }
}
