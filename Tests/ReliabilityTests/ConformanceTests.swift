import Entitlements
import Foundation
import Testing

/// The framing and envelope rules of PROTOCOL.md that clients written elsewhere rely on, each a
/// fault once found (issue 14), through the real `serve` and `batch`.
@Suite(.enabled(if: Executable.serveWorks, Executable.skipReason))
struct ConformanceTests {
    static let grant = #"{"jsonrpc":"2.0","id":"g","method":"leavingCare.grant","params":{"on":"2025-06-01"}}"#

    /// The responses to `lines` (each given a newline) through `command`.
    static func responses(_ lines: [[UInt8]], _ command: StreamCommand = .serve, arguments: [String] = []) throws -> [JSONValue] {
        let run = try Child.run(command.arguments + arguments, input: .bytes(Requests.input(lines)), timeout: 60)
        #expect(run.exitStatus == 0)
        return try run.lines.map { try JSONParser.parse(Array($0)) }
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    // MARK: Framing

    /// Windows tools begin files with a byte-order mark: skipped at the very start of the stream,
    /// still refused anywhere else.
    @Test(arguments: StreamCommand.allCases)
    func aByteOrderMarkIsSkippedOnlyAtTheStartOfTheStream(_ command: StreamCommand) throws {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let responses = try Self.responses([mark + Self.bytes(Self.grant), mark + Self.bytes(Self.grant)], command)
        #expect(responses.count == 2)
        #expect(responses.first?["result"]?["amount"] == .string("2913.00"))
        #expect(Requests.code(responses.last ?? .null) == -32700)
        // A mark alone on the first line leaves a blank line: no response.
        #expect(try Self.responses([mark, Self.bytes(Self.grant)], command).count == 1)
    }

    /// A line's `\r\n` ending does not count towards `--max-line-bytes`; the id of a line over the
    /// limit is carried, whether the line fitted in the reader's buffer or was skipped.
    @Test(arguments: StreamCommand.allCases)
    func theLimitCountsTheLineWithoutItsCRLFAndAnOverLongLineKeepsItsID(_ command: StreamCommand) throws {
        func line(id: Int, bytes count: Int) -> [UInt8] {
            let start = #"{"jsonrpc":"2.0","id":\#(id),"method":"leavingCare.grant","params":{"on":"2025-06-01","x":""#
            let end = #""}}"#
            return Self.bytes(start + String(repeating: "a", count: count - start.utf8.count - end.utf8.count) + end)
        }
        let limit = 200
        let atLimit = line(id: 1, bytes: limit), over = line(id: 2, bytes: limit + 1)
        #expect(atLimit.count == limit && over.count == limit + 1)
        let responses = try Self.responses([atLimit + [0x0D], over + [0x0D], over, line(id: 3, bytes: 100_000)], command,
                                           arguments: ["--max-line-bytes", String(limit)])
        #expect(responses.count == 4)
        guard responses.count == 4 else { return }
        // At the limit: read and checked (its unknown param "x" is named), not refused for its size.
        #expect(Requests.code(responses[0]) == -32602 && Requests.path(responses[0]) == "/params/x")
        #expect(responses[0]["id"] == .number("1"))
        for (response, id) in [(responses[1], "2"), (responses[2], "2"), (responses[3], "3")] {
            #expect(Requests.code(response) == -32600)
            #expect(response["id"] == .number(id), "\(Requests.message(response))")
        }
        #expect(Requests.message(responses[1]) == "line is 201 bytes, over the 200-byte limit")
        #expect(Requests.message(responses[3]) == "line is 100000 bytes, over the 200-byte limit")
    }

    /// Ids carried whenever they were read: a duplicate key, an unknown member, nesting too deep.
    @Test func theIdIsCarriedWheneverItWasRead() throws {
        let lines = [
            #"{"jsonrpc":"2.0","id":7,"method":"leavingCare.grant","params":{"on":"2025-06-01","on":"2025-06-01"}}"#,
            #"{"jsonrpc":"2.0","id":"s","id":8,"method":"leavingCare.grant"}"#,
            #"{"jsonrpc":"2.0","id":9,"foo":1,"method":"leavingCare.grant"}"#,
            #"{"jsonrpc":"2.0","id":10,"method":"assess","params":{"x":"# + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}}",
            #"{"jsonrpc":"2.0","id":{"a":1},"method":"assess","method":"assess"}"#,
        ].map(Self.bytes)
        let responses = try Self.responses(lines)
        #expect(responses.map { $0["id"] } == [.number("7"), .string("s"), .number("9"), .number("10"), .null])
        #expect(responses.allSatisfy { Requests.code($0) == -32600 })
    }

    // MARK: Output

    /// U+2028, U+2029 and U+0085 are always written escaped, so a reader that splits lines on them
    /// (Python's `splitlines`) still sees one response per line.
    @Test(arguments: StreamCommand.allCases)
    func lineSeparatorsAreAlwaysWrittenEscaped(_ command: StreamCommand) throws {
        let separators = "\u{2028}x\u{2029}y\u{85}"
        let lines = [
            // Raw in an id (echoed), escaped in an id, in a value quoted in a message, in a key.
            #"{"jsonrpc":"2.0","id":"\#(separators)","method":"nope"}"#,
            #"{"jsonrpc":"2.0","id":"\u2028\u2029\u0085","method":"nope"}"#,
            #"{"jsonrpc":"2.0","id":1,"method":"kinship.allowance","params":{"region":"\#(separators)","dateOfBirth":"2014-09-03","from":"2025-04-01","to":"2025-05-01"}}"#,
            #"{"jsonrpc":"2.0","id":2,"method":"leavingCare.grant","params":{"\#(separators)":1}}"#,
            #"{"jsonrpc":"2.0","id":3,"method":"\#(separators)"}"#,
        ].map(Self.bytes)
        let run = try Child.run(command.arguments, input: .bytes(Requests.input(lines)), timeout: 60)
        #expect(run.lines.count == lines.count)
        for raw in ["\u{2028}", "\u{2029}", "\u{85}"] {
            #expect(!Self.contains(run.output, Array(raw.utf8)), "a raw \(raw.unicodeScalars.first.map { String($0.value, radix: 16) } ?? "") in the output")
        }
        for escaped in [#"\u2028"#, #"\u2029"#, #"\u0085"#] { #expect(Self.contains(run.output, Array(escaped.utf8))) }
        let first = try JSONParser.parse(Array(run.lines[0]))
        #expect(first["id"] == .string(separators), "the id still reads back as sent")
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// Quoted values in messages are clipped to 40 Unicode scalars, keys included: one letter with
    /// 400,000 combining marks is one grapheme cluster, and a 1 MB key is one key, but each response
    /// stays small.
    @Test func quotedValuesAndKeysAreClippedByUnicodeScalars() throws {
        let marks = "a" + String(repeating: "\u{301}", count: 400_000)
        let longKey = String(repeating: "k", count: 1_000_000)
        let kinship = #""dateOfBirth":"2014-09-03","from":"2025-04-01","to":"2025-05-01","region":"london""#
        func request(_ params: String, method: String = "kinship.allowance") -> [UInt8] {
            Self.bytes(#"{"jsonrpc":"2.0","id":1,"method":"\#(method)","params":{\#(params)}}"#)
        }
        let lines = [
            request(#""dateOfBirth":"\#(marks)","from":"2025-04-01","to":"2025-05-01","region":"london""#),
            request(#""dateOfBirth":"2014-09-03","from":"2025-04-01","to":"2025-05-01","region":"\#(marks)""#),
            request(kinship + #","\#(marks)":1"#),
            request(kinship + #","\#(longKey)":1"#),
            request(kinship + #","\#(longKey)":1,"\#(longKey)":2"#),
            request(kinship, method: marks),
            Self.bytes(#"{"jsonrpc":"2.0","id":1,"\#(marks)":1,"method":"assess"}"#),
            request(#""scheme":"\#(marks)","on":"2025-06-01""#, method: "leavingCare.grant"),
            request(#""dateOfBirth":"2014-09-03","from":"2025-04-01","to":"2025-05-01","localAuthority":"Camden","region":"\#(marks)""#),
        ]
        let run = try Child.run(["serve", "--max-line-bytes", String(4 << 20)], input: .bytes(Requests.input(lines)), timeout: 60)
        #expect(run.lines.count == lines.count)
        for (index, line) in run.lines.enumerated() {
            #expect(line.count < 1_000, "response \(index) is \(line.count) bytes: \(ResponseInvariants.preview(line))")
            let response = try JSONParser.parse(Array(line))
            #expect(Requests.code(response) != nil)
            #expect(Requests.message(response).contains("…"), "response \(index): \(Requests.message(response).prefix(200))")
            if let path = Requests.path(response) { #expect(Self.isPointer(path), "\(path.prefix(100))") }
        }
        // An unknown key too long to quote whole is placed at its object.
        if run.lines.count > 3 { #expect(try Requests.path(JSONParser.parse(Array(run.lines[3]))) == "/params") }
    }

    /// `data.path` is a valid RFC 6901 pointer: `~` is `~0` and `/` is `~1`, even when a combining
    /// mark follows them (one grapheme cluster with it, but two code points).
    @Test func pathsAreValidPointersWhateverFollowsTildeOrSlash() throws {
        let keys = ["~\u{301}", "/\u{301}", "a~/b", "~1", "\u{301}~"]
        let lines = keys.map { key in
            Self.bytes(#"{"jsonrpc":"2.0","id":1,"method":"leavingCare.grant","params":{"on":"2025-06-01",\#(JSONWriter.string(.string(key))):1}}"#)
        }
        let responses = try Self.responses(lines)
        let expected = ["~0\u{301}", "~1\u{301}", "a~0~1b", "~01", "\u{301}~0"]
        #expect(responses.count == keys.count)
        for (response, key) in zip(responses, expected) {
            let path = Requests.path(response) ?? ""
            #expect(Array(path.utf8) == Array(("/params/" + key).utf8), "\(path.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Self.isPointer(path))
        }
    }

    /// RFC 6901: empty, or `/`-separated tokens in which every `~` is followed by `0` or `1`.
    static func isPointer(_ path: String) -> Bool {
        let scalars = Array(path.unicodeScalars)
        guard scalars.isEmpty || scalars[0] == "/" else { return false }
        for (index, scalar) in scalars.enumerated() where scalar == "~" {
            guard index + 1 < scalars.count, scalars[index + 1] == "0" || scalars[index + 1] == "1" else { return false }
        }
        return true
    }
}
