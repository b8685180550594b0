import Entitlements
@testable import EntitlementsProtocol
import Testing

/// Two rules of PROTOCOL.md checked below the server: every writer escapes U+0085, U+2028 and
/// U+2029 wherever they fall, and the fast path and the general path agree on which keys are the
/// same (by code points).
@Suite struct LineSeparatorAndKeyTests {
    static let handler: RequestHandler? = {
        guard case .success(let book) = RuleBook.builtIn else { return nil }
        return RequestHandler(dispatcher: Dispatcher(ruleBook: book))
    }()

    /// Each separator at every position of strings of every length up to 40 (so on both sides of
    /// every eight- and sixteen-byte word boundary), beside other non-ASCII text: all writers agree
    /// and none writes it raw.
    @Test func separatorsAreEscapedAtEveryPosition() {
        let separators: [(String, String)] = [("\u{2028}", #"\u2028"#), ("\u{2029}", #"\u2029"#), ("\u{85}", #"\u0085"#)]
        for length in 1...40 {
            for position in 0..<length {
                for (separator, escape) in separators {
                    var characters = Array(repeating: "a", count: length)
                    characters[position] = separator
                    if position > 0 { characters[position - 1] = "£" }
                    let text = characters.joined()
                    let (bytes, writer) = JSONBytesTests.bothWriters(text)
                    #expect(bytes == writer, "\(length) \(position)")
                    let written = String(decoding: writer, as: UTF8.self)
                    #expect(!written.unicodeScalars.contains { $0.value == 0x2028 || $0.value == 0x2029 || $0.value == 0x85 })
                    #expect(written.contains(escape))
                    #expect((try? JSONParser.parse(writer)) == .string(text), "reads back as written")
                }
            }
        }
    }

    /// Bytes that only look like the start of a separator (E2 80 93, an en dash; C2 A3, a pound
    /// sign; E2 80 at the end) are written as they are.
    @Test func lookAlikesAreWrittenAsTheyAre() {
        for text in ["11–15", "£191.00", "a\u{2027}b\u{202A}c", String(repeating: "–", count: 9)] {
            let (bytes, writer) = JSONBytesTests.bothWriters(text)
            #expect(bytes == writer)
            #expect(writer == [0x22] + Array(text.utf8) + [0x22])
        }
    }

    /// The fast path reads only plain ASCII keys, compared byte for byte, so it agrees with the
    /// general parser's code points: a repeated key leaves the line to the general path (which
    /// answers -32600 with the id), and keys that are equal only after normalisation are two keys.
    @Test func bothPathsCompareKeysByCodePoints() throws {
        let handler = try #require(Self.handler)
        let lines = [
            (#"{"jsonrpc":"2.0","id":4,"method":"leavingCare.grant","params":{"on":"2025-06-01","on":"2025-06-01"}}"#, -32600, nil),
            (#"{"jsonrpc":"2.0","id":4,"method":"leavingCare.grant","params":{"on":"2025-06-01","\u00e9":1,"e\u0301":2}}"#, -32602, "/params/\u{E9}"),
            ("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"leavingCare.grant\",\"params\":{\"on\":\"2025-06-01\",\"\u{E9}\":1,\"e\u{301}\":2}}", -32602, "/params/\u{E9}"),
        ]
        for (line, code, path) in lines {
            let bytes = Array(line.utf8)
            let (fast, general) = bytes.withUnsafeBufferPointer { buffer in
                (FastPath.respond(buffer, dispatcher: handler.dispatcher), handler.generalLine(buffer))
            }
            #expect(fast == nil, "the fast path declines \(line)")
            let response = try JSONParser.parse(try #require(general))
            #expect(response["id"] == .number("4"))
            #expect(response["error"]?["code"] == .number(String(code)))
            if let path, case .string(let found)? = response["error"]?["data"]?["path"] {
                #expect(Array(found.utf8) == Array(path.utf8))
            }
        }
    }
}
