import Entitlements
import EntitlementsProtocol
import Testing

/// A param the method does not know is an error (-32602 naming it), never ignored.
///
/// Why: this is a finance tool. A caller who types `"form"` for `"from"`, `"alreadypaid"` for
/// `"alreadyPaid"` or `"weeklyrate"` for `"weeklyRate"` would, if unknown params were ignored, get a
/// confident answer for a different question (the default start date, no arrears, the national rate
/// instead of the council's) and might pay it. Refusing the request, with the pointer of the field
/// and the list of accepted names, turns a silent wrong payment into an error the caller fixes at
/// once. The same holds inside nested objects (`schedule`, `apprenticeship`, `compare`'s `params`)
/// and for unknown members of the request envelope (-32600).
@Suite(.enabled(if: Executable.serveWorks, Executable.skipReason))
struct UnknownParamTests {
    /// Typical slips of each param name.
    static func typos(of key: String) -> [String] {
        var slips = [key.lowercased(), key.prefix(1).uppercased() + key.dropFirst(), String(key.dropLast()), key + "s", key + " "]
        if key == "from" { slips.append("form") }
        if key == "allowEstimated" { slips.append("allowEstimate") }
        return Array(Set(slips.filter { $0 != key })).sorted()
    }

    struct Typo {
        let method: String
        let pointer: String
        let line: [UInt8]
    }

    static var cases: [Typo] {
        var all: [Typo] = []
        for (method, params) in Requests.validParams {
            guard case .object(let members) = params else { continue }
            for member in members {
                for typo in typos(of: member.key) {
                    // The typo beside the real key, and in its place.
                    for replace in [false, true] {
                        var changed = members.filter { !replace || $0.key != member.key }
                        changed.append(JSONMember(typo, member.value))
                        all.append(Typo(method: method, pointer: JSONField.pointer("/params", typo),
                                        line: Requests.line(id: .number(String(all.count)), method: method, params: .object(changed))))
                    }
                }
            }
        }
        let nested: [(String, [String], String)] = [
            ("kinship.allowance", ["schedule", "anchr"], "/params/schedule/anchr"),
            ("kinship.allowance", ["schedule", "Frequency"], "/params/schedule/Frequency"),
            ("assess", ["apprenticeship", "strat"], "/params/apprenticeship/strat"),
            ("compare", ["params", "form"], "/params/params/form"),
        ]
        for (method, path, pointer) in nested {
            guard let params = Requests.validParams.first(where: { $0.method == method })?.params else { continue }
            all.append(Typo(method: method, pointer: pointer,
                            line: Requests.line(id: .number(String(all.count)), method: method,
                                                params: Requests.setting(params, path[...], .string("2025-04-01")))))
        }
        return all
    }

    @Test func everyMisspelledParamIsRefusedByName() throws {
        let cases = Self.cases
        #expect(cases.count > 150)
        let run = try Child.run(["serve"], input: .bytes(Requests.input(cases.map(\.line))))
        #expect(run.exitStatus == 0)
        let responses = run.lines
        #expect(responses.count == cases.count)
        for (index, (typo, line)) in zip(cases, responses).enumerated() {
            #expect(ResponseInvariants.problems(line, expectedID: .number(String(index))).isEmpty)
            let response = try JSONParser.parse(Array(line))
            #expect(Requests.code(response) == -32602, "\(typo.method) \(typo.pointer): \(ResponseInvariants.preview(line))")
            #expect(Requests.path(response) == typo.pointer, "\(typo.method) \(typo.pointer): \(ResponseInvariants.preview(line))")
            #expect(Requests.message(response).contains("unknown field") && Requests.message(response).contains("accepted:"),
                    "\(Requests.message(response))")
        }
    }

    @Test func anUnknownEnvelopeMemberIsAnInvalidRequest() throws {
        let lines = [#"{"jsonrpc":"2.0","id":1,"method":"leavingCare.grant","parms":{"on":"2025-06-01"}}"#,
                     #"{"jsonrpc":"2.0","id":2,"method":"leavingCare.grant","params":{"on":"2025-06-01"},"Params":{}}"#]
        let run = try Child.run(["serve"], input: .bytes(Requests.input(lines.map { Array($0.utf8) })))
        let responses = Requests.responses(run)
        #expect(responses.map(Requests.code) == [-32600, -32600])
        #expect(responses.map { $0["id"] } == [.number("1"), .number("2")])
    }
}

/// A long unknown scheme named in `compare`'s `schemes` is quoted back clipped, like every quoted value.
@Suite struct CompareSchemeClippingTests {
    @Test func aLongUnknownSchemeIsClippedInTheMessage() throws {
        let long = String(repeating: "x", count: 100_000)
        let line = #"{"jsonrpc":"2.0","id":3,"method":"compare","params":{"method":"leavingCare.grant","params":{"on":"2025-06-01"},"schemes":["review-2022",""# + long + #""]}}"#
        let handler = RequestHandler(dispatcher: Dispatcher(ruleBook: try RuleBook.builtIn.get()))
        let response = try #require(handler.respond(toLine: Array(line.utf8)))
        #expect(response.count < 2_000, "the response quotes \(response.count) bytes")
        #expect(String(decoding: response, as: UTF8.self).contains("unknown scheme"))
    }
}
