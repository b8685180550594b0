extension CalendarDate {
    /// Reads a date written exactly as `YYYY-MM-DD`, or nil if the text is not such a date or the date does not exist.
    public init?(_ text: some StringProtocol) {
        var text = String(text)
        guard let date = text.withUTF8({ CalendarDate.parse($0) }) else { return nil }
        self = date
    }

    /// Reads a `YYYY-MM-DD` date from UTF-8 bytes, or nil.
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The date as `YYYY-MM-DD`.
    public var isoText: String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            write(to: base)
            return 10
        }
    }

    /// Stores the date as the ten bytes `YYYY-MM-DD` at `target` (years are 1 to 9999): the one
    /// writer of dates for text, sentences and JSON.
    @inlinable @inline(__always)
    public func write(to target: UnsafeMutablePointer<UInt8>) {
        func pair(_ value: Int, at offset: Int) {
            let pair = UInt8(truncatingIfNeeded: value)
            target[offset] = 0x30 &+ pair / 10
            target[offset + 1] = 0x30 &+ pair % 10
        }
        pair(year / 100, at: 0)
        pair(year % 100, at: 2)
        target[4] = UInt8(ascii: "-")
        pair(month, at: 5)
        target[7] = UInt8(ascii: "-")
        pair(day, at: 8)
    }
}

extension CalendarDate: CustomStringConvertible {
    /// The date as `YYYY-MM-DD`.
    public var description: String { isoText }
}
