import Entitlements

extension JSONBytes {
    /// Writes one value from fixed JSON fragments and values into room reserved at once, with no
    /// check per member, for values written many times a request (allowance lines, payments). The
    /// caller writes keys in order and counts `maxBytes` to cover everything written. A value with
    /// a value of its own inside (a payment's lines) is written in two parts, `opening` (up to that
    /// value's key) and `closing` (after it).
    mutating func fragments(maxBytes: Int, part: FragmentPart = .whole, _ write: (inout Fragments) -> Void) {
        if part != .closing { separate() }
        storage.reserve(maxBytes)
        var fragments = Fragments(cursor: storage.base + storage.count)
        write(&fragments)
        storage.count = storage.base.distance(to: fragments.cursor)
        needsComma = part != .opening
    }

    /// Writes members of an object from fixed JSON fragments (`"a":…,"b":…`, keys in order, `last`
    /// the last), as `fragments(maxBytes:part:_:)` writes a value.
    mutating func members(maxBytes: Int, last: StaticString, _ write: (inout Fragments) -> Void) {
        fragments(maxBytes: maxBytes, write)
        noteKey(last)
    }

    /// Which part of a value fragments write.
    enum FragmentPart {
        /// The whole value.
        case whole
        /// Its start, ending with a key whose value follows.
        case opening
        /// The rest, after a value written in between.
        case closing
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

        /// A string's content, escaped, without quotes (at most six bytes for each byte of `text`).
        @inline(__always)
        mutating func text(_ text: String) {
            var text = text
            text.withUTF8 { self.text(utf8: $0) }
        }

        /// Text given as UTF-8, escaped as `JSONWriter` does, without quotes (at most six bytes for
        /// each byte of `utf8`): each run that needs no escaping, found eight bytes at a time, is
        /// copied in one go.
        mutating func text(utf8: UnsafeBufferPointer<UInt8>) {
            var rest = utf8
            while let base = rest.baseAddress, !rest.isEmpty {
                let clean = JSONBytes.cleanPrefix(rest)
                JSONBytes.copy(base, to: cursor, count: clean)
                cursor += clean
                guard clean < rest.count else { return }
                let length = JSONWriter.escapedLength(rest, at: clean)
                escape(UnsafeBufferPointer(rebasing: rest[clean..<(clean + length)]))
                rest = UnsafeBufferPointer(rebasing: rest[(clean + length)...])
            }
        }

        /// Text already escaped (a `Citation`'s), copied as it is.
        @inline(__always)
        mutating func escaped(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                JSONBytes.copy(base, to: cursor, count: bytes.count)
                cursor += bytes.count
            }
        }

        /// The escape sequence of a character (one byte, or U+0085, U+2028, U+2029) that needs one.
        private mutating func escape(_ character: UnsafeBufferPointer<UInt8>) {
            let byte = character[0]
            if character.count == 1, byte == 0x22 || byte == 0x5C {
                cursor[0] = 0x5C
                cursor[1] = byte
                cursor += 2
                return
            }
            var escaped: [UInt8] = []
            JSONWriter.appendEscape(character, into: &escaped)
            cursor.update(from: escaped, count: escaped.count)
            cursor += escaped.count
        }
    }
}
