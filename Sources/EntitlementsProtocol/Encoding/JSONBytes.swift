import Entitlements

/// Compact JSON written straight to bytes, member by member. Callers write object keys in sorted
/// (UTF-8 byte) order, so the output is the same as `JSONWriter`'s for the same value; debug builds
/// check the order.
struct JSONBytes {
    /// The text so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: storage.count)) }
    /// The growable buffer (a class, so appends are plain stores).
    private let storage: Storage
    /// Whether the next value or key needs a comma before it.
    private var needsComma = false
    #if DEBUG
    /// The last key written at each open object, to check the order.
    private var keys: [[UInt8]?] = []
    #endif

    /// A byte buffer that grows by doubling.
    final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 64)
            base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        /// Makes room for `extra` more bytes.
        @inline(__always)
        func reserve(_ extra: Int) {
            if count + extra > capacity { grow(count + extra) }
        }

        private func grow(_ needed: Int) {
            var newCapacity = capacity * 2
            while newCapacity < needed { newCapacity *= 2 }
            let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            newBase.update(from: base, count: count)
            base.deallocate()
            base = newBase
            capacity = newCapacity
        }

        @inline(__always)
        func append(_ byte: UInt8) {
            reserve(1)
            base[count] = byte
            count += 1
        }

        @inline(__always)
        func append(_ source: UnsafePointer<UInt8>, _ length: Int) {
            reserve(length)
            JSONBytes.copy(source, to: base + count, count: length)
            count += length
        }
    }

    /// Copies bytes that do not overlap; up to 32 with a few word moves instead of a call to
    /// `memmove` (keys, punctuation and short values are most of what is written).
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(target)
        switch count {
        case 16...32:
            let first = from.loadUnaligned(as: UInt64.self), second = from.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            let third = from.loadUnaligned(fromByteOffset: count - 16, as: UInt64.self)
            let last = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            to.storeBytes(of: first, as: UInt64.self)
            to.storeBytes(of: second, toByteOffset: 8, as: UInt64.self)
            to.storeBytes(of: third, toByteOffset: count - 16, as: UInt64.self)
            to.storeBytes(of: last, toByteOffset: count - 8, as: UInt64.self)
        case 8..<16:
            let first = from.loadUnaligned(as: UInt64.self), last = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            to.storeBytes(of: first, as: UInt64.self)
            to.storeBytes(of: last, toByteOffset: count - 8, as: UInt64.self)
        case 4..<8:
            let first = from.loadUnaligned(as: UInt32.self), last = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            to.storeBytes(of: first, as: UInt32.self)
            to.storeBytes(of: last, toByteOffset: count - 4, as: UInt32.self)
        case 1..<4:
            for index in 0..<count { target[index] = source[index] }
        case 0:
            return
        default:
            target.update(from: source, count: count)
        }
    }

    /// An empty buffer with room for a typical response.
    init(capacity: Int = 2048) {
        storage = Storage(capacity: capacity)
    }

    /// Writes after whatever `storage` already holds (a batch's responses, one after another).
    init(appendingTo storage: Storage) {
        self.storage = storage
    }

    /// Opens an object (as a value).
    mutating func openObject() {
        separate()
        storage.append(0x7B)
        needsComma = false
        #if DEBUG
        keys.append(nil)
        #endif
    }

    /// Closes the innermost object.
    mutating func closeObject() {
        storage.append(0x7D)
        needsComma = true
        #if DEBUG
        keys.removeLast()
        #endif
    }

    /// Opens an array (as a value).
    mutating func openArray() {
        separate()
        storage.append(0x5B)
        needsComma = false
    }

    /// Closes the innermost array.
    mutating func closeArray() {
        storage.append(0x5D)
        needsComma = true
    }

    /// Writes a member's key; its value must follow.
    mutating func key(_ key: StaticString) {
        #if DEBUG
        let utf8 = key.withUTF8Buffer { Array($0) }
        if let last = keys.last, let previous = last {
            assert(previous.lexicographicallyPrecedes(utf8), "key \(key) written out of order")
        }
        if !keys.isEmpty { keys[keys.count - 1] = utf8 }
        #endif
        let length = key.utf8CodeUnitCount
        storage.reserve(length + 4)
        var cursor = storage.base + storage.count
        if needsComma {
            cursor.pointee = 0x2C
            cursor += 1
        }
        cursor.pointee = 0x22
        Self.copy(key.utf8Start, to: cursor + 1, count: length)
        cursor[length + 1] = 0x22
        cursor[length + 2] = 0x3A
        storage.count = cursor + length + 3 - storage.base
        needsComma = false
    }

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
            JSONBytes.putDate(date, at: cursor)
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
            let start = cursor
            for byte in text.utf8 {
                guard !JSONWriter.needsEscape(byte) else {
                    cursor = start
                    escaping(text)
                    return
                }
                cursor.pointee = byte
                cursor += 1
            }
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

    /// Writes a string value.
    mutating func string(_ text: String) {
        separate()
        var text = text
        text.withUTF8 { appendEscaped($0) }
    }

    /// Appends UTF-8 text as a quoted JSON string, escaped as `JSONWriter` does: each run that
    /// needs no escaping (found eight bytes at a time) is copied in one go.
    private func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        storage.append(0x22)
        var rest = text
        while let base = rest.baseAddress, !rest.isEmpty {
            let clean = Self.cleanPrefix(rest)
            storage.append(base, clean)
            guard clean < rest.count else { break }
            var escaped: [UInt8] = []
            JSONWriter.appendEscape(base[clean], into: &escaped)
            escaped.withUnsafeBufferPointer { if let start = $0.baseAddress { storage.append(start, $0.count) } }
            rest = UnsafeBufferPointer(rebasing: rest[(clean + 1)...])
        }
        storage.append(0x22)
    }

    /// The length of the longest prefix of `text` that needs no escaping, found eight bytes at a time.
    @inline(__always)
    static func cleanPrefix(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = text.baseAddress else { return 0 }
        var index = 0
        while index + 16 <= text.count, isClean(UnsafeRawPointer(base + index)) { index += 16 }
        while index + 8 <= text.count,
              !JSONWriter.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
            index += 8
        }
        while index < text.count, !JSONWriter.needsEscape(base[index]) { index += 1 }
        return index
    }

    /// Whether the 16 bytes at `bytes` need no escaping (no control character, quote or backslash).
    @inline(__always)
    private static func isClean(_ bytes: UnsafeRawPointer) -> Bool {
        let first = bytes.loadUnaligned(as: UInt64.self)
        let second = bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        return JSONWriter.escapeBits(first) | JSONWriter.escapeBits(second) == 0
    }

    /// Appends a literal's bytes.
    @inline(__always)
    private func appendLiteral(_ text: StaticString) {
        storage.append(text.utf8Start, text.utf8CodeUnitCount)
    }

    /// Writes a date as `"YYYY-MM-DD"`.
    mutating func date(_ date: CalendarDate) {
        separate()
        storage.reserve(12)
        let cursor = storage.base + storage.count
        cursor[0] = 0x22
        Self.putDate(date, at: cursor + 1)
        cursor[11] = 0x22
        storage.count += 12
    }

    /// Stores a date as the ten bytes `YYYY-MM-DD` (years are 1 to 9999).
    @inline(__always)
    static func putDate(_ date: CalendarDate, at cursor: UnsafeMutablePointer<UInt8>) {
        putPair(date.year / 100, at: cursor)
        putPair(date.year % 100, at: cursor + 2)
        cursor[4] = 0x2D
        putPair(date.month, at: cursor + 5)
        cursor[7] = 0x2D
        putPair(date.day, at: cursor + 8)
    }

    /// Stores a number from 0 to 99 as two digits.
    @inline(__always)
    static func putPair(_ value: Int, at cursor: UnsafeMutablePointer<UInt8>) {
        let pair = UInt8(truncatingIfNeeded: value)
        cursor[0] = 0x30 &+ pair / 10
        cursor[1] = 0x30 &+ pair % 10
    }

    /// Writes a date, or null.
    mutating func date(_ date: CalendarDate?) {
        if let date { self.date(date) } else { null() }
    }

    /// Writes money as `"1234.50"`.
    mutating func money(_ amount: Money) {
        separate()
        storage.reserve(Self.longestMoney + 2)
        let cursor = storage.base + storage.count
        cursor[0] = 0x22
        let length = Self.putMoney(amount, at: cursor + 1)
        cursor[length + 1] = 0x22
        storage.count += length + 2
    }

    /// The most bytes `putMoney` writes: a sign, 17 digits of pounds, a point and two of pence.
    static let longestMoney = 21

    /// Stores money as `1234.50` (unquoted); returns the number of bytes.
    @inline(__always)
    static func putMoney(_ amount: Money, at cursor: UnsafeMutablePointer<UInt8>) -> Int {
        let magnitude = amount.pence.magnitude
        let pounds = magnitude / 100
        let digits = digitCount(pounds)
        let sign = amount.pence < 0 ? 1 : 0
        if sign == 1 { cursor[0] = 0x2D }
        putDigits(pounds, count: digits, endingAt: cursor + sign + digits - 1)
        cursor[sign + digits] = 0x2E
        putPair(Int(magnitude % 100), at: cursor + sign + digits + 1)
        return sign + digits + 3
    }

    /// Writes a whole number.
    mutating func integer(_ value: Int) {
        separate()
        if value < 0 { storage.append(0x2D) }
        appendUnsigned(UInt64(value.magnitude))
    }

    /// Writes true or false.
    mutating func bool(_ flag: Bool) {
        separate()
        if flag {
            appendLiteral("true")
        } else {
            appendLiteral("false")
        }
    }

    /// Writes null.
    mutating func null() {
        separate()
        appendLiteral("null")
    }

    /// Writes a value already encoded as compact, key-sorted JSON.
    mutating func raw(_ encoded: [UInt8]) {
        separate()
        encoded.withUnsafeBufferPointer { rawBytes($0) }
    }

    /// Appends literal JSON text (an envelope's fixed parts), outside the value structure.
    mutating func rawPrefix(_ text: StaticString) {
        appendLiteral(text)
        needsComma = false
    }

    /// Appends bytes already valid as a JSON value (an id as written), outside the value structure.
    mutating func rawBytes(_ encoded: UnsafeBufferPointer<UInt8>) {
        if let base = encoded.baseAddress { storage.append(base, encoded.count) }
    }

    /// Writes a `JSONValue` (for the rare values not written field by field).
    mutating func value(_ value: JSONValue) {
        separate()
        var encoded: [UInt8] = []
        JSONWriter.write(value, into: &encoded)
        encoded.withUnsafeBufferPointer { rawBytes($0) }
    }

    /// A comma before a value that follows another in an array.
    private mutating func separate() {
        if needsComma { storage.append(0x2C) }
        needsComma = true
    }

    private mutating func appendUnsigned(_ value: UInt64) {
        let digits = Self.digitCount(value)
        storage.reserve(digits)
        Self.putDigits(value, count: digits, endingAt: storage.base + storage.count + digits - 1)
        storage.count += digits
    }

    /// The number of decimal digits of `value` (1 for zero).
    @inline(__always)
    static func digitCount(_ value: UInt64) -> Int {
        var count = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }

    /// Stores the `count` decimal digits of `value`, the last at `last`.
    @inline(__always)
    static func putDigits(_ value: UInt64, count: Int, endingAt last: UnsafeMutablePointer<UInt8>) {
        var rest = value
        for offset in 0..<count {
            last[-offset] = 0x30 &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
    }
}
