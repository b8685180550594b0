import Entitlements

/// Compact JSON written straight to bytes, member by member. Callers write object keys in sorted
/// (UTF-8 byte) order, so the output is the same as `JSONWriter`'s for the same value; debug builds
/// check the order.
struct JSONBytes {
    /// The text so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage.base, count: storage.count)) }
    /// The growable buffer (a class, so appends are plain stores).
    let storage: Storage
    /// Whether the next value or key needs a comma before it.
    var needsComma = false
    #if DEBUG
    /// The last key written at each open object, to check the order.
    private var keys: [[UInt8]?] = []
    #endif

    /// An empty buffer with room for a typical response.
    init(capacity: Int = 2048) {
        storage = Storage(capacity: capacity)
    }

    /// Writes after whatever `storage` already holds (a batch's responses, one after another).
    init(appendingTo storage: Storage) {
        self.storage = storage
    }

    /// The number of bytes written so far.
    var count: Int { storage.count }

    /// Drops everything written after the first `count` bytes (a response that failed part way).
    mutating func truncate(to count: Int) {
        storage.count = min(count, storage.count)
        needsComma = false
        #if DEBUG
        keys.removeAll()
        #endif
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

    /// Writes members already encoded as compact JSON in key order (`"a":1,"b":2`), of which `last`
    /// is the last key.
    mutating func members(_ encoded: [UInt8], last: StaticString) {
        #if DEBUG
        if let open = keys.last, let previous = open {
            assert(previous.lexicographicallyPrecedes(encoded.dropFirst()), "members after \(String(decoding: previous, as: UTF8.self)) written out of order")
        }
        #endif
        separate()
        encoded.withUnsafeBufferPointer { rawBytes($0) }
        noteKey(last)
    }

    /// Records, in debug builds, the last key written by members written whole, for the order check.
    @inline(__always)
    mutating func noteKey(_ key: StaticString) {
        #if DEBUG
        if !keys.isEmpty { keys[keys.count - 1] = key.withUTF8Buffer { Array($0) } }
        #endif
    }

    /// Writes a string value.
    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { string(utf8: $0) }
    }

    /// Writes a string value given as UTF-8, escaped as `JSONWriter` does.
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        fragments(maxBytes: 2 + 6 * utf8.count) { fragment in
            fragment.literal("\"")
            fragment.text(utf8: utf8)
            fragment.literal("\"")
        }
    }

    /// The length of the longest prefix of `text` that needs no escaping, found eight bytes at a time;
    /// a word flagged (it may be only non-ASCII text) is checked byte by byte, then the words go on.
    @inline(__always)
    static func cleanPrefix(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = text.baseAddress else { return 0 }
        var index = 0
        while true {
            while index + 16 <= text.count, isClean(UnsafeRawPointer(base + index)) { index += 16 }
            while index + 8 <= text.count,
                  !JSONWriter.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
            }
            if index + 8 > text.count {
                if index < text.count, text.count >= 8,
                   !JSONWriter.mayNeedEscape(UnsafeRawPointer(base + text.count - 8).loadUnaligned(as: UInt64.self)) {
                    return text.count  // the last eight bytes, overlapping those already checked, are clean
                }
                while index < text.count, JSONWriter.escapedLength(text, at: index) == 0 { index += 1 }
                return index
            }
            // A flagged word of only other non-ASCII text (£, –) is passed over whole.
            if !JSONWriter.flaggedWordNeedsEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let stop = index + 8
            while index < stop {
                if JSONWriter.escapedLength(text, at: index) > 0 { return index }
                index += 1
            }
        }
    }

    /// Whether the 16 bytes at `bytes` need no escaping (no control character, quote, backslash or
    /// non-ASCII byte).
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
        date.write(to: cursor + 1)
        cursor[11] = 0x22
        storage.count += 12
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

    /// The bytes of the value written since `start` (without the comma before it, if any).
    func valueRange(from start: Int) -> Range<Int> {
        start < storage.count && storage.base[start] == 0x2C ? (start + 1)..<storage.count : start..<storage.count
    }

    /// Writes again, as a value, the bytes of a value already written at `range` of this buffer.
    mutating func repeatValue(_ range: Range<Int>) {
        separate()
        storage.reserve(range.count)
        JSONBytes.copy(storage.base + range.lowerBound, to: storage.base + storage.count, count: range.count)
        storage.count += range.count
    }

    /// Writes a `JSONValue` (for the rare values not written field by field).
    mutating func value(_ value: JSONValue) {
        separate()
        var encoded: [UInt8] = []
        JSONWriter.write(value, into: &encoded)
        encoded.withUnsafeBufferPointer { rawBytes($0) }
    }

    /// A comma before a value that follows another in an array.
    mutating func separate() {
        if needsComma { storage.append(0x2C) }
        needsComma = true
    }

    private mutating func appendUnsigned(_ value: UInt64) {
        let digits = Self.digitCount(value)
        storage.reserve(digits)
        Self.putDigits(value, count: digits, endingAt: storage.base + storage.count + digits - 1)
        storage.count += digits
    }
}
