import Testing
@testable import Entitlements

@Suite struct JSONWriterTests {
    @Test func scalars() {
        #expect(JSONWriter.string(.null) == "null")
        #expect(JSONWriter.string(.bool(true)) == "true")
        #expect(JSONWriter.string(.bool(false)) == "false")
        #expect(JSONWriter.string(.number("12.50")) == "12.50")
        #expect(JSONWriter.string(.number("1E+2")) == "1E+2")
        #expect(JSONWriter.string(.string("")) == "\"\"")
    }

    @Test func compactContainers() {
        #expect(JSONWriter.string(.array([])) == "[]")
        #expect(JSONWriter.string(.object([])) == "{}")
        let value: JSONValue = .array([.number("1"), .array([.null]), .object(["a": .bool(true)])])
        #expect(JSONWriter.string(value) == "[1,[null],{\"a\":true}]")
    }

    @Test func keysAreSortedByUTF8Bytes() {
        let value = JSONValue.object(["b": .number("2"), "a": .number("1"), "B": .null, "é": .null, "aa": .null, "": .null])
        #expect(JSONWriter.string(value) == #"{"":null,"B":null,"a":1,"aa":null,"b":2,"é":null}"#)
        // U+FB01 (3 UTF-8 bytes) sorts before U+1F600 (4 bytes, UTF-16 surrogates would put it first).
        let astral = JSONValue.object(["\u{1F600}": .null, "\u{FB01}": .null])
        #expect(JSONWriter.string(astral) == "{\"\u{FB01}\":null,\"\u{1F600}\":null}")
        // Nested objects are sorted too.
        let nested = JSONValue.object(["z": .object(["y": .null, "x": .null])])
        #expect(JSONWriter.string(nested) == #"{"z":{"x":null,"y":null}}"#)
    }

    @Test func sortingIsByBytesNotCanonicalEquivalence() {
        // "é" precomposed (C3 A9) and decomposed ("e" + U+0301) are equal Swift Strings but differ in bytes.
        let value = JSONValue.object(["\u{E9}": .number("1"), "e\u{301}": .number("2")])
        #expect(JSONWriter.string(value) == "{\"e\u{301}\":2,\"\u{E9}\":1}")
    }

    @Test func equalValuesGiveEqualBytes() {
        let a = JSONValue.object(["x": .number("1"), "y": .array([.string("s")])])
        let b = JSONValue.object(["y": .array([.string("s")]), "x": .number("1")])
        var left: [UInt8] = [], right: [UInt8] = []
        JSONWriter.write(a, into: &left)
        JSONWriter.write(b, into: &right)
        #expect(left == right)
    }

    @Test func writeAppendsToExistingBuffer() {
        var buffer: [UInt8] = Array("x=".utf8)
        JSONWriter.write(.array([.number("1")]), into: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "x=[1]")
    }

    @Test func stringsAreEscapedMinimally() {
        let text = "q\" b\\ n\n r\r t\t b\u{8} f\u{C} nul\u{0} us\u{1F} del\u{7F} / é \u{1F600}"
        let expected = #""q\" b\\ n\n r\r t\t b\b f\f nul\u0000 us\u001f del"# + "\u{7F} / é \u{1F600}\""
        #expect(JSONWriter.string(.string(text)) == expected)
        #expect(JSONWriter.string(.string("\u{1B}")) == #""\u001b""#)
        #expect(JSONWriter.string(.object(["a\"b": .null])) == #"{"a\"b":null}"#)
    }

    @Test func escapedStringsParseBack() throws {
        var all = ""
        for scalar in 0..<0x80 { all.unicodeScalars.append(Unicode.Scalar(UInt8(scalar))) }
        all += "é€\u{1F600}"
        let written = JSONWriter.string(.string(all))
        #expect(try JSONParser.parse(written) == .string(all))
    }
}
