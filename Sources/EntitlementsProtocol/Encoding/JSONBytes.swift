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
            (base + count).update(from: source, count: length)
            count += length
        }
    }

    /// An empty buffer with room for a typical response.
    init(capacity: Int = 2048) {
        storage = Storage(capacity: capacity)
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
        (cursor + 1).update(from: key.utf8Start, count: length)
        cursor[length + 1] = 0x22
        cursor[length + 2] = 0x3A
        storage.count = cursor + length + 3 - storage.base
        needsComma = false
    }

    /// Writes a string value.
    mutating func string(_ text: String) {
        separate()
        var text = text
        text.withUTF8 { appendEscaped($0) }
    }

    /// Appends UTF-8 text as a quoted JSON string, escaped as `JSONWriter` does.
    private func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        storage.append(0x22)
        guard let base = text.baseAddress else {
            storage.append(0x22)
            return
        }
        var run = 0
        var index = 0
        while index < text.count {
            if index + 16 <= text.count, Self.isClean(UnsafeRawPointer(base + index)) {
                index += 16
                continue
            }
            if index + 8 <= text.count,
               !JSONWriter.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = text[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                storage.append(base + run, index - run)
                var escaped: [UInt8] = []
                JSONWriter.appendEscape(byte, into: &escaped)
                escaped.withUnsafeBufferPointer { storage.append($0.baseAddress ?? base, $0.count) }
                run = index + 1
            }
            index += 1
        }
        storage.append(base + run, text.count - run)
        storage.append(0x22)
    }

    /// Whether the 16 bytes at `bytes` need no escaping (no control character, quote or backslash).
    @inline(__always)
    private static func isClean(_ bytes: UnsafeRawPointer) -> Bool {
        let first = bytes.loadUnaligned(as: UInt64.self)
        let second = bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        return !JSONWriter.mayNeedEscape(first) && !JSONWriter.mayNeedEscape(second)
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
        Self.putPair(date.year / 100, at: cursor + 1)
        Self.putPair(date.year % 100, at: cursor + 3)
        cursor[5] = 0x2D
        Self.putPair(date.month, at: cursor + 6)
        cursor[8] = 0x2D
        Self.putPair(date.day, at: cursor + 9)
        cursor[11] = 0x22
        storage.count += 12
    }

    /// Stores a number from 0 to 99 as two digits.
    @inline(__always)
    private static func putPair(_ value: Int, at cursor: UnsafeMutablePointer<UInt8>) {
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
        let magnitude = amount.pence.magnitude
        let pounds = magnitude / 100
        let digits = Self.digitCount(pounds)
        let sign = amount.pence < 0 ? 1 : 0
        let length = sign + digits + 5
        storage.reserve(length)
        let cursor = storage.base + storage.count
        cursor[0] = 0x22
        if sign == 1 { cursor[1] = 0x2D }
        Self.putDigits(pounds, count: digits, endingAt: cursor + sign + digits)
        cursor[sign + digits + 1] = 0x2E
        Self.putPair(Int(magnitude % 100), at: cursor + sign + digits + 2)
        cursor[length - 1] = 0x22
        storage.count += length
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
    private static func digitCount(_ value: UInt64) -> Int {
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
    private static func putDigits(_ value: UInt64, count: Int, endingAt last: UnsafeMutablePointer<UInt8>) {
        var rest = value
        for offset in 0..<count {
            last[-offset] = 0x30 &+ UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
    }
}
