import Entitlements
@testable import EntitlementsProtocol
import TestSupport
import Testing

/// The byte writer escapes strings exactly as `JSONWriter` does, wherever in a string (and in
/// whichever eight-byte word) the characters needing escapes fall, whether the string comes as a
/// `String`, as UTF-8 bytes or as text inside a fragment (allowance lines).
@Suite struct JSONBytesTests {
    /// The string as each of `JSONBytes`'s three writers writes it (the same or all three differ from
    /// `writer`), and as `JSONWriter` does.
    static func bothWriters(_ text: String) -> (bytes: [UInt8], writer: [UInt8]) {
        var out = JSONBytes()
        out.string(text)
        var utf8 = JSONBytes()
        Array(text.utf8).withUnsafeBufferPointer { utf8.string(utf8: $0) }
        var fragment = JSONBytes()
        fragment.fragments(maxBytes: 2 + 6 * text.utf8.count) {
            $0.literal("\"")
            $0.text(text)
            $0.literal("\"")
        }
        var expected: [UInt8] = []
        JSONWriter.write(.string(text), into: &expected)
        let agreed = out.bytes == utf8.bytes && out.bytes == fragment.bytes
        return (agreed ? out.bytes : [], expected)
    }

    @Test(arguments: ["", "a", "\"", "\\", "\n", "plain text of thirty-one bytes.", "quote \" in the middle of a long enough run",
                      "ends with a quote\"", "\"starts with one", "tab\tand\u{1}control", "11–15 band é ✓", String(repeating: "x", count: 17) + "\"" + "yz"])
    func stringsAreEscapedAsJSONWriterDoes(_ text: String) {
        let (bytes, writer) = Self.bothWriters(text)
        #expect(bytes == writer, "\(text)")
    }

    @Test func anEscapeAtEveryPositionOfEveryLength() {
        for length in 1...40 {
            for position in 0..<length {
                for special in ["\"", "\\", "\n", "\u{1F}"] {
                    var characters = Array(repeating: "a", count: length)
                    characters[position] = special
                    let text = characters.joined()
                    let (bytes, writer) = Self.bothWriters(text)
                    #expect(bytes == writer, "length \(length), \(special.debugDescription) at \(position)")
                }
            }
        }
    }

    @Test func seededRandomStrings() {
        var random = SplitMix64(seed: 20261123)
        let alphabet = Array("abc \"\\\n\t–é✓\u{7F}\u{0}/".unicodeScalars)
        for _ in 0..<2_000 {
            let length = Int(random.next() % 48)
            var text = ""
            for _ in 0..<length { text.unicodeScalars.append(alphabet[Int(random.next() % UInt64(alphabet.count))]) }
            let (bytes, writer) = Self.bothWriters(text)
            #expect(bytes == writer, "\(text.debugDescription)")
        }
    }
}
