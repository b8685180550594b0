import Entitlements

/// Money and counts stored as digits straight into reserved room (dates: `CalendarDate.write(to:)`).
extension JSONBytes {
    /// Stores a number from 0 to 99 as two digits.
    @inline(__always)
    static func putPair(_ value: Int, at cursor: UnsafeMutablePointer<UInt8>) {
        let pair = UInt8(truncatingIfNeeded: value)
        cursor[0] = 0x30 &+ pair / 10
        cursor[1] = 0x30 &+ pair % 10
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
