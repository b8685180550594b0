import Entitlements

/// Compact JSON written straight to bytes, member by member. Callers write object keys in sorted
/// (UTF-8 byte) order, so the output is the same as `JSONWriter`'s for the same value; debug builds
/// check the order.
struct JSONBytes {
    /// The text so far.
    private(set) var bytes: [UInt8] = []
    /// Whether the next value or key needs a comma before it.
    private var needsComma = false
    #if DEBUG
    /// The last key written at each open object, to check the order.
    private var keys: [[UInt8]?] = []
    #endif

    /// An empty buffer with room for a typical response.
    init(capacity: Int = 2048) {
        bytes.reserveCapacity(capacity)
    }

    /// Opens an object (as a value).
    mutating func openObject() {
        separate()
        bytes.append(0x7B)
        needsComma = false
        #if DEBUG
        keys.append(nil)
        #endif
    }

    /// Closes the innermost object.
    mutating func closeObject() {
        bytes.append(0x7D)
        needsComma = true
        #if DEBUG
        keys.removeLast()
        #endif
    }

    /// Opens an array (as a value).
    mutating func openArray() {
        separate()
        bytes.append(0x5B)
        needsComma = false
    }

    /// Closes the innermost array.
    mutating func closeArray() {
        bytes.append(0x5D)
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
        if needsComma { bytes.append(0x2C) }
        bytes.append(0x22)
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(0x22)
        bytes.append(0x3A)
        needsComma = false
    }

    /// Writes a string value.
    mutating func string(_ text: String) {
        separate()
        JSONWriter.appendString(text, into: &bytes)
    }

    /// Writes a date as `"YYYY-MM-DD"`.
    mutating func date(_ date: CalendarDate) {
        separate()
        bytes.append(0x22)
        appendPair(date.year / 100)
        appendPair(date.year % 100)
        bytes.append(0x2D)
        appendPair(date.month)
        bytes.append(0x2D)
        appendPair(date.day)
        bytes.append(0x22)
    }

    /// Appends a number from 0 to 99 as two digits.
    @inline(__always)
    private mutating func appendPair(_ value: Int) {
        bytes.append(0x30 &+ UInt8(truncatingIfNeeded: value / 10))
        bytes.append(0x30 &+ UInt8(truncatingIfNeeded: value % 10))
    }

    /// Writes a date, or null.
    mutating func date(_ date: CalendarDate?) {
        if let date { self.date(date) } else { null() }
    }

    /// Writes money as `"1234.50"`.
    mutating func money(_ amount: Money) {
        separate()
        bytes.append(0x22)
        if amount.pence < 0 { bytes.append(0x2D) }
        let magnitude = amount.pence.magnitude
        appendUnsigned(magnitude / 100)
        bytes.append(0x2E)
        appendPair(Int(magnitude % 100))
        bytes.append(0x22)
    }

    /// Writes a whole number.
    mutating func integer(_ value: Int) {
        separate()
        if value < 0 { bytes.append(0x2D) }
        appendUnsigned(UInt64(value.magnitude))
    }

    /// Writes true or false.
    mutating func bool(_ flag: Bool) {
        separate()
        if flag {
            bytes.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
        } else {
            bytes.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
        }
    }

    /// Writes null.
    mutating func null() {
        separate()
        bytes.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
    }

    /// Writes a value already encoded as compact, key-sorted JSON.
    mutating func raw(_ encoded: [UInt8]) {
        separate()
        bytes.append(contentsOf: encoded)
    }

    /// Appends literal JSON text (an envelope's fixed parts), outside the value structure.
    mutating func rawPrefix(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
        needsComma = false
    }

    /// Appends bytes already valid as a JSON value (an id as written), outside the value structure.
    mutating func rawBytes(_ encoded: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: encoded)
    }

    /// Writes a `JSONValue` (for the rare values not written field by field).
    mutating func value(_ value: JSONValue) {
        separate()
        JSONWriter.write(value, into: &bytes)
    }

    /// A comma before a value that follows another in an array.
    private mutating func separate() {
        if needsComma { bytes.append(0x2C) }
        needsComma = true
    }

    private mutating func appendUnsigned(_ value: UInt64) {
        if value < 10 {
            bytes.append(0x30 + UInt8(value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[count] = 0x30 + UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
}
