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

    /// Writes a cell of what a user gave (a case reference, a pass-through cell or column name, an
    /// error echoing input), neutralised against formula injection (`neutralised(_:)`), quoted when it must be.
    public mutating func inputField(_ text: String) {
        field(Self.neutralised(text))
    }

    /// The bytes that make a spreadsheet read a cell as a formula when it starts with one: `=`,
    /// `+`, `-`, `@`, a tab and a carriage return (OWASP, "CSV Injection").
    static let formulaStarts: [UInt8] = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                                         UInt8(ascii: "\t"), UInt8(ascii: "\r")]

    /// User input as a cell a spreadsheet will not run: a single quote before text that starts with
    /// a formula character, as OWASP recommends; other text unchanged. The engine's own numbers
    /// (`-12.34`) are never passed through this: they are written by column, not by value.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// Text read back from a cell `neutralised(_:)` wrote: the single quote before a formula
    /// character taken off again (other text unchanged).
    public static func restored(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.count >= 2, utf8.first == UInt8(ascii: "'"), formulaStarts.contains(utf8[utf8.index(after: utf8.startIndex)]) else {
            return text
        }
        return String(text.dropFirst())
    }

    /// Writes one field, quoted when it must be.
    public mutating func field(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in field(utf8) }
    }

    /// Writes one field of UTF-8 bytes, quoted when it must be.
    mutating func field(_ utf8: UnsafeBufferPointer<UInt8>) {
        var needsQuotes = utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ")
        if !needsQuotes {
            for byte in utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                needsQuotes = true
                break
            }
        }
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

    /// Room for a separator and the longest value written in place (a date, an amount), copied in
    /// one go and then overwritten: appending byte by byte costs more than the writing.
    private static let room = [UInt8](repeating: UInt8(ascii: ","), count: 1 + JSONBytes.longestMoney)

    /// Appends a separator then a date as `YYYY-MM-DD` (nothing after the separator for nil).
    mutating func date(_ date: CalendarDate?) {
        guard let date else {
            bytes.append(UInt8(ascii: ","))
            return
        }
        guard (1...9999).contains(date.year) else {
            bytes.append(UInt8(ascii: ","))
            bytes.append(contentsOf: date.isoText.utf8)
            return
        }
        let start = bytes.count + 1
        bytes.append(contentsOf: Self.room[0..<11])
        bytes.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { date.write(to: base + start) }
        }
    }

    /// Appends a separator then an amount with two decimals (`1234.50`, `-5.00`; nothing for nil).
    mutating func money(_ amount: Money?) {
        guard let amount else {
            bytes.append(UInt8(ascii: ","))
            return
        }
        let start = bytes.count + 1
        bytes.append(contentsOf: Self.room)
        let length = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { JSONBytes.putMoney(amount, at: $0 + start) } ?? 0
        }
        bytes.removeLast(JSONBytes.longestMoney - length)
    }
}
