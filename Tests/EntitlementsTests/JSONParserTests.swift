import TestSupport
import Testing
@testable import Entitlements

/// The error from parsing `bytes`, or nil when it parses.
private func failure(_ bytes: [UInt8], maxDepth: Int = 256) -> JSONParseError? {
    do {
        _ = try JSONParser.parse(bytes, maxDepth: maxDepth)
        return nil
    } catch {
        return error
    }
}

private func failure(_ text: String, maxDepth: Int = 256) -> JSONParseError? {
    failure(Array(text.utf8), maxDepth: maxDepth)
}

/// Parses `text` and writes it back compactly with sorted keys.
private func canonical(_ text: String) throws -> String {
    JSONWriter.string(try JSONParser.parse(text))
}

@Suite struct JSONParserTests {
    // MARK: Accepted texts

    @Test func scalars() throws {
        #expect(try JSONParser.parse("null") == .null)
        #expect(try JSONParser.parse("true") == .bool(true))
        #expect(try JSONParser.parse("false") == .bool(false))
        #expect(try JSONParser.parse("\"hi\"") == .string("hi"))
        #expect(try JSONParser.parse("0") == .number("0"))
    }

    @Test(arguments: ["12.50", "1E+2", "1e5", "-3", "-0", "0.000", "1e-7", "2.5E-0003", "0e0",
                      "123456789012345678901234567890.123456789012345678901234567890"])
    func numbersKeepTheirExactText(text: String) throws {
        #expect(try JSONParser.parse(text) == .number(text))
        #expect(try JSONParser.parse("[\(text)]") == .array([.number(text)]))
        #expect(try canonical("{\"n\": \(text) }") == "{\"n\":\(text)}")
    }

    @Test func containers() throws {
        #expect(try JSONParser.parse("[]") == .array([]))
        #expect(try JSONParser.parse("{}") == .object([]))
        #expect(try JSONParser.parse("[ ]") == .array([]))
        #expect(try JSONParser.parse("{ }") == .object([]))
        let value = try JSONParser.parse(#"{"b":[1,{"c":null}],"a":"x"}"#)
        #expect(value == .object([
            JSONMember("b", .array([.number("1"), .object([JSONMember("c", .null)])])),
            JSONMember("a", .string("x")),
        ]))
    }

    @Test func whitespaceIsSpaceTabCRLFOnly() throws {
        #expect(try JSONParser.parse(" \t\r\n[ 1 ,\t2 ]\r\n ") == .array([.number("1"), .number("2")]))
        #expect(try JSONParser.parse("\n{\n\"a\"\n:\n1\n}\n") == .object(["a": .number("1")]))
        for other in ["\u{0C}1", "1\u{0B}", "\u{A0}1", "[1,\u{2028}2]", "\u{0}1"] {
            #expect(failure(other)?.kind == .syntax, "\(Array(other.utf8))")
        }
    }

    @Test func roundTripsToCanonicalForm() throws {
        let text = #" { "b" : [ 1 , 2.50 , {"d":null,"c":true} ] , "a" : "x\/y\u00e9" , "" : [ ] } "#
        #expect(try canonical(text) == #"{"":[],"a":"x/yé","b":[1,2.50,{"c":true,"d":null}]}"#)
        let compact = #"{"a":[false,null,-1.0e+10],"b":{"c":"\"\\\n"}}"#
        #expect(try canonical(compact) == compact)
    }

    @Test func unicodeEscapes() throws {
        #expect(try JSONParser.parse(#""\u0041\u00e9\u20AC""#) == .string("Aé€"))
        #expect(try JSONParser.parse(#""\uD83D\uDE00""#) == .string("\u{1F600}"))
        #expect(try JSONParser.parse(#""\ud83d\ude00x""#) == .string("\u{1F600}x"))
        #expect(try JSONParser.parse(#""\uDBFF\uDFFF""#) == .string("\u{10FFFF}"))
        #expect(try JSONParser.parse(#""\uD800\uDC00""#) == .string("\u{10000}"))
        #expect(try JSONParser.parse(#""a\u0000b""#) == .string("a\u{0}b"))
        #expect(try JSONParser.parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{8}\u{C}\n\r\t"))
        #expect(try JSONParser.parse(#""\uFFFF""#) == .string("\u{FFFF}"))
    }

    @Test func rawUTF8InStrings() throws {
        let edges: [[UInt8]] = [
            [0x7F], [0xC2, 0x80], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80],
            [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
        ]
        for edge in edges {
            let value = try JSONParser.parse([0x22] + edge + [0x22])
            #expect(value == .string(String(decoding: edge, as: UTF8.self)))
        }
        #expect(try JSONParser.parse("\"é\\n€\u{1F600}\"") == .string("é\n€\u{1F600}"))
    }

    @Test func allThreeEntryPointsAgree() throws {
        let text = #"{"k":[1,"v"]}"#
        let bytes = Array(text.utf8)
        let fromBuffer = try bytes.withUnsafeBufferPointer { buffer throws(JSONParseError) in try JSONParser.parse(buffer) }
        #expect(try JSONParser.parse(text) == fromBuffer)
        #expect(try JSONParser.parse(bytes) == fromBuffer)
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(empty) }
    }

    @Test func megabyteString() throws {
        let plain = String(repeating: "a", count: 1 << 20)
        #expect(try JSONParser.parse("\"\(plain)\"") == .string(plain))
        let mixed = String(repeating: "é\\n€\\u00e9x", count: 1 << 17)
        let expected = String(repeating: "é\n€éx", count: 1 << 17)
        #expect(try JSONParser.parse("\"\(mixed)\"") == .string(expected))
    }

    // MARK: Rejected texts

    @Test(arguments: ["", " ", "\n\t"])
    func emptyInput(text: String) {
        let error = failure(text)
        #expect(error?.kind == .syntax)
        #expect(error?.offset == text.utf8.count)
        #expect(error?.message == "unexpected end of input at byte \(text.utf8.count); expected a value")
    }

    @Test(arguments: ["1 2", "{} x", "[]]", "null null", "\"a\"\"b\"", "1,", "0 0"])
    func trailingContent(text: String) {
        let error = failure(text)
        #expect(error?.kind == .syntax)
        #expect(error?.message.hasSuffix("expected end of input") == true)
    }

    @Test func trailingCommas() {
        #expect(failure("[1,]")?.message == "unexpected ']' at byte 3; expected a value after ','")
        #expect(failure(#"{"a":1,}"#)?.message == "unexpected '}' at byte 7; expected an object key in double quotes")
        #expect(failure("[,]")?.kind == .syntax)
        #expect(failure("[1,,2]")?.kind == .syntax)
        #expect(failure("{,}")?.kind == .syntax)
    }

    @Test func sampleMessages() {
        let error = failure(#"{"a":1, "params":}"#)
        #expect(error == JSONParseError(kind: .syntax, offset: 17, message: "unexpected '}' at byte 17; expected a value"))
        #expect(failure("[1 2]")?.message == "unexpected '2' at byte 3; expected ',' or ']'")
        #expect(failure(#"{"a" 1}"#)?.message == "unexpected '1' at byte 5; expected ':' after the object key")
        #expect(failure(#"{"a":1 "b":2}"#)?.message == "unexpected '\"' at byte 7; expected ',' or '}'")
        #expect(failure("[1")?.message == "unexpected end of input at byte 2; expected ',' or ']'")
        #expect(failure("\"abc")?.message == "unexpected end of input at byte 4; the string starting at byte 0 is not closed")
        #expect(failure("tru")?.message == "invalid literal at byte 0; expected true")
        #expect(failure("[é]")?.message == "unexpected 'é' at byte 1; expected a value")
        #expect(String(describing: failure("x")!) == "unexpected 'x' at byte 0; expected a value")
    }

    @Test(arguments: ["'a'", "{'a':1}", "['a']", #"{"a":'b'}"#])
    func singleQuotes(text: String) {
        #expect(failure(text)?.kind == .syntax)
    }

    @Test func singleQuoteMessage() {
        #expect(failure("'a'")?.message == "unexpected \"'\" at byte 0; expected a value")
    }

    @Test(arguments: ["// c\n1", "/* c */ 1", "1 // c", "[1 /* c */]", "# c\n1", "{\"a\":1 /**/}"])
    func comments(text: String) {
        #expect(failure(text)?.kind == .syntax)
    }

    @Test(arguments: ["NaN", "nan", "Infinity", "-Infinity", "+Infinity", "[NaN]", "inf", "undefined", "True", "NULL"])
    func nonJSONLiterals(text: String) {
        #expect(failure(text)?.kind == .syntax)
    }

    @Test(arguments: ["01", "-01", "00", "[01]", "00.5", "-00", "0123"])
    func leadingZeros(text: String) {
        let error = failure(text)
        #expect(error?.kind == .syntax)
        #expect(error?.message.contains("leading zero") == true)
    }

    @Test(arguments: ["1.", ".5", "+1", "-", "1e", "1e+", "1E-", "1.e5", "-.5", "0x10", "1.5.2", "1e5.5",
                      "- 1", "1_000", "[1.]", "[-]", "1ee5", "0.", "-a"])
    func malformedNumbers(text: String) {
        #expect(failure(text)?.kind == .syntax)
    }

    @Test func numberMessages() {
        #expect(failure("01")?.message == "number with a leading zero at byte 0")
        #expect(failure("1.")?.message == "unexpected end of input at byte 2; expected a digit after '.'")
        #expect(failure("1ex")?.message == "unexpected 'x' at byte 2; expected a digit in the exponent")
        #expect(failure("- 1")?.message == "unexpected a space at byte 1; expected a digit")
        #expect(failure("+1")?.message == "unexpected '+' at byte 0; expected a value")
    }

    @Test func unescapedControlCharactersInStrings() {
        for byte in UInt8(0)..<0x20 {
            let error = failure([0x22, 0x61, byte, 0x22])
            #expect(error?.kind == .syntax)
            #expect(error?.offset == 2)
        }
        #expect(failure("\"a\nb\"")?.message == "unescaped control character U+000A in a string at byte 2")
        // Also after an escape (the slow path).
        #expect(failure("\"\\n\tb\"")?.offset == 3)
        // DEL is not a control character for JSON.
        #expect(failure("\"\u{7F}\"") == nil)
    }

    @Test(arguments: [#""\x""#, #""\'""#, #""\a""#, #""\0""#, #""\U0041""#, #""\u12""#, #""\u12G4""#,
                      #""\u""#, "\"\\", "\"\\\"", #""\ ""#, #""\é""#, #""\u00""#])
    func invalidEscapes(text: String) {
        #expect(failure(text)?.kind == .syntax)
    }

    @Test func escapeMessages() {
        #expect(failure(#""ab\x""#)?.message == "invalid escape '\\' followed by 'x' in a string at byte 3")
        #expect(failure(#""\u12G4""#)?.message == "invalid \\u escape at byte 1; expected four hex digits")
    }

    @Test(arguments: [#""\uD800""#, #""\uD800x""#, #""\uD800\u0041""#, #""\uDC00""#, #""\uDBFF\uDBFF""#,
                      #""\uDFFF\uD800""#, #""\uD800\n""#, #""\uD800\""#, #""\uD800\uDC0""#, #""a\udc00b""#])
    func loneSurrogates(text: String) {
        #expect(failure(text)?.kind == .syntax)
    }

    @Test func surrogateMessages() {
        #expect(failure(#""\uD83Dx""#)?.message
            == "lone high surrogate \\uD83D at byte 1; expected a \\u low surrogate to follow")
        #expect(failure(#""ab\uDE00""#)?.message == "lone low surrogate \\uDE00 at byte 3")
    }

    @Test(arguments: [
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xF0, 0x80, 0x80, 0x80],
        [0xF0, 0x8F, 0xBF, 0xBF], // overlongs
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], // UTF-16 surrogates encoded in UTF-8
        [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8], [0xFE], [0xFF], // beyond U+10FFFF
        [0x80], [0xBF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3, 0x41], [0xE2, 0x28, 0xA1], // truncated or stray
    ] as [[UInt8]])
    func invalidUTF8(sequence: [UInt8]) {
        // Inside a string: the offset is the sequence's first byte.
        let inString = failure([0x22, 0x61] + sequence + [0x22])
        #expect(inString == JSONParseError(kind: .invalidUTF8, offset: 2, message: "invalid UTF-8 at byte 2"))
        // Truncated at the very end of the input.
        #expect(failure([0x22] + sequence)?.kind == .invalidUTF8)
        // Outside a string, where a value or a delimiter is expected.
        #expect(failure(sequence)?.kind == .invalidUTF8)
        #expect(failure([0x5B, 0x31] + sequence + [0x5D])?.kind == .invalidUTF8)
        // In an object key.
        #expect(failure([0x7B, 0x22] + sequence + [0x22, 0x3A, 0x31, 0x7D])?.offset == 2)
        // After an escape (slow path).
        #expect(failure([0x22, 0x5C, 0x6E] + sequence + [0x22])?.kind == .invalidUTF8)
    }

    @Test func byteOrderMarkIsRejected() {
        let error = failure([0xEF, 0xBB, 0xBF, 0x31])
        #expect(error?.kind == .syntax)
        #expect(error?.offset == 0)
        #expect(error?.message == "unexpected byte-order mark at byte 0; a JSON text must not start with one")
        #expect(failure([0xEF, 0xBB, 0xBF])?.offset == 0)
        #expect(failure("\u{FEFF}{}")?.kind == .syntax)
        // Inside a string it is just a character.
        #expect(failure("\"\u{FEFF}\"") == nil)
    }

    // MARK: Duplicate keys

    @Test func duplicateKeys() {
        #expect(failure(#"{"a":1,"a":2}"#)
            == JSONParseError(kind: .duplicateKey, offset: 7, message: #"duplicate key "a" in the top-level object"#))
        let nested = failure(#"{"params":{"from":"2025-04-01","from":"2025-05-01"}}"#)
        #expect(nested?.kind == .duplicateKey)
        #expect(nested?.message == #"duplicate key "from" in the object at /params"#)
        #expect(nested?.offset == 31)
        let pointer = failure(#"{"a/b":[0,{"m~n":[{"k":1,"k":2}]}]}"#)
        #expect(pointer?.message == #"duplicate key "k" in the object at /a~1b/1/m~0n/0"#)
        // Keys are compared after unescaping, and shown escaped.
        #expect(failure(#"{"a":1,"\u0061":2}"#)?.kind == .duplicateKey)
        #expect(failure(#"{"q\"":1,"q\u0022":2}"#)?.message == #"duplicate key "q\"" in the top-level object"#)
        // An empty key can be duplicated too.
        #expect(failure(#"{"":1,"":2}"#)?.kind == .duplicateKey)
    }

    @Test func duplicateKeysInLargeObjects() {
        let members = (0..<40).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        #expect(failure("{\(members)}") == nil)
        #expect(failure("{\(members),\"k3\":0}")?.kind == .duplicateKey)
        #expect(failure("{\(members),\"k39\":0}")?.kind == .duplicateKey)
        #expect(failure("{\(members),\"k40\":0,\"k40\":1}")?.kind == .duplicateKey)
    }

    @Test func sameKeyInDifferentObjectsIsFine() throws {
        #expect(try canonical(#"{"a":{"a":1},"b":[{"a":1},{"a":2}]}"#) == #"{"a":{"a":1},"b":[{"a":1},{"a":2}]}"#)
    }

    /// RFC 8259 compares keys by code points: "é" (U+00E9) and "e" + U+0301 are two keys, though
    /// Swift's `==` calls them equal, and `subscript(key:)` tells them apart.
    @Test func keysEqualOnlyAfterNormalisationAreDistinct() throws {
        for text in ["{\"\u{E9}\":1,\"e\u{301}\":2}", #"{"\u00e9":1,"e\u0301":2}"#] {
            let value = try JSONParser.parse(text)
            guard case .object(let members) = value else {
                Issue.record("not an object: \(value)")
                continue
            }
            #expect(members.count == 2)
            #expect(value["\u{E9}"] == .number("1"))
            #expect(value["e\u{301}"] == .number("2"))
        }
        // Many members (checked with a set): still by code points.
        let members = (0..<20).map { #""k\#($0)":0"# }.joined(separator: ",")
        #expect(failure("{\(members),\"\u{E9}\":1,\"e\u{301}\":2}") == nil)
        #expect(failure("{\(members),\"\u{E9}\":1,\"\u{E9}\":2}")?.kind == .duplicateKey)
    }

    /// A duplicate key is reported once the whole text is read: a text that is also not JSON is a
    /// syntax error, whichever fault comes first.
    @Test func aSyntaxErrorOutranksAnEarlierDuplicateKey() {
        #expect(failure(#"{"a":1,"a":2"#)?.kind == .syntax)
        #expect(failure(#"{"a":1,"a":2}x"#)?.kind == .syntax)
        #expect(failure(#"{"a":1,"a":2}"#)?.kind == .duplicateKey)
        #expect(failure(#"{"a":{"b":1,"b":2},"c":[1,]}"#)?.kind == .syntax)
    }

    /// Nesting too deep is reported only when the rest of the text is JSON: otherwise the syntax
    /// error is, wherever it is.
    @Test func aSyntaxErrorOutranksNestingTooDeep() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(failure(deep)?.kind == .tooDeep)
        #expect(failure(#"{"a":"# + deep + #","b":{"c":[1,{"d":null}]}}"#)?.kind == .tooDeep)
        #expect(failure(deep + "x")?.kind == .syntax)
        #expect(failure(#"{"a":"# + deep + #","b":}"#)?.kind == .syntax)
        #expect(failure(String(repeating: #"{"a":"#, count: 1_000))?.kind == .syntax)
        #expect(failure(String(repeating: "[", count: 300) + String(repeating: "]", count: 299))?.kind == .syntax)
        #expect(failure(Array((String(repeating: "[", count: 300) + "\"").utf8) + [0xFF, 0x22] + Array(String(repeating: "]", count: 300).utf8))?.kind == .invalidUTF8)
    }

    /// A duplicate key's message quotes the key clipped to 40 Unicode scalars.
    @Test func aDuplicateKeyIsQuotedClipped() throws {
        let key = "a" + String(repeating: "\u{301}", count: 100_000)
        let message = failure("{\"\(key)\":1,\"\(key)\":2}")?.message ?? ""
        #expect(message.utf8.count < 200, "\(message.utf8.count) bytes")
        #expect(message.hasPrefix("duplicate key \"a" + String(repeating: "\u{301}", count: 39) + "…\""))
    }

    // MARK: Depth

    @Test func depthLimit() throws {
        let ok = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(failure(ok) == nil)
        let deep = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
        #expect(failure(deep)
            == JSONParseError(kind: .tooDeep, offset: 256, message: "nesting deeper than 256 levels at byte 256"))
        let objects = String(repeating: #"{"a":"#, count: 4) + "1" + String(repeating: "}", count: 4)
        #expect(failure(objects, maxDepth: 4) == nil)
        #expect(failure(objects, maxDepth: 3)?.kind == .tooDeep)
        #expect(failure(objects, maxDepth: 3)?.offset == 15)
        #expect(failure("1", maxDepth: 0) == nil)
        #expect(failure("[]", maxDepth: 0)?.kind == .tooDeep)
        #expect(failure("[[],[],{}]", maxDepth: 2) == nil)
    }

    /// The rest of a text nested too deep is checked for a syntax error in linear time, without a
    /// depth limit or recursion.
    @Test func deepNestingFailsFast() {
        let clock = ContinuousClock()
        let arrays = [UInt8](repeating: 0x5B, count: 200_000) + [UInt8](repeating: 0x5D, count: 200_000)
        var error: JSONParseError?
        let elapsed = clock.measure { error = failure(arrays) }
        #expect(error?.kind == .tooDeep)
        #expect(error?.offset == 256)
        #expect(elapsed < .seconds(1))

        let objects = Array((String(repeating: #"{"a":"#, count: 200_000) + "1" + String(repeating: "}", count: 200_000)).utf8)
        #expect(failure(objects)?.kind == .tooDeep)
        // Left unclosed, both end before their text does: a syntax error.
        #expect(failure([UInt8](repeating: 0x5B, count: 200_000))?.kind == .syntax)
        #expect(failure(Array(String(repeating: #"{"a":"#, count: 200_000).utf8))?.kind == .syntax)
    }

    @Test func deepNestingWithAHighLimitDoesNotRecurse() {
        // With the limit lifted the parser still uses no call-stack recursion: it reads to the end and fails there.
        let arrays = [UInt8](repeating: 0x5B, count: 200_000)
        let error = failure(arrays, maxDepth: 1_000_000)
        #expect(error?.kind == .syntax)
        #expect(error?.offset == 200_000)
    }

    // MARK: Conveniences

    @Test func valueConveniences() throws {
        let value = try JSONParser.parse(#"{"a":1,"b":[true],"c":null}"#)
        #expect(value["a"] == .number("1"))
        #expect(value["c"] == .null)
        #expect(value["z"] == nil)
        #expect(JSONValue.array([])["a"] == nil)
        #expect(value["b"]?.typeName == "array")
        #expect([JSONValue.null, .bool(true), .number("1"), .string(""), .array([]), .object([])].map(\.typeName)
            == ["null", "boolean", "number", "string", "array", "object"])
        #expect(JSONValue.object(["a": .number("1"), "b": .array([.bool(true)]), "c": .null]) == value)
    }

    // MARK: Fuzz

    @Test func fuzzNeverCrashes() {
        let seeds = [
            #"{"jsonrpc":"2.0","id":1,"method":"kinship.allowance","params":{"from":"2025-04-01","amount":"12.50"}}"#,
            #"[1,-2.5e+3,true,false,null,"a\"b\\c\u00e9\uD83D\uDE00",{"":[]},[[[]]]]"#,
            "{\"é\":\"€\",\"k\":[0,0.1,1E9]}",
            #"  "\/\b\f\n\r\t"  "#,
        ].map { Array($0.utf8) }
        let alphabet = Array(#"{}[],:"\/-+.0123456789eEtrufalsn u \#t"#.utf8) + [0x0A, 0x00, 0x7F, 0xC3, 0xA9, 0xED, 0xA0, 0xF4, 0xFF]
        var random = SplitMix64(seed: 0x5EED)
        var parsed = 0
        for round in 0..<20_000 {
            var bytes: [UInt8]
            switch round % 4 {
            case 0:
                bytes = (0..<random.below(48)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            case 1:
                bytes = (0..<random.below(48)).map { _ in alphabet[random.below(alphabet.count)] }
            default:
                bytes = seeds[random.below(seeds.count)]
                for _ in 0...random.below(4) where !bytes.isEmpty {
                    let at = random.below(bytes.count)
                    switch random.below(5) {
                    case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
                    case 1: bytes.insert(alphabet[random.below(alphabet.count)], at: at)
                    case 2: bytes.remove(at: at)
                    case 3: bytes.removeSubrange(at...)
                    default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + random.below(8))], at: at)
                    }
                }
            }
            let isUTF8 = String(validating: bytes, as: UTF8.self) != nil
            do {
                let value = try JSONParser.parse(bytes, maxDepth: 1 + random.below(8))
                parsed += 1
                #expect(isUTF8)
                let written = JSONWriter.string(value)
                let reread = try JSONParser.parse(written)
                #expect(JSONWriter.string(reread) == written)
            } catch {
                #expect(error.offset >= 0 && error.offset <= bytes.count)
                #expect(!error.message.isEmpty)
                if isUTF8 { #expect(error.kind != .invalidUTF8) }
            }
        }
        #expect(parsed > 100)
    }
}
