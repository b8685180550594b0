import Entitlements

/// Writes CSV records as RFC 4180 does: fields separated by commas, records ended by CRLF, a field
/// holding a comma, a quote, a line break or leading or trailing spaces written in double quotes,
/// with each quote doubled.
public struct CSVWriter {
    /// The bytes written so far.
    public var bytes: [UInt8] = []

    /// An empty writer.
    public init() {}

    /// Writes one record.
    public mutating func record(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            self.field(field)
        }
        bytes.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }

    /// Writes one field, quoted when it must be.
    public mutating func field(_ text: String) {
        let utf8 = text.utf8
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
            || utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ")
        guard needsQuotes else {
            bytes.append(contentsOf: utf8)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            bytes.append(byte)
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends a separator then a date as `YYYY-MM-DD` (nothing after the separator for nil).
    mutating func date(_ date: CalendarDate?) {
        bytes.append(UInt8(ascii: ","))
        guard let date else { return }
        digits(date.year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        digits(date.month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        digits(date.day, width: 2)
    }

    /// Appends a separator then an amount with two decimals (`1234.50`, `-5.00`; nothing for nil).
    mutating func money(_ amount: Money?) {
        bytes.append(UInt8(ascii: ","))
        guard let amount else { return }
        if amount.pence < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = amount.pence.magnitude
        let pounds = magnitude / 100
        var digitsOfPounds: [UInt8] = []
        var rest = pounds
        repeat {
            digitsOfPounds.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes.append(contentsOf: digitsOfPounds.reversed())
        bytes.append(UInt8(ascii: "."))
        digits(Int(magnitude % 100), width: 2)
    }

    /// Appends a number's digits, zero-padded to `width` (numbers from 0).
    private mutating func digits(_ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = max(value, 0)
        if rest >= divisor * 10 {
            bytes.append(contentsOf: String(rest).utf8)
            return
        }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
