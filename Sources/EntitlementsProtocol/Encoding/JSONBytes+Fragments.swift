import Entitlements

extension JSONBytes {
    /// Writes one value from fixed JSON fragments and values into room reserved at once, with no
    /// check per member, for values written many times a request (allowance lines). The caller
    /// writes keys in order and counts `maxBytes` to cover everything written.
    mutating func fragments(maxBytes: Int, _ write: (inout Fragments) -> Void) {
        separate()
        storage.reserve(maxBytes)
        var fragments = Fragments(cursor: storage.base + storage.count)
        write(&fragments)
        storage.count = storage.base.distance(to: fragments.cursor)
    }

    /// A cursor into room reserved by `fragments(maxBytes:_:)`.
    struct Fragments {
        fileprivate var cursor: UnsafeMutablePointer<UInt8>

        /// JSON text as written: punctuation, keys and quotes.
        @inline(__always)
        mutating func literal(_ text: StaticString) {
            JSONBytes.copy(text.utf8Start, to: cursor, count: text.utf8CodeUnitCount)
            cursor += text.utf8CodeUnitCount
        }

        /// `YYYY-MM-DD` (10 bytes, no quotes).
        @inline(__always)
        mutating func date(_ date: CalendarDate) {
            date.write(to: cursor)
            cursor += 10
        }

        /// `1234.50` (at most `JSONBytes.longestMoney` bytes, no quotes).
        @inline(__always)
        mutating func money(_ amount: Money) {
            cursor += JSONBytes.putMoney(amount, at: cursor)
        }

        /// A whole number from 0 (at most 20 bytes).
        @inline(__always)
        mutating func count(_ value: Int) {
            let magnitude = UInt64(value.magnitude)
            let digits = JSONBytes.digitCount(magnitude)
            JSONBytes.putDigits(magnitude, count: digits, endingAt: cursor + digits - 1)
            cursor += digits
        }

        /// A short string's content (an id or a code), escaped, without quotes (at most six bytes for
        /// each byte of `text`).
        @inline(__always)
        mutating func text(_ text: String) {
            var text = text
            let clean = text.withUTF8 { utf8 in
                guard let base = utf8.baseAddress, JSONBytes.cleanPrefix(utf8) == utf8.count else { return false }
                JSONBytes.copy(base, to: cursor, count: utf8.count)
                cursor += utf8.count
                return true
            }
            if !clean { escaping(text) }
        }

        /// A string's content with its escapes (the rare case).
        private mutating func escaping(_ text: String) {
            var escaped: [UInt8] = []
            for byte in text.utf8 {
                if JSONWriter.needsEscape(byte) { JSONWriter.appendEscape(byte, into: &escaped) } else { escaped.append(byte) }
            }
            cursor.update(from: escaped, count: escaped.count)
            cursor += escaped.count
        }
    }
}
