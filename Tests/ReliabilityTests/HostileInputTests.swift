import Entitlements
import Testing

/// One hostile line and what it must get back.
struct HostileCase: Sendable {
    /// What the line is.
    let name: String
    /// The line (without its newline).
    let line: [UInt8]
    /// The response's id, or nil when the line must get no response (a blank line, a notification).
    let id: JSONValue?
    /// The error code, or nil for a result.
    let code: Int?
    /// The error's `data.path`, when it must have one.
    let path: String?

    init(_ name: String, _ line: [UInt8], id: JSONValue? = .string("h"), code: Int?, path: String? = nil) {
        self.name = name
        self.line = line
        self.id = id
        self.code = code
        self.path = path
    }

    init(_ name: String, _ text: String, id: JSONValue? = .string("h"), code: Int?, path: String? = nil) {
        self.init(name, Array(text.utf8), id: id, code: code, path: path)
    }
}

/// Every kind of hostile line from the reliability brief, through the real `serve` and `batch`:
/// each gets exactly one response (or none, for blank lines and notifications), in order, with the
/// right code, `data.path` and id, and the request after it is still answered.
@Suite(.enabled(if: Executable.serveWorks, Executable.skipReason))
struct HostileInputTests {
    static let kinship = #""dateOfBirth":"2014-09-03","region":"london","from":"2025-04-01","to":"2025-06-30""#

    static func request(_ method: String, _ params: String, id: String = #""h""#) -> String {
        #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":{\#(params)}}"#
    }

    static func kinship(_ extra: String) -> String {
        request("kinship.allowance", kinship + extra)
    }

    static func nested(_ depth: Int) -> String {
        String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    }

    static let valid = Array(request("leavingCare.grant", #""on":"2025-06-01""#).utf8)

    static let cases: [HostileCase] = [
        // Not JSON, not UTF-8.
        HostileCase("not JSON", "not json", id: .null, code: -32700),
        HostileCase("a truncated object", #"{"jsonrpc":"2.0","id":"h","method":"#, id: .null, code: -32700),
        HostileCase("a trailing comma", #"{"jsonrpc":"2.0","id":"h","method":"assess",}"#, id: .null, code: -32700),
        HostileCase("single quotes", "{'jsonrpc':'2.0'}", id: .null, code: -32700),
        HostileCase("invalid UTF-8 in a string", Array(#"{"jsonrpc":"2.0","id":"h","method":"leavingCare.grant","params":{"on":"2025-06-0"#.utf8)
                    + [0xC3, 0x28] + Array(#""}}"#.utf8), id: .null, code: -32700),
        HostileCase("a 0xFF byte in a string", Array(#"{"jsonrpc":"2.0","id":"h","method":"x"#.utf8) + [0xFF] + Array(#""}"#.utf8),
                    id: .null, code: -32700),
        HostileCase("bytes that are not UTF-8 at all", [0xFF, 0xFE, 0xFD], id: .null, code: -32700),
        HostileCase("an overlong UTF-8 encoding", Array(#"{"a":""#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8), id: .null, code: -32700),
        HostileCase("a UTF-16 surrogate encoded as UTF-8", Array(#"{"a":""#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8),
                    id: .null, code: -32700),
        HostileCase("a UTF-8 sequence cut short", Array(#"{"a":""#.utf8) + [0xE2, 0x82] + Array(#""}"#.utf8), id: .null, code: -32700),
        HostileCase("a lone surrogate escape", #"{"jsonrpc":"2.0","id":"h","method":"\ud800"}"#, id: .null, code: -32700),
        HostileCase("a byte-order mark before the request", [0xEF, 0xBB, 0xBF] + valid, id: .null, code: -32700),
        HostileCase("a NUL after the request", valid + [0x00], id: .null, code: -32700),
        HostileCase("a NUL inside a string", Array(#"{"jsonrpc":"2.0","id":"h","method":"a"#.utf8) + [0x00] + Array(#""}"#.utf8),
                    id: .null, code: -32700),
        HostileCase("only NUL bytes", [0, 0, 0, 0], id: .null, code: -32700),
        HostileCase("a control character in a string", "{\"a\":\"\u{1}\"}", id: .null, code: -32700),
        // Nesting.
        HostileCase("65 levels of nesting", nested(65), id: .null, code: -32600),
        HostileCase("200,000 levels of nesting", nested(200_000), id: .null, code: -32600),
        // Nesting too deep, but the text also ends first: a syntax error comes first.
        HostileCase("200,000 unclosed objects", String(repeating: #"{"a":"#, count: 200_000), id: .null, code: -32700),
        HostileCase("65 levels, then a trailing comma", #"{"jsonrpc":"2.0","id":"h","params":"# + nested(65) + ",}", id: .null, code: -32700),
        HostileCase("65 levels in a request with an id", #"{"jsonrpc":"2.0","id":"h","method":"assess","params":{"x":"# + nested(65) + "}}", code: -32600),
        HostileCase("deep nesting inside params", kinship(#","x":"# + nested(60)), code: -32602, path: "/params/x"),
        // Not a request object.
        // A duplicate key: the id read is carried (the first, when the id is what is repeated).
        HostileCase("duplicate keys", #"{"jsonrpc":"2.0","id":"h","id":"i","method":"assess"}"#, code: -32600),
        HostileCase("duplicate keys in params", request("leavingCare.grant", #""on":"2025-06-01","on":"2025-06-02""#), code: -32600),
        HostileCase("duplicate keys before the id", #"{"jsonrpc":"2.0","method":"assess","method":"assess","id":"h"}"#, code: -32600),
        // A syntax error is -32700 even when a duplicate key comes first.
        HostileCase("a duplicate key, then the line ends", #"{"a":1,"a":2"#, id: .null, code: -32700),
        HostileCase("a duplicate id, then a syntax error", #"{"jsonrpc":"2.0","id":"h","id":"i","method":"assess",}"#, id: .null, code: -32700),
        // Keys are compared by code points (RFC 8259): these are two different keys, both unknown.
        HostileCase("keys equal only after normalisation", request("leavingCare.grant", #""on":"2025-06-01","é":1,"é":2"#),
                    code: -32602, path: "/params/\u{E9}"),
        HostileCase("a batch array", "[" + String(decoding: valid, as: UTF8.self) + "]", id: .null, code: -32600),
        HostileCase("an empty batch", "[]", id: .null, code: -32600),
        HostileCase("a bare number", "42", id: .null, code: -32600),
        HostileCase("a bare string", #""kinship.allowance""#, id: .null, code: -32600),
        HostileCase("null", "null", id: .null, code: -32600),
        HostileCase("a missing jsonrpc", #"{"id":"h","method":"leavingCare.grant","params":{"on":"2025-06-01"}}"#, code: -32600),
        HostileCase("jsonrpc 1.0", #"{"jsonrpc":"1.0","id":"h","method":"assess"}"#, code: -32600),
        HostileCase("jsonrpc as a number", #"{"jsonrpc":2.0,"id":"h","method":"assess"}"#, code: -32600),
        HostileCase("a missing method", #"{"jsonrpc":"2.0","id":"h"}"#, code: -32600),
        HostileCase("a method that is not a string", #"{"jsonrpc":"2.0","id":"h","method":["assess"]}"#, code: -32600),
        HostileCase("an id that is an object", #"{"jsonrpc":"2.0","id":{"a":1},"method":"assess"}"#, id: .null, code: -32600),
        HostileCase("an id that is an array", #"{"jsonrpc":"2.0","id":[1],"method":"assess"}"#, id: .null, code: -32600),
        HostileCase("an id that is a boolean", #"{"jsonrpc":"2.0","id":true,"method":"assess"}"#, id: .null, code: -32600),
        HostileCase("an unknown member beside params", #"{"jsonrpc":"2.0","id":"h","method":"assess","parms":{}}"#, code: -32600),
        HostileCase("an unknown method", #"{"jsonrpc":"2.0","id":"h","method":"kinship.allowances"}"#, code: -32601),
        HostileCase("a method in the wrong case", #"{"jsonrpc":"2.0","id":"h","method":"Assess"}"#, code: -32601),
        // Ids echoed as written.
        HostileCase("a huge number id", #"{"jsonrpc":"2.0","id":1e400,"method":"nope"}"#, id: .number("1e400"), code: -32601),
        HostileCase("a negative zero id", #"{"jsonrpc":"2.0","id":-0,"method":"nope"}"#, id: .number("-0"), code: -32601),
        HostileCase("an id with escapes", #"{"jsonrpc":"2.0","id":"a\"b\u00e9\n","method":"nope"}"#, id: .string("a\"bé\n"), code: -32601),
        HostileCase("a null id (a request, not a notification)", #"{"jsonrpc":"2.0","id":null,"method":"nope"}"#, id: .null, code: -32601),
        // Notifications and blank lines: no response.
        HostileCase("a notification", #"{"jsonrpc":"2.0","method":"leavingCare.grant","params":{"on":"2025-06-01"}}"#, id: nil, code: nil),
        HostileCase("a notification with bad params", #"{"jsonrpc":"2.0","method":"leavingCare.grant","params":{"on":5}}"#, id: nil, code: nil),
        HostileCase("a notification of an unknown method", #"{"jsonrpc":"2.0","method":"nope"}"#, id: nil, code: nil),
        HostileCase("an invalid notification (no jsonrpc)", #"{"method":"nope"}"#, id: .null, code: -32600),
        HostileCase("a blank line", "", id: nil, code: nil),
        HostileCase("spaces and tabs", " \t  \t", id: nil, code: nil),
        HostileCase("a carriage return alone", "\r", id: nil, code: nil),
        HostileCase("a carriage return and a space", "\r ", id: nil, code: nil),
        HostileCase("two carriage returns", "\r\r", id: nil, code: nil),
        HostileCase("a space, a tab and a carriage return", " \t\r", id: nil, code: nil),
        HostileCase("a request ended by CRLF", request("leavingCare.grant", #""on":"2025-06-01""#) + "\r", code: nil),
        // Params.
        HostileCase("params that are an array", #"{"jsonrpc":"2.0","id":"h","method":"assess","params":[]}"#, code: -32602, path: "/params"),
        // Params that are neither an object nor an array: an invalid request, answered even without an id.
        HostileCase("params that are a string", #"{"jsonrpc":"2.0","id":"h","method":"assess","params":"bar"}"#, code: -32600),
        HostileCase("params that are a number", #"{"jsonrpc":"2.0","id":"h","method":"assess","params":1}"#, code: -32600),
        HostileCase("params that are null", #"{"jsonrpc":"2.0","id":"h","method":"assess","params":null}"#, code: -32600),
        HostileCase("params that are a string, without an id", #"{"jsonrpc":"2.0","method":"assess","params":"bar"}"#, id: .null, code: -32600),
        HostileCase("an unknown param (a typo of from)", kinship(#","form":"2025-04-01""#), code: -32602, path: "/params/form"),
        HostileCase("an unknown schedule field", kinship(#","schedule":{"frequency":"weekly","anchr":"2025-04-01"}"#),
                    code: -32602, path: "/params/schedule/anchr"),
        HostileCase("1,000 unknown params", request("leavingCare.grant", (0..<1_000).map { #""k\#($0)":0"# }.joined(separator: ",")),
                    code: -32602, path: "/params/k0"),
        HostileCase("a missing required param", request("kinship.allowance", #""region":"london","from":"2025-04-01","to":"2025-06-30""#),
                    code: -32602, path: "/params/dateOfBirth"),
        // Dates.
        HostileCase("30 February", request("kinship.allowance", #""dateOfBirth":"2014-09-03","region":"london","from":"2025-02-30","to":"2025-06-30""#),
                    code: -32602, path: "/params/from"),
        HostileCase("year 0000", request("leavingCare.grant", #""on":"0000-01-01""#), code: -32602, path: "/params/on"),
        HostileCase("year 99999", request("leavingCare.grant", #""on":"99999-01-01""#), code: -32602, path: "/params/on"),
        HostileCase("29 February in a common year", request("leavingCare.grant", #""on":"2025-02-29""#), code: -32602, path: "/params/on"),
        HostileCase("month 13", request("leavingCare.grant", #""on":"2025-13-01""#), code: -32602, path: "/params/on"),
        HostileCase("a date with a time", request("leavingCare.grant", #""on":"2025-06-01T00:00:00Z""#), code: -32602, path: "/params/on"),
        HostileCase("a date without leading zeros", request("leavingCare.grant", #""on":"2025-6-1""#), code: -32602, path: "/params/on"),
        HostileCase("from after to", request("kinship.allowance", #""dateOfBirth":"2014-09-03","region":"london","from":"2026-04-01","to":"2025-04-01""#),
                    code: -32602, path: "/params/to"),
        HostileCase("end before start", request("apprenticeship.bursary", #""dateOfBirth":"2005-01-15","start":"2024-09-01","end":"2024-08-31""#),
                    code: -32602, path: "/params/end"),
        HostileCase("a 10,000-year period", request("kinship.allowance", #""dateOfBirth":"2014-09-03","region":"london","from":"0001-01-01","to":"9999-12-31","allowEstimated":true"#),
                    code: -32001),
        HostileCase("a 10,000-year period with a weekly schedule and a rate",
                    request("stayingPut.funding", #""dateOfBirth":"2000-01-01","region":"london","from":"0001-01-01","to":"9999-12-31","weeklyRate":"1000000000.00","schedule":{"frequency":"weekly"}"#),
                    code: nil),
        HostileCase("a 10,000-year monthly schedule from year 1", request("kinship.allowance", #""dateOfBirth":"0001-01-01","region":"london","from":"0001-01-01","to":"9999-12-31","allowEstimated":true,"schedule":{"frequency":"monthly"}"#),
                    code: -32001),
        HostileCase("the last day there is", request("assess", #""dateOfBirth":"9999-12-31","on":"9999-12-31","region":"london","allowEstimated":true"#),
                    code: -32602, path: "/params/on"),
        // Money.
        HostileCase("money that overflows (string)", kinship(#","alreadyPaid":"99999999999999999999999999.00""#), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("money that overflows (number)", kinship(#","alreadyPaid":99999999999999999999999999"#), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("money with 100,000 digits", kinship(#","alreadyPaid":"# + String(repeating: "9", count: 100_000)), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("money over £1,000,000,000", kinship(#","alreadyPaid":"1000000000.01""#), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("money of exactly £1,000,000,000", kinship(#","alreadyPaid":"1000000000.00""#), code: nil),
        HostileCase("negative money (string)", kinship(#","alreadyPaid":"-1.00""#), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("negative money (number)", kinship(#","alreadyPaid":-1"#), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("money with three decimals (string)", kinship(#","alreadyPaid":"1.234""#), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("money with three decimals (number)", kinship(#","alreadyPaid":1.234"#), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("money with an exponent (string)", kinship(#","alreadyPaid":"1e5""#), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("money with an exponent (number)", kinship(#","alreadyPaid":1E2"#), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("money with a thousands separator", kinship(#","alreadyPaid":"1,000.00""#), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("money with a pound sign", kinship(#","alreadyPaid":"£5""#), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("money NaN", kinship(#","alreadyPaid":"NaN""#), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("empty money", kinship(#","alreadyPaid":"""#), code: -32602, path: "/params/alreadyPaid"),
        HostileCase("a weekly contribution past the limit", request("stayingPut.funding", #""dateOfBirth":"2006-05-01","region":"london","from":"2025-04-01","to":"2025-06-30","weeklyContribution":"1000000000000""#),
                    code: -32602, path: "/params/weeklyContribution"),
        HostileCase("a weekly rate at the limit for five years", request("stayingPut.funding", #""dateOfBirth":"2006-05-01","region":"london","from":"2024-05-01","to":"2029-04-30","weeklyRate":"1000000000.00","schedule":{"frequency":"weekly"},"alreadyPaid":"1000000000.00""#),
                    code: nil),
        HostileCase("items per month past the limit", request("prescription.exemption", #""dateOfBirth":"2004-03-01","on":"2025-06-01","itemsPerMonth":1001"#),
                    code: -32602, path: "/params/itemsPerMonth"),
        HostileCase("items per month with an exponent", request("prescription.exemption", #""dateOfBirth":"2004-03-01","on":"2025-06-01","itemsPerMonth":1e2"#),
                    code: -32602, path: "/params/itemsPerMonth"),
        // Names.
        HostileCase("an unknown region", kinship("").replacingOccurrences(of: #""london""#, with: #""LONDON""#), code: -32602, path: "/params/region"),
        HostileCase("an unknown council", request("kinship.allowance", #""dateOfBirth":"2014-09-03","localAuthority":"Narnia","from":"2025-04-01","to":"2025-06-30""#),
                    code: -32602, path: "/params/localAuthority"),
        HostileCase("a path as a council", request("kinship.allowance", #""dateOfBirth":"2014-09-03","localAuthority":"../../../etc/passwd","from":"2025-04-01","to":"2025-06-30""#),
                    code: -32602, path: "/params/localAuthority"),
        HostileCase("compare within compare", request("compare", #""method":"compare","params":{}"#), code: -32602, path: "/params/method"),
    ]

    /// All the cases in one stream, each followed by a request that must still be answered.
    static func input() -> [UInt8] {
        var lines: [[UInt8]] = []
        for (index, hostile) in cases.enumerated() {
            lines.append(hostile.line)
            lines.append(Requests.sentinel("after-\(index)"))
        }
        return Requests.input(lines)
    }

    @Test(arguments: StreamCommand.allCases)
    func everyHostileLineGetsItsAnswerInOrderAndTheStreamGoesOn(_ command: StreamCommand) throws {
        let run = try Child.run(command.arguments, input: .bytes(Self.input()), timeout: 120)
        #expect(!run.timedOut)
        #expect(run.exitStatus == 0)
        if command == .serve { #expect(run.errorText.isEmpty, "stderr: \(run.errorText.prefix(1000))") }
        #expect(run.peakRSSMegabytes < 100)
        var responses = run.lines[...]
        for (index, hostile) in Self.cases.enumerated() {
            if let id = hostile.id {
                guard let line = responses.popFirst() else {
                    Issue.record("\(hostile.name): no response")
                    return
                }
                for problem in ResponseInvariants.problems(line, expectedID: id) { Issue.record("\(hostile.name): \(problem)") }
                let response = try JSONParser.parse(Array(line), maxDepth: 512)
                #expect(Requests.code(response) == hostile.code, "\(hostile.name): \(ResponseInvariants.preview(line))")
                if let path = hostile.path {
                    #expect(Requests.path(response) == path, "\(hostile.name): \(ResponseInvariants.preview(line))")
                }
                if hostile.code == nil { #expect(response["result"] != nil, "\(hostile.name)") }
            }
            guard let after = responses.popFirst() else {
                Issue.record("\(hostile.name): the request after it got no response")
                return
            }
            #expect(ResponseInvariants.problems(after, expectedID: .string("after-\(index)")).isEmpty,
                    "\(hostile.name): the request after it got \(ResponseInvariants.preview(after))")
        }
        #expect(responses.isEmpty, "\(responses.count) responses too many")
    }

    @Test func errorsSayWhatIsWrong() throws {
        let lines = [
            Array(#"{"jsonrpc":"2.0","id":1,"method":"x""#.utf8) + [0xFF],
            [0xEF, 0xBB, 0xBF] + Self.valid,
            Array(Self.nested(100).utf8),
            Array(Self.kinship(#","alreadyPaid":"1.234""#).utf8),
            Array(Self.kinship(#","alreadyPaid":"1e5""#).utf8),
            Array(Self.kinship(#","alreadyPaid":"-1.00""#).utf8),
            Array(Self.kinship(#","alreadyPaid":"1000000000.01""#).utf8),
            Array(Self.kinship(#","form":"2025-04-01""#).utf8),
            Array(Self.request("leavingCare.grant", #""on":"2025-02-30""#).utf8),
        ]
        let run = try Child.run(["serve"], input: .bytes(Requests.input(lines)))
        let messages = Requests.responses(run).map(Requests.message)
        let expected = ["not UTF-8", "byte-order mark", "nesting deeper than 64", "more than two decimals", "no exponent",
                        "negative", "£1,000,000,000", #"unknown field "form""#, "no such date"]
        #expect(messages.count == expected.count)
        for (message, fragment) in zip(messages, expected) {
            #expect(message.contains(fragment), "\(message) should say \(fragment)")
        }
    }
}
