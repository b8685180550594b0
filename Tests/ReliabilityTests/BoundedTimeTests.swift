import Entitlements
import EntitlementsProtocol
import Testing

/// One line that might cost a lot to answer.
struct CostlyLine: Sendable, CustomTestStringConvertible {
    let name: String
    let line: [UInt8]
    /// The error code it must get (nil for a result).
    let code: Int?
    init(_ name: String, _ text: String, code: Int?) {
        self.name = name
        self.line = Array(text.utf8)
        self.code = code
    }

    var testDescription: String { name }
}

/// No single line can hold the stream up: each of these answers within a few seconds even in a
/// debug build, however large its fields (every line is under the 1 MiB limit).
@Suite(.enabled(if: Executable.serveWorks, Executable.skipReason))
struct BoundedTimeTests {
    /// The most one line may take, in seconds (a debug build answers each in well under a second).
    static let bound = 3.0

    static let megabyte = 1_000_000
    static let kinship = #""dateOfBirth":"2014-09-03","from":"2025-04-01","to":"2025-06-30""#
    static let longName = String(repeating: "x", count: megabyte)
    static let manyKeys = (0..<95_000).map { #""k\#($0)":0"# }.joined(separator: ",")

    static func request(_ method: String, _ params: String, id: String = "1") -> String {
        #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":{\#(params)}}"#
    }

    static let lines: [CostlyLine] = [
        CostlyLine("a 1 MB string in an unknown param", request("leavingCare.grant", #""on":"2025-06-01","note":"\#(longName)""#), code: -32602),
        CostlyLine("a 1 MB string id", request("leavingCare.grant", #""on":"2025-06-01""#, id: "\"\(longName)\""), code: nil),
        CostlyLine("a 1 MB method name", #"{"jsonrpc":"2.0","id":1,"method":"\#(longName)"}"#, code: -32601),
        CostlyLine("a 1 MB member name", #"{"jsonrpc":"2.0","id":1,"method":"assess","\#(longName)":1}"#, code: -32600),
        CostlyLine("a 1 MB date", request("leavingCare.grant", #""on":"\#(longName)""#), code: -32602),
        CostlyLine("a 1 MB region", request("kinship.allowance", kinship + #","region":"\#(longName)""#), code: -32602),
        CostlyLine("a 1 MB scheme", request("leavingCare.grant", #""on":"2025-06-01","scheme":"\#(longName)""#), code: -32602),
        CostlyLine("a 1 MB order", request("kinship.allowance", kinship + #","region":"london","order":"\#(longName)""#), code: -32602),
        CostlyLine("a 1 MB amount", request("leavingCare.grant", #""on":"2025-06-01","alreadyPaid":\#(String(repeating: "9", count: megabyte))"#),
                   code: -32602),
        CostlyLine("150,000 benefits", request("prescription.exemption", #""dateOfBirth":"2004-03-01","on":"2025-06-01","benefits":["#
                   + Array(repeating: #""hc2""#, count: 150_000).joined(separator: ",") + "]"), code: -32602),
        CostlyLine("70,000 schemes to compare", request("compare", #""method":"leavingCare.grant","params":{"on":"2025-06-01"},"schemes":["#
                   + Array(repeating: #""review-2022""#, count: 70_000).joined(separator: ",") + "]"), code: -32602),
        CostlyLine("a 1 MB council name in compare", request("compare", #""method":"kinship.allowance","params":{\#(kinship),"localAuthority":"\#(longName)"}"#),
                   code: -32602),
        CostlyLine("a 1 MB council name in assess", request("assess", #""dateOfBirth":"2014-09-03","on":"2025-06-01","localAuthority":"\#(longName)""#),
                   code: -32602),
        CostlyLine("a 10,000-year period, weekly", request("stayingPut.funding", #""dateOfBirth":"2000-01-01","region":"london","from":"0001-01-01","to":"9999-12-31","weeklyRate":"1.00","schedule":{"frequency":"weekly"}"#),
                   code: nil),
        CostlyLine("a 10,000-year period, estimated rates allowed", request("kinship.allowance", #""dateOfBirth":"2008-01-01","region":"london","from":"0001-01-01","to":"9999-12-31","allowEstimated":true,"schedule":{"frequency":"weekly"}"#),
                   code: -32001),
        CostlyLine("a 10,000-year grant", request("leavingCare.grant", #""on":"9999-12-31","allowEstimated":true"#), code: -32001),
        CostlyLine("a 10,000-year bursary", request("apprenticeship.bursary", #""dateOfBirth":"0001-01-01","start":"0001-01-01","end":"9999-12-31""#),
                   code: nil),
        CostlyLine("95,000 params", request("leavingCare.grant", manyKeys), code: -32602),
        CostlyLine("95,000 members at the top level", #"{"jsonrpc":"2.0","id":1,"method":"assess","#
                   + (0..<95_000).map { #""m\#($0)":0"# }.joined(separator: ",") + "}", code: -32600),
        CostlyLine("a 1 MB council name", request("kinship.allowance", kinship + #","localAuthority":"\#(longName)""#),
                   code: -32602),
    ]

    /// Regression: the protocol's own messages quote a method or member name clipped, not whole.
    @Test func namesAreQuotedBackClipped() throws {
        let lines = [#"{"jsonrpc":"2.0","id":1,"method":"\#(Self.longName)"}"#, #"{"jsonrpc":"2.0","id":1,"method":"assess","\#(Self.longName)":1}"#]
        let run = try Child.run(["serve"], input: .bytes(Requests.input(lines.map { Array($0.utf8) })))
        let messages = Requests.responses(run).map(Requests.message)
        #expect(messages.count == 2)
        for message in messages { #expect(message.count < 200 && message.contains("xxxx…"), "\(message.prefix(200))") }
    }

    @Test(arguments: lines)
    func eachLineIsAnsweredPromptly(_ costly: CostlyLine) throws {
        #expect(costly.line.count < RequestHandler.defaultMaxLineBytes, "the line must be under the limit to be parsed at all")
        let input = Requests.input([costly.line, Requests.sentinel("after")])
        let run = try Child.run(["serve"], input: .bytes(input), timeout: Self.bound)
        #expect(!run.timedOut && run.wallSeconds < Self.bound,
                "\(costly.name) took \(run.timedOut ? "more than \(Self.bound)" : String(run.wallSeconds)) s")
        let responses = Requests.responses(run)
        #expect(responses.count == 2)
        if let first = responses.first {
            #expect(Requests.code(first) == costly.code, "\(Requests.message(first).prefix(200))")
        }
        #expect(responses.last?["id"] == .string("after"))
    }

    /// Regression: a huge `localAuthority` is refused before the search for similar council names,
    /// which grows with the text's length (a 60,000-character name took 15 s in a debug build).
    @Test func aHugeCouncilNameIsRefusedBeforeTheNameSearch() throws {
        guard case .success(let book) = RuleBook.builtIn else {
            Issue.record("no built-in rule book")
            return
        }
        let handler = RequestHandler(dispatcher: Dispatcher(ruleBook: book))
        let name = String(repeating: "Camden", count: 100_000)
        let request = JSONValue.object([
            "jsonrpc": .string("2.0"), "id": .number("1"), "method": .string("kinship.allowance"),
            "params": .object(["dateOfBirth": .string("2014-09-03"), "from": .string("2025-04-01"), "to": .string("2025-06-30"),
                               "localAuthority": .string(name)]),
        ])
        let started = Clock.seconds()
        let response = try #require(handler.generalResponse(to: request))
        #expect(Clock.seconds() - started < 1)
        #expect(Requests.code(response) == -32602)
        #expect(Requests.path(response) == "/params/localAuthority")
        #expect(Requests.message(response).contains("600000 characters"))
        #expect(Requests.message(response).count < 400)

        // 100 characters is still looked up (and suggestions offered).
        let atLimit = Requests.setting(request, ["params", "localAuthority"], .string(String(repeating: "x", count: 100)))
        let answer = try #require(handler.generalResponse(to: atLimit))
        #expect(Requests.message(answer).hasPrefix("unknown council \"" + String(repeating: "x", count: 40) + "…\""), "quoted back clipped to 40")
    }
}
