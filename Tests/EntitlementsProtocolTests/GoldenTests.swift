import Entitlements
import EntitlementsProtocol
import Foundation
import Testing

/// Every case in `golden/`: hand figures are a subset of the response, and the response is exact.
/// `GOLDEN_UPDATE=1` rewrites responses, but never past a hand figure that disagrees.
@Suite struct GoldenTests {
    static let handler: RequestHandler? = {
        guard case .success(let book) = RuleBook.builtIn else { return nil }
        return RequestHandler(dispatcher: Dispatcher(ruleBook: book))
    }()

    @Test func thereAreAtLeastSixtyCases() throws {
        #expect(try GoldenCase.all().count >= 60)
    }

    @Test(arguments: try GoldenCase.all())
    func goldenCase(_ golden: GoldenCase) throws {
        let handler = try #require(Self.handler)
        let line = try #require(handler.respond(toLine: golden.requestLine), "no response for \(golden.name)")
        let actual = try JSONParser.parse(line)
        let hand = try #require(golden.root["hand"], "\(golden.name) has no hand figures")
        let mismatches = subsetMismatches(hand, actual)
        let agrees = mismatches.isEmpty
        #expect(agrees, "\(golden.name): hand figures differ:\n\(mismatches.joined(separator: "\n"))")
        let workings = golden.root["workings"]
        if case .array(let lines)? = workings { #expect(!lines.isEmpty || hand["error"] != nil, "\(golden.name) has no workings") }
        if ProcessInfo.processInfo.environment["GOLDEN_UPDATE"] == "1" {
            if mismatches.isEmpty, golden.root["response"] != actual { try golden.rewrite(response: actual) }
            return
        }
        let expected = golden.root["response"] ?? .null
        let same = expected == actual
        #expect(same, "\(golden.name): response differs (GOLDEN_UPDATE=1 to accept):\n\(lineDiff(expected: expected, actual: actual))")
    }
}

extension GoldenCase: CustomTestStringConvertible {
    var testDescription: String { name }
}
