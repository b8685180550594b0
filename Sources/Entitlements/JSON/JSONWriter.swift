/// Writes JSON compactly with object keys in sorted order, so that equal values give equal bytes.
///
/// Keys are ordered by their UTF-8 bytes. Strings are escaped minimally: `"` and `\`, the short
/// escapes `\n \r \t \b \f`, other control characters as `\u00xx`, and the three characters that
/// line-splitting readers take for line ends, U+0085, U+2028 and U+2029, as `\u0085`, `\u2028` and
/// `\u2029`; everything else, including '/' and other non-ASCII text, is written as UTF-8 as-is.
/// Numbers are written as their exact text.
///
/// The writer itself is `package`; the enum and its byte-level escape tests stay `public`, because
/// this compiler inlines `@inlinable` code into the fast path of another module only when it is
/// public (as `package` the fast path cost 4 % more instructions a request, measured).
public enum JSONWriter {
    /// Appends the compact, key-sorted JSON text of `value` to `buffer`.
    package static func write(_ value: JSONValue, into buffer: inout [UInt8]) {
        switch value {
        case .null:
            appendASCII("null", into: &buffer)
        case .bool(let flag):
            appendASCII(flag ? "true" : "false", into: &buffer)
        case .number(let text):
            buffer.append(contentsOf: text.utf8)
        case .string(let text):
            appendString(text, into: &buffer)
        case .array(let elements):
            buffer.append(0x5B)
            for (index, element) in elements.enumerated() {
                if index > 0 { buffer.append(0x2C) }
                write(element, into: &buffer)
            }
            buffer.append(0x5D)
        case .object(let members):
            if isSorted(members) {
                writeMembers(members, into: &buffer)
            } else {
                writeMembers(members.sorted { precedes($0.key, $1.key) }, into: &buffer)
            }
        }
    }

    /// The compact, key-sorted JSON text of `value`.
    package static func string(_ value: JSONValue) -> String {
        var buffer: [UInt8] = []
        write(value, into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Appends `text` as a quoted, minimally escaped JSON string.
    package static func appendString(_ text: String, into buffer: inout [UInt8]) {
        buffer.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var run = 0
            var index = 0
            // Eight bytes at a time while none of them may need escaping, then byte by byte.
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if !mayNeedEscape(word) || !flaggedWordNeedsEscape(word) {
                        index += 8
                        continue
                    }
                }
                let stop = min(index + 8, bytes.count)
                while index < stop {
                    let length = escapedLength(bytes, at: index)
                    if length == 0 {
                        index += 1
                        continue
                    }
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                    appendEscape(UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]), into: &buffer)
                    index += length
                    run = index
                }
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        buffer.append(0x22)
    }

    /// Whether an ASCII byte must be escaped in a JSON string.
    @inlinable @inline(__always)
    public static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C
    }

    /// How many bytes at `index` of `bytes` one escape replaces: 1 for an ASCII byte that needs
    /// one, 2 for U+0085, 3 for U+2028 or U+2029, and 0 when the byte is written as it is.
    @inlinable @inline(__always)
    public static func escapedLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return needsEscape(byte) ? 1 : 0 }
        if byte == 0xC2 { return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0 }
        if byte == 0xE2 {
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] & 0xFE == 0xA8 ? 3 : 0
        }
        return 0
    }

    /// False only when none of the eight bytes of `word` needs escaping (true may be a false alarm:
    /// every non-ASCII byte raises it, for U+0085, U+2028 and U+2029).
    @inlinable @inline(__always)
    public static func mayNeedEscape(_ word: UInt64) -> Bool {
        escapeBits(word) != 0
    }

    /// Zero only when none of the eight bytes of `word` may need escaping (a control character, a
    /// quote, a backslash, or a non-ASCII byte, which may start U+0085, U+2028 or U+2029), computed
    /// without branches; the lowest flagged byte is exact.
    @inlinable @inline(__always)
    public static func escapeBits(_ word: UInt64) -> UInt64 {
        asciiEscapeBits(word) | word & (ones &* 0x80)
    }

    /// The high bit of each byte of `word` that is a control character, a quote or a backslash
    /// (exact for the lowest such byte).
    @inlinable @inline(__always)
    public static func asciiEscapeBits(_ word: UInt64) -> UInt64 {
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let below0x20 = (word &- ones &* 0x20) & ~word
        return (below0x20 | (quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes) & (ones &* 0x80)
    }

    /// Zero only when no byte of `word` starts U+0085 (C2 85) or U+2028/U+2029 (E2 80 A8/A9),
    /// counting a C2 or E2 whose sequence runs on into the next word; a false alarm is possible.
    @inlinable @inline(__always)
    public static func separatorBits(_ word: UInt64) -> UInt64 {
        let c2 = equalBits(word, 0xC2), e2 = equalBits(word, 0xE2)
        let next85 = equalBits(word, 0x85) >> 8, next80 = equalBits(word, 0x80) >> 8
        let thirdA8 = equalBits(word | ones, 0xA9) >> 16
        let high: UInt64 = 0x80
        return c2 & next85 | e2 & next80 & thirdA8 | (c2 | e2) & (high << 56) | e2 & (high << 48)
    }

    /// The high bit of each byte of `word` equal to `byte` (exact for the lowest; a byte above a
    /// match may be flagged too).
    @inlinable @inline(__always)
    static func equalBits(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & (ones &* 0x80)
    }

    /// Whether the eight bytes of `word`, flagged by `escapeBits`, truly may need escaping: false
    /// when they only hold non-ASCII text other than the three separators.
    @inlinable @inline(__always)
    public static func flaggedWordNeedsEscape(_ word: UInt64) -> Bool {
        asciiEscapeBits(word) | separatorBits(word) != 0
    }

    /// A one in every byte.
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Appends the escape sequence for the bytes of one character that needs it (as measured by
    /// `escapedLength`).
    package static func appendEscape(_ character: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt8]) {
        switch character.count {
        case 2: buffer.append(contentsOf: Array(#"\u0085"#.utf8))
        case 3: buffer.append(contentsOf: character[2] == 0xA8 ? Array(#"\u2028"#.utf8) : Array(#"\u2029"#.utf8))
        default: appendEscape(character[0], into: &buffer)
        }
    }

    /// Appends the escape sequence for one ASCII byte that needs it.
    package static func appendEscape(_ byte: UInt8, into buffer: inout [UInt8]) {
        buffer.append(0x5C)
        switch byte {
        case 0x22, 0x5C: buffer.append(byte)
        case 0x0A: buffer.append(0x6E) // n
        case 0x0D: buffer.append(0x72) // r
        case 0x09: buffer.append(0x74) // t
        case 0x08: buffer.append(0x62) // b
        case 0x0C: buffer.append(0x66) // f
        default:
            buffer.append(contentsOf: [0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0x0F)]) // u00xx
        }
    }

    private static func writeMembers(_ members: [JSONMember], into buffer: inout [UInt8]) {
        buffer.append(0x7B)
        for (index, member) in members.enumerated() {
            if index > 0 { buffer.append(0x2C) }
            appendString(member.key, into: &buffer)
            buffer.append(0x3A)
            write(member.value, into: &buffer)
        }
        buffer.append(0x7D)
    }

    private static func isSorted(_ members: [JSONMember]) -> Bool {
        var index = 1
        while index < members.count {
            if precedes(members[index].key, members[index - 1].key) { return false }
            index += 1
        }
        return true
    }

    /// Whether `a` sorts before `b` by UTF-8 bytes.
    static func precedes(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { left in
            b.utf8.withContiguousStorageIfAvailable { right in
                let shared = min(left.count, right.count)
                for index in 0..<shared where left[index] != right[index] {
                    return left[index] < right[index]
                }
                return left.count < right.count
            }
        }
        if let fast, let result = fast { return result }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
    }

    private static func appendASCII(_ text: StaticString, into buffer: inout [UInt8]) {
        text.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }
}
